package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/store"
)

func TestListOnNewStorePrintsFriendlyLineAndCreatesOnlyTheStore(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	r := run(t, app, "", "--lang", "en", "--db", path, "list")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if r.stdout != "No conferences yet. Run kofa to prepare one, or kofa demo to rehearse with a sample.\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "kofa.db" {
		t.Errorf("data folder holds %v, want only kofa.db", entries)
	}
	wantPrivate(t, path)
}

func TestListInGermanOnEmptyStore(t *testing.T) {
	app, _ := testApp(t)
	r := run(t, app, "", "--lang", "de", "--db", dbPath(t), "list")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Noch keine Konferenzen.") {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestListJSONOnEmptyStoreIsEmptyArray(t *testing.T) {
	app, _ := testApp(t)
	r := run(t, app, "", "--db", dbPath(t), "list", "--json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// saveConferences stores one case conference and one network meeting with
// an umlaut in its topic, a day apart, and closes the store again.
func saveConferences(t *testing.T, path string) (older, newer *conference.Conference) {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	older = conference.New("", conference.KindCase, fixedNow.Add(-24*time.Hour))
	older.CaseCode = "K-2026-117"
	newer = conference.New("", conference.KindNetwork, fixedNow)
	newer.Topic = "Übergänge Kita–Schule"
	newer.Status = conference.StatusClosed
	for _, c := range []*conference.Conference{older, newer} {
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	return older, newer
}

func TestListShowsNewestFirstInAlignedColumns(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	older, newer := saveConferences(t, path)

	r := run(t, app, "", "--lang", "de", "--db", path, "list")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want header and two rows, got:\n%s", r.stdout)
	}
	wantInLine := [][]string{
		{"ID", "Datum", "Art", "Fall / Thema", "Status", "Offene Vereinbarungen"},
		{string(newer.ID), "2026-11-22", "Netzwerktreffen", "Übergänge Kita–Schule", "abgeschlossen"},
		{string(older.ID), "2026-11-21", "Fallkonferenz", "K-2026-117", "in Vorbereitung"},
	}
	for i, want := range wantInLine {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d %q lacks %q", i, lines[i], w)
			}
		}
	}
	// The status column starts at the same terminal cell in every line,
	// although the topic holds umlauts and a dash of several bytes.
	cell := func(line, text string) int { return ansi.StringWidth(line[:strings.Index(line, text)]) }
	header := cell(lines[0], "Status")
	for i, status := range []string{"abgeschlossen", "in Vorbereitung"} {
		if got := cell(lines[i+1], status); got != header {
			t.Errorf("row %d: status starts at cell %d, header at %d:\n%s", i+1, got, header, r.stdout)
		}
	}
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing blank in %q", l)
		}
	}
}

func TestListJSONHasCodesAndFields(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	_, newer := saveConferences(t, path)

	r := run(t, app, "", "--lang", "de", "--db", path, "list", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2", len(got))
	}
	for _, field := range []string{"id", "kind", "case_code", "topic", "date", "status", "phase", "open_actions", "next_due", "next_review", "updated_at"} {
		if _, ok := got[0][field]; !ok {
			t.Errorf("field %q missing in %v", field, got[0])
		}
	}
	first := got[0]
	if first["id"] != string(newer.ID) || first["kind"] != "network" || first["status"] != "closed" ||
		first["topic"] != "Übergänge Kita–Schule" || first["date"] != "2026-11-22" {
		t.Errorf("first entry = %v, want the newer network meeting with codes, not labels", first)
	}
}

// wantPrivate checks the file is 0600 in a 0700 folder (POSIX systems;
// Windows has no such mode bits).
func wantPrivate(t *testing.T, path string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return
	}
	wantPrivateFile(t, path)
	di, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if m := di.Mode().Perm(); m != 0o700 {
		t.Errorf("folder of %s has mode %o, want 700", path, m)
	}
}

// wantPrivateFile checks the file is 0600 (POSIX systems).
func wantPrivateFile(t *testing.T, path string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		return
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("%s has mode %o, want 600", path, m)
	}
}
