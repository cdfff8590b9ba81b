package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

func directoryOf(t *testing.T, path string) []store.DirectoryEntry {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	entries, err := s.Directory()
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

func TestDirectoryExportImportRoundTrip(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	saveTrackerCase(t, path) // brings Jürgen Müller and Aylin Demir into the directory
	csvPath := filepath.Join(t.TempDir(), "netz.csv")
	r := run(t, app, "", "--lang", "en", "--db", path, "directory", "export", csvPath)
	if r.code != 0 {
		t.Fatalf("export: exit %d, %s", r.code, r.stderr)
	}
	wantOneLine(t, r.stdout)
	wantPrivateFile(t, csvPath)
	data, _ := os.ReadFile(csvPath)
	want := "name,institution,discipline,phone,email\nAylin Demir,Kita Sonnenblume,,,\nJürgen Müller,Jugendamt Nord,,,\n"
	if string(data) != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", data, want)
	}

	// No overwrite without --force.
	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "export", csvPath)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "--force") {
		t.Errorf("second export: exit %d, %q", r.code, r.stderr)
	}
	if r = run(t, app, "", "--db", path, "directory", "export", csvPath, "--force"); r.code != 0 {
		t.Errorf("--force: exit %d, %q", r.code, r.stderr)
	}

	// A colleague's store imports the file and has the same directory.
	other := dbPath(t)
	r = run(t, app, "", "--lang", "en", "--db", other, "directory", "import", csvPath)
	if r.code != 0 || !strings.Contains(r.stdout, "2 added, 0 updated, 0 unchanged, 0 conflicting") {
		t.Fatalf("import: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	got, want2 := directoryOf(t, other), directoryOf(t, path)
	if len(got) != len(want2) {
		t.Fatalf("imported %+v, want %+v", got, want2)
	}
	for i := range got {
		got[i].ID, want2[i].ID = "", ""
		if got[i] != want2[i] {
			t.Errorf("entry %d: %+v, want %+v", i, got[i], want2[i])
		}
	}
	// Importing again adds nothing.
	r = run(t, app, "", "--lang", "en", "--db", other, "directory", "import", csvPath)
	if !strings.Contains(r.stdout, "0 added, 0 updated, 2 unchanged, 0 conflicting") {
		t.Errorf("second import: %q", r.stdout)
	}
	r = run(t, app, "", "--lang", "en", "--db", other, "directory")
	if r.code != 0 || !strings.Contains(r.stdout, "Jürgen Müller") || !strings.HasPrefix(r.stdout, "Name") {
		t.Errorf("directory list: %q", r.stdout)
	}
}

func TestDirectoryImportRefusesABadFileWithTheLine(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	csvPath := filepath.Join(t.TempDir(), "netz.csv")
	bad := "name,institution,discipline,phone,email\nThomas Groß,Polizei,,,\nNur,zwei\nHeike Mueller,Schule,,,\n"
	if err := os.WriteFile(csvPath, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "directory", "import", csvPath)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "line 3") || !strings.Contains(r.stderr, "Nothing was imported") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if entries := directoryOf(t, path); len(entries) != 0 {
		t.Errorf("entries imported from a bad file: %+v", entries)
	}
	r = run(t, app, "", "--lang", "de", "--db", path, "directory", "import", filepath.Join(t.TempDir(), "fehlt.csv"))
	if r.code != ExitFailure || !strings.Contains(r.stderr, "konnte nicht gelesen werden") {
		t.Errorf("missing file: exit %d, %q", r.code, r.stderr)
	}
}

func TestFollowUpCreatesTheNextConferenceOfTheCase(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	prev := saveTrackerCase(t, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "followup", string(prev.ID))
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	wantOneLine(t, r.stdout)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := s.List()
	var next *conference.Conference
	for _, sum := range list {
		if sum.ID != prev.ID {
			next, err = s.Get(sum.ID)
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if next == nil || !strings.Contains(r.stdout, string(next.ID)) {
		t.Fatalf("output %q does not name the new conference", r.stdout)
	}
	if next.FollowUpOf != prev.ID || next.CaseCode != prev.CaseCode || len(next.Participants) != 2 || len(next.Reviews) != 4 {
		t.Errorf("follow-up %+v", next)
	}
	if r := next.Reviews[3]; r.What != "Erledigt" || r.Status != conference.FollowUpDone {
		t.Errorf("the action done before is reviewed as %+v, want done", r)
	}
	if !strings.Contains(r.stdout, "4 actions") {
		t.Errorf("output %q does not count every action of the review", r.stdout)
	}
	if next.Date != conference.DateOf(fixedNow) {
		t.Errorf("follow-up dated %v", next.Date)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "followup", "zzzzzzzz")
	if r.code != ExitFailure || !strings.Contains(r.stderr, "zzzzzzzz") {
		t.Errorf("unknown ID: exit %d, %q", r.code, r.stderr)
	}
}

func TestSearchCommand(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	older, newer := saveConferences(t, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "search", "ubergange")
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	rows := tableRows(r.stdout)
	if len(rows) != 1 || rows[0][0] != string(newer.ID) || rows[0][len(rows[0])-1] != "topic" {
		t.Errorf("search: %q", r.stdout)
	}
	r = run(t, app, "", "--db", path, "search", "--json", "k-2026")
	if !strings.Contains(r.stdout, `"field": "case_code"`) || !strings.Contains(r.stdout, string(older.ID)) {
		t.Errorf("search --json: %s", r.stdout)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "search", "nirgends")
	if r.stdout != "Nothing found.\n" {
		t.Errorf("no hit: %q", r.stdout)
	}
	if r = run(t, app, "", "--lang", "en", "--db", path, "search"); r.code != ExitUsage {
		t.Errorf("search without a query: exit %d", r.code)
	}
}

func TestRetentionCommand(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	older, newer := saveConferences(t, path) // one and zero days old
	r := run(t, app, "", "--lang", "en", "--db", path, "retention")
	if r.code != 0 || r.stdout != "No retention period set.\n" {
		t.Fatalf("default: exit %d, %q", r.code, r.stdout)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "retention", "0")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "retention", "1")
	if r.code != 0 || !strings.Contains(r.stdout, "Retention period: 1 day.") || !strings.Contains(r.stdout, "No conference is older.") {
		t.Errorf("1 day: %q", r.stdout)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.Get(older.ID)
	c.Date = c.Date.AddDays(-10)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	r = run(t, app, "", "--lang", "en", "--db", path, "retention")
	if !strings.Contains(r.stdout, "1 conference is older") || !strings.Contains(r.stdout, string(older.ID)) || strings.Contains(r.stdout, string(newer.ID)) {
		t.Errorf("past retention: %q", r.stdout)
	}
	r = run(t, app, "", "--lang", "de", "--db", path, "retention", "aus")
	if r.code != 0 || r.stdout != "Keine Aufbewahrungsfrist festgelegt.\n" {
		t.Errorf("off: %q", r.stdout)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "retention", "ewig")
	if r.code != ExitUsage {
		t.Errorf("bad value: exit %d", r.code)
	}
}
