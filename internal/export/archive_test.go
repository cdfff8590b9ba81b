package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// sampleArchive holds the sample conference, with an audit log, and the
// filled test conference.
func sampleArchive(t testing.TB) *Archive {
	t.Helper()
	audit := []conference.AuditEntry{
		{At: sampleDay, Op: conference.OpCreate},
		{At: sampleDay.Add(time.Minute), Op: conference.OpAdd, Path: "actions/a12"},
		{At: sampleDay.Add(2 * time.Minute), Op: conference.OpExport, Path: "minutes/full", Arg: "sha256:00ff"},
	}
	// Filled as typing fills it: the line break stays in free text only.
	filled := filledConference("Text mit \"Anführung\" & <Zeichen>\nzweite Zeile")
	filled.CleanText()
	return NewArchive(
		ArchivedConference{Conference: demo.Sample("de", sampleDay), Audit: audit},
		ArchivedConference{Conference: filled, Audit: nil},
	)
}

func mustEncode(t testing.TB, a *Archive) []byte {
	t.Helper()
	data, err := EncodeArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestArchiveRoundTripIsByteIdentical(t *testing.T) {
	first := mustEncode(t, sampleArchive(t))
	a, err := DecodeArchive(first)
	if err != nil {
		t.Fatal(err)
	}
	second := mustEncode(t, a)
	if !bytes.Equal(first, second) {
		t.Fatalf("re-encoded archive differs:\n%s", firstDifference(second, first))
	}
	// Lossless for the minutes too: the decoded conference exports the same
	// bytes as the original.
	orig := sampleArchive(t).Conferences[0].Conference
	opt := Options{Lang: i18n.DE, ExportedAt: exportedAt}
	if !bytes.Equal(Markdown(orig, opt), Markdown(a.Conferences[0].Conference, opt)) {
		t.Error("the minutes of the decoded conference differ from the original's")
	}
	if len(a.Conferences[0].Audit) != 3 || a.Conferences[0].Audit[2].Arg != "sha256:00ff" {
		t.Errorf("audit log not carried: %+v", a.Conferences[0].Audit)
	}
}

func TestArchiveStartsWithFormatAndVersion(t *testing.T) {
	data := mustEncode(t, sampleArchive(t))
	want := "{\n  \"format\": \"kofa-archive\",\n  \"version\": 2,\n"
	if !strings.HasPrefix(string(data), want) {
		t.Errorf("archive starts %q, want %q", data[:60], want)
	}
	empty := mustEncode(t, NewArchive())
	if !strings.Contains(string(empty), `"conferences": []`) {
		t.Errorf("an empty archive should list no conferences as [], got %s", empty)
	}
}

// archiveCase is a broken archive and what DecodeArchive must say.
type archiveCase struct {
	name    string
	data    string
	problem string
	line    int // 0: do not check
}

func brokenArchives(t *testing.T) []archiveCase {
	good := string(mustEncode(t, sampleArchive(t)))
	lines := strings.Split(good, "\n")
	// Line numbers are 1-based; lines[i] is line i+1.
	lineOf := func(substr string) int {
		for i, l := range lines {
			if strings.Contains(l, substr) {
				return i + 1
			}
		}
		t.Fatalf("%q not in the archive", substr)
		return 0
	}
	replaceLine := func(n int, with string) string {
		cp := append([]string(nil), lines...)
		cp[n-1] = with
		return strings.Join(cp, "\n")
	}
	caseCode := lineOf(`"case_code": "K-2026-117"`)
	due := lineOf(`"due": "`)
	return []archiveCase{
		{"empty", "", ProblemEmpty, 0},
		{"only spaces", " \n\t ", ProblemEmpty, 0},
		{"truncated", good[:len(good)/2], ProblemTruncated, strings.Count(good[:len(good)/2], "\n") + 1},
		{"truncated by one byte", good[:len(good)-2], ProblemTruncated, 0},
		{"not json", "kofa archive\n", ProblemSyntax, 1},
		{"syntax error", replaceLine(caseCode, `      "case_code": K-2026-117,`), ProblemSyntax, caseCode},
		{"wrong type", replaceLine(caseCode, `      "case_code": 117,`), ProblemType, caseCode},
		{"unknown field", replaceLine(caseCode, `      "case_kode": "K-2026-117",`), ProblemUnknownField, caseCode},
		{"bad date", replaceLine(due, `          "due": "31.12.2026",`), ProblemValue, 0},
		{"trailing data", good + "{}\n", ProblemTrailing, len(lines)},
		{"other format", `{"format": "something-else", "version": 1}`, ProblemFormat, 0},
		{"no format", `{"version": 1, "conferences": []}`, ProblemFormat, 0},
		{"version zero", `{"format": "kofa-archive", "version": 0, "conferences": []}`, ProblemVersion, 0},
		{"null conference", `{"format": "kofa-archive", "version": 1, "exported_at": "2026-11-23T11:05:00+01:00", "conferences": [{"conference": null, "audit": []}]}`, ProblemMissingConference, 0},
		{"bad id", strings.Replace(good, `"id": "demk2ra7"`, `"id": "../../x"`, 1), ProblemBadID, 0},
		{"duplicate id", strings.Replace(good, `"id": "k7m2qxa9"`, `"id": "demk2ra7"`, 1), ProblemDuplicateID, 0},
		{"top-level array", `[]`, ProblemType, 1},
	}
}

func TestBrokenArchivesAreRefusedWithTheProblemAndPosition(t *testing.T) {
	for _, tc := range brokenArchives(t) {
		t.Run(tc.name, func(t *testing.T) {
			a, err := DecodeArchive([]byte(tc.data))
			if a != nil {
				t.Error("a broken archive returned conferences")
			}
			var e *ArchiveError
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *ArchiveError", err, err)
			}
			if e.Problem != tc.problem {
				t.Errorf("problem %q, want %q (%v)", e.Problem, tc.problem, err)
			}
			if tc.line > 0 && e.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", e.Line, tc.line, err)
			}
			for _, lang := range i18n.Langs() {
				msg := e.Message(i18n.New(lang))
				if strings.Contains(msg, "!export.") || strings.Contains(msg, "!archiveimport.") || strings.Contains(msg, "%!") {
					t.Errorf("%s message broken: %q", lang, msg)
				}
				if e.Line > 0 && !strings.Contains(msg, itoa(e.Line)) {
					t.Errorf("%s message %q does not name line %d", lang, msg, e.Line)
				}
			}
		})
	}
}

func TestNewerArchiveVersionIsRefusedByName(t *testing.T) {
	// A newer kofa may add fields; the message must be about the version,
	// not about an unknown field.
	data := `{"format": "kofa-archive", "version": 7, "exported_at": "2027-01-01T00:00:00Z", "encryption": {"kdf": "x"}, "conferences": []}`
	_, err := DecodeArchive([]byte(data))
	var v *VersionError
	if !errors.As(err, &v) || v.Found != 7 || v.Supported != ArchiveVersion {
		t.Fatalf("err = %v, want a VersionError for version 7", err)
	}
	msg := v.Message(i18n.New(i18n.EN))
	if !strings.Contains(msg, "version 7") || !strings.Contains(msg, "update kofa") {
		t.Errorf("message %q should name the version and what to do", msg)
	}
}

func TestEveryTruncationOfAnArchiveIsRefused(t *testing.T) {
	data := mustEncode(t, NewArchive(ArchivedConference{
		Conference: conference.New("k7m2qxa9", conference.KindCase, sampleDay),
		Audit:      []conference.AuditEntry{{At: sampleDay, Op: conference.OpCreate}},
	}))
	// Cutting the final newline leaves a complete document; every shorter
	// prefix must fail.
	for n := range len(data) - 1 {
		if _, err := DecodeArchive(data[:n]); err == nil {
			t.Fatalf("prefix of %d of %d bytes was accepted", n, len(data))
		}
	}
}

func FuzzDecodeArchive(f *testing.F) {
	good := mustEncode(f, sampleArchive(f))
	f.Add(good)
	f.Add([]byte(`{"format": "kofa-archive", "version": 1, "conferences": []}`))
	f.Add([]byte(`{"format": "kofa-archive", "version": 2}`))
	f.Add(good[:len(good)/3])
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeArchive(data)
		if err != nil {
			if a != nil {
				t.Fatal("error with a result")
			}
			var e *ArchiveError
			var v *VersionError
			if !errors.As(err, &e) && !errors.As(err, &v) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		// Whatever is accepted survives a round trip unchanged.
		once, err := EncodeArchive(a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := DecodeArchive(once)
		if err != nil {
			t.Fatalf("re-encoded archive refused: %v", err)
		}
		twice, _ := EncodeArchive(b)
		if !bytes.Equal(once, twice) {
			t.Fatal("second round trip changed the archive")
		}
		var check map[string]any
		if err := json.Unmarshal(once, &check); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSyntaxErrorPointsAtTheCharacter(t *testing.T) {
	_, err := DecodeArchive([]byte("{\n  \"format\": kofa\n}"))
	var e *ArchiveError
	if !errors.As(err, &e) || e.Line != 2 || e.Column != 13 {
		t.Errorf("err = %v, want line 2, column 13 (the k)", err)
	}
}

// TestArchiveHoldsNoExportTime: the archive carries no time of its own, so
// exporting the same conferences later gives the same bytes; an archive
// written by an older kofa, with "exported_at", still reads, and a bad
// value there is still refused.
func TestArchiveHoldsNoExportTime(t *testing.T) {
	data := mustEncode(t, sampleArchive(t))
	if strings.Contains(string(data), "exported_at") {
		t.Error("the archive still writes exported_at")
	}
	head := "{\n  \"format\": \"kofa-archive\",\n  \"version\": 2,\n"
	older := strings.Replace(string(data), head, head+"  \"exported_at\": \"2026-11-23T11:05:00+01:00\",\n", 1)
	if older == string(data) {
		t.Fatal("could not build the older archive")
	}
	a, err := DecodeArchive([]byte(older))
	if err != nil {
		t.Fatalf("an archive with exported_at (older kofa) is refused: %v", err)
	}
	if again := mustEncode(t, a); !bytes.Equal(again, data) {
		t.Errorf("the older archive re-encodes differently:\n%s", firstDifference(again, data))
	}
	bad := strings.Replace(older, "2026-11-23T11:05:00+01:00", "yesterday", 1)
	if _, err := DecodeArchive([]byte(bad)); err == nil {
		t.Error("an archive with a malformed exported_at was accepted")
	}
}

// TestArchiveOfVersion1IsUpgradedOnImport: an archive written before legal
// bases were recorded per person still imports, and its conferences come
// out in the current model, as the store upgrades its own (one place:
// conference.Upgrade).
func TestArchiveOfVersion1IsUpgradedOnImport(t *testing.T) {
	t.Parallel()
	v1 := `{
  "format": "kofa-archive",
  "version": 1,
  "conferences": [
    {
      "conference": {
        "id": "k7m2qxa9", "kind": "case", "case_code": "K-2026-117", "date": "2026-11-23",
        "planned_minutes": 90, "status": "closed", "current_phase": "closing", "elapsed": 0, "seq": 3,
        "legal_basis": {"basis": "sgb8_8a", "consent_date": ""},
        "family": {},
        "participants": [{"id": "p1", "name": "Petra Albers", "institution_type": "asd", "attendance": "present"}],
        "phases": [], "speaking": {}, "child_view": {}, "parents_view": {},
        "risks": [{"id": "r2", "area": "care", "text": "Hunger", "severity": "very_poor", "date": ""}],
        "assessment": {}, "immediate_safety": {},
        "contingency_plan": "Kita ruft an.",
        "next_review": "", "created_at": "2026-11-20T09:00:00Z", "updated_at": "2026-11-23T10:30:00Z"
      },
      "audit": []
    }
  ]
}`
	a, err := DecodeArchive([]byte(v1))
	if err != nil {
		t.Fatalf("a version 1 archive is refused: %v", err)
	}
	c := a.Conferences[0].Conference
	if got := c.Participants[0].LegalBases; len(got) != 1 || got[0].Basis != conference.LegalSGB8Para8a {
		t.Errorf("legal bases %+v, want the meeting's § 8a basis", got)
	}
	if len(c.CrisisPlan) != 1 || c.CrisisPlan[0].What != "Kita ruft an." || c.Risks[0].Intensity != conference.IntensitySevere {
		t.Errorf("crisis plan %+v, intensity %q", c.CrisisPlan, c.Risks[0].Intensity)
	}
	out := string(mustEncode(t, NewArchive(a.Conferences...)))
	for _, old := range []string{`"legal_basis"`, `"contingency_plan"`, `"severity"`} {
		if strings.Contains(out, old) {
			t.Errorf("the re-encoded archive still has %s", old)
		}
	}
	if again, err := DecodeArchive([]byte(out)); err != nil || !bytes.Equal(mustEncode(t, again), []byte(out)) {
		t.Errorf("the upgraded archive does not round-trip: %v", err)
	}
}
