package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/store"
)

// TestArchiveImportMakesTextWhatTypingMakes imports an archive, with a
// byte-order mark in front as a Windows editor saves it, whose case code
// carries an escape sequence and a line break and whose first participant
// has a name of 10,000 characters: it is read, its text arrives as typing
// would have left it, the command says so, and the minutes' file name
// holds nothing of the escape sequence.
func TestArchiveImportMakesTextWhatTypingMakes(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	c := demo.Sample("en", fixedNow)
	c.CaseCode = "K-2026\x1b[31m-117\nx"
	c.Participants[0].Name = strings.Repeat("n", 10_000)
	data, err := export.EncodeArchive(export.NewArchive(export.ArchivedConference{Conference: c}))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(file, append([]byte("\uFEFF"), data...), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "archive", "import", file)
	if r.code != 0 || !strings.Contains(r.stdout, "Imported: 1 new") || !strings.Contains(r.stdout, "2 texts were made what typing would make of them") {
		t.Fatalf("exit %d, %q, %q", r.code, r.stdout, r.stderr)
	}
	dir := filepath.Join(t.TempDir(), "minutes")
	if r := run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir); r.code != 0 {
		t.Fatal(r.stderr)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 || files[0].Name() != c.Date.String()+"_K-2026-117-x_"+string(c.ID)+".md" {
		t.Errorf("minutes written as %v", files)
	}
	got := getConference(t, path, c.ID)
	if got.CaseCode != "K-2026-117 x" || len(got.Participants[0].Name) != 200 {
		t.Errorf("case code %q, name of %d bytes", got.CaseCode, len(got.Participants[0].Name))
	}
}

func TestArchiveImportOfAListSaysWhatWasExpected(t *testing.T) {
	app, _ := testApp(t)
	file := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(file, []byte("[]"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t), "archive", "import", file)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "Line 1, column 1: expected an archive object {…} with \"format\": \"kofa-archive\", found a list […].") {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
}

// getConference reads one conference of the store at path and closes it
// again.
func getConference(t *testing.T, path string, id conference.ID) *conference.Conference {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	c, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
