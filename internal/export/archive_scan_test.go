package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"kofa/internal/conference"
)

// scanAll scans data with fields and returns the conferences as JSON.
func scanAll(t *testing.T, data []byte, fields []string, oneByte bool) ([]string, error) {
	t.Helper()
	var src io.Reader = bytes.NewReader(data)
	if oneByte {
		src = iotest.OneByteReader(src)
	}
	var out []string
	read := func() error {
		return ScanArchive(src, fields, func(c *conference.Conference) error {
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
			return nil
		})
	}
	return out, read()
}

func TestScanArchiveReadsWhatDecodeArchiveReads(t *testing.T) {
	t.Parallel()
	data := mustEncode(t, sampleArchive(t))
	a, err := DecodeArchive(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, oneByte := range []bool{false, true} {
		got, err := scanAll(t, data, nil, oneByte)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(a.Conferences) {
			t.Fatalf("%d conferences scanned, %d decoded", len(got), len(a.Conferences))
		}
		for i, item := range a.Conferences {
			want, _ := json.Marshal(item.Conference)
			if got[i] != string(want) {
				t.Errorf("one byte at a time %v: conference %d differs:\n%s", oneByte, i, firstDifference([]byte(got[i]), want))
			}
		}
	}
}

func TestScanArchiveDecodesOnlyTheFieldsAsked(t *testing.T) {
	t.Parallel()
	data := mustEncode(t, sampleArchive(t))
	got, err := scanAll(t, data, []string{"id", "case_code", "actions"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got[0], `"case_code":"K-2026-117"`) || !strings.Contains(got[0], `"actions":[{`) {
		t.Errorf("asked fields missing: %.300s", got[0])
	}
	if strings.Contains(got[0], `"participants":[`) || strings.Contains(got[0], `"facts":`) {
		t.Errorf("a field not asked was decoded: %.300s", got[0])
	}
}

func TestScanArchiveRefusesWhatIsNoArchive(t *testing.T) {
	t.Parallel()
	good := string(mustEncode(t, sampleArchive(t)))
	for _, tc := range []struct {
		name, data, problem string
	}{
		{"empty", "", ProblemEmpty},
		{"not json", "kofa archive\n", ProblemFormat},
		{"a list", "[]", ProblemFormat},
		{"other format", `{"format": "something-else", "version": 1, "conferences": []}`, ProblemFormat},
		{"no envelope", `{"conferences": []}`, ProblemFormat},
		{"truncated", good[:len(good)/2], ProblemTruncated},
		{"bad id", strings.Replace(good, `"id": "demk2ra7"`, `"id": "../../x"`, 1), ProblemBadID},
		{"syntax", strings.Replace(good, `"case_code": "K-2026-117",`, `"case_code": "K-2026-117" "x",`, 1), ProblemSyntax},
	} {
		_, err := scanAll(t, []byte(tc.data), []string{"id"}, false)
		var e *ArchiveError
		if !errors.As(err, &e) || e.Problem != tc.problem {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.problem)
		}
	}
	newer := `{"format": "kofa-archive", "version": 99, "conferences": [{"conference": {"id": "k7m2qxa9"}}]}`
	var v *VersionError
	if _, err := scanAll(t, []byte(newer), nil, false); !errors.As(err, &v) {
		t.Errorf("newer version: %v", err)
	}
}

// TestScanArchiveSurvivesEveryTruncation: a prefix of an archive is never
// taken for a whole one, whatever buffer the scanner had.
func TestScanArchiveSurvivesEveryTruncation(t *testing.T) {
	t.Parallel()
	data := mustEncode(t, NewArchive(ArchivedConference{Conference: conference.New("k7m2qxa9", conference.KindCase, sampleDay)}))
	for n := range len(data) - 1 {
		if _, err := scanAll(t, data[:n], nil, n%2 == 0); err == nil {
			t.Fatalf("prefix of %d of %d bytes was accepted", n, len(data))
		}
	}
}

// FuzzScanArchive: whatever the bytes, the scanner ends with an archive
// error or conferences, never a panic; what DecodeArchive accepts, the
// scanner reads the same.
func FuzzScanArchive(f *testing.F) {
	good := mustEncode(f, sampleArchive(f))
	f.Add(good)
	f.Add([]byte(`{"format": "kofa-archive", "version": 1, "conferences": []}`))
	f.Add([]byte(`{"conferences": [{"conference": {"id": "k7m2qxa9"}}], "version": 2, "format": "kofa-archive"}`))
	f.Add(good[:len(good)/3])
	f.Fuzz(func(t *testing.T, data []byte) {
		var ids []conference.ID
		err := ScanArchive(bytes.NewReader(data), []string{"id", "kind"}, func(c *conference.Conference) error {
			ids = append(ids, c.ID)
			return nil
		})
		if err != nil {
			var e *ArchiveError
			var v *VersionError
			if !errors.As(err, &e) && !errors.As(err, &v) {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
		a, derr := DecodeArchive(data)
		if derr != nil {
			return
		}
		if err != nil {
			t.Fatalf("DecodeArchive accepts what ScanArchive refuses: %v", err)
		}
		if len(ids) != len(a.Conferences) {
			t.Fatalf("%d scanned, %d decoded", len(ids), len(a.Conferences))
		}
	})
}
