package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/store"
)

// saveDirectory puts entries into the directory of the store at path.
func saveDirectory(t *testing.T, path string, entries ...store.DirectoryEntry) {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	for _, e := range entries {
		if err := s.SaveDirectoryEntry(&e); err != nil {
			t.Fatal(err)
		}
	}
}

func writeCSVFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "netz.csv")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Issue 18: importing a colleague's list replaced Petra Albers' phone
// number and called the line "completed".
func TestDirectoryImportKeepsADifferingPhoneAsAConflict(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	saveDirectory(t, path,
		store.DirectoryEntry{Name: "Petra Albers", Institution: "Jugendamt Nord", Phone: "123-4567"},
		store.DirectoryEntry{Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
		store.DirectoryEntry{Name: "Thomas Groß", Institution: "Polizei", Phone: "110"},
	)
	csvPath := writeCSVFile(t, "name,institution,discipline,phone,email\n"+
		"Petra Albers,Jugendamt Nord,,0511 000-0,\n"+ // conflict
		"Aylin Demir,Kita Sonnenblume,,,a.demir@example.org\n"+ // fills a gap
		"Thomas Groß,Polizei,,110,\n"+ // nothing new
		"Heike Mueller,Grundschule Am Hang,,,\n") // new

	r := run(t, app, "", "--lang", "en", "--db", path, "directory", "import", csvPath)
	if r.code != 0 {
		t.Fatalf("import: exit %d, %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "1 added, 1 updated, 1 unchanged, 1 conflicting") {
		t.Errorf("summary does not count each kind: %q", r.stdout)
	}
	if !strings.Contains(r.stdout, "Petra Albers") || !strings.Contains(r.stdout, "123-4567") || !strings.Contains(r.stdout, "0511 000-0") {
		t.Errorf("the conflict is not listed with both values: %q", r.stdout)
	}
	if !strings.Contains(r.stdout, "--update") {
		t.Errorf("the output does not say how to take the file's value: %q", r.stdout)
	}
	phone := func() string {
		for _, e := range directoryOf(t, path) {
			if e.Name == "Petra Albers" {
				return e.Phone
			}
		}
		return "(gone)"
	}
	if got := phone(); got != "123-4567" {
		t.Errorf("Petra Albers' phone is %q after an import without --update, want 123-4567", got)
	}
	entries := directoryOf(t, path)
	if len(entries) != 4 {
		t.Errorf("%d entries, want 4: %+v", len(entries), entries)
	}
	for _, e := range entries {
		if e.Name == "Aylin Demir" && e.Email != "a.demir@example.org" {
			t.Errorf("the missing e-mail was not added: %+v", e)
		}
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "import", "--update", csvPath)
	if r.code != 0 || !strings.Contains(r.stdout, "0 added, 1 updated, 3 unchanged, 0 conflicting") {
		t.Errorf("--update: exit %d, %q", r.code, r.stdout)
	}
	if got := phone(); got != "0511 000-0" {
		t.Errorf("with --update the phone is %q, want the file's", got)
	}
}

func TestDirectoryExportOpensInGermanExcel(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	saveDirectory(t, path, store.DirectoryEntry{Name: "Jürgen Müller", Institution: "Jugendamt Nord, ASD", Phone: "0511 1"})
	dir := t.TempDir()
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}

	if r := run(t, app, "", "--lang", "de", "--db", path, "directory", "export", filepath.Join(dir, "de.csv")); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	want := "\uFEFFName;Einrichtung;Profession;Telefon;E-Mail\nJürgen Müller;Jugendamt Nord, ASD;;0511 1;\n"
	if got := read("de.csv"); got != want {
		t.Errorf("German export:\n%q\nwant\n%q", got, want)
	}
	if r := run(t, app, "", "--lang", "en", "--db", path, "directory", "export", filepath.Join(dir, "en.csv")); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	if got := read("en.csv"); got != "name,institution,discipline,phone,email\nJürgen Müller,\"Jugendamt Nord, ASD\",,0511 1,\n" {
		t.Errorf("English export: %q", got)
	}
	r := run(t, app, "", "--lang", "de", "--db", path, "directory", "export", "--separator", ",", "--bom=false", filepath.Join(dir, "chosen.csv"))
	if r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	if got := read("chosen.csv"); !strings.HasPrefix(got, "Name,Einrichtung,") {
		t.Errorf("--separator , --bom=false: %q", got)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "export", "--separator", "|", filepath.Join(dir, "bad.csv"))
	if r.code != ExitUsage || !strings.Contains(r.stderr, "separator") {
		t.Errorf("unknown separator: exit %d, %q", r.code, r.stderr)
	}

	// Each file comes back into a colleague's kofa whole.
	for _, name := range []string{"de.csv", "en.csv", "chosen.csv"} {
		other := dbPath(t)
		r := run(t, app, "", "--lang", "en", "--db", other, "directory", "import", filepath.Join(dir, name))
		if r.code != 0 || !strings.Contains(r.stdout, "1 added") {
			t.Errorf("import of %s: exit %d, %q %q", name, r.code, r.stdout, r.stderr)
			continue
		}
		if got := directoryOf(t, other); len(got) != 1 || got[0].Institution != "Jugendamt Nord, ASD" || got[0].Phone != "0511 1" {
			t.Errorf("%s came back as %+v", name, got)
		}
	}
}

func TestDirectoryListIsSortedBySurname(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	saveDirectory(t, path,
		store.DirectoryEntry{Name: "Jürgen Müller", Institution: "Jugendamt Nord"},
		store.DirectoryEntry{Name: "Petra Albers", Institution: "Jugendamt Nord"},
		store.DirectoryEntry{Name: "Dr. Jonas Weber", Institution: "Praxis"},
		store.DirectoryEntry{Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
	)
	r := run(t, app, "", "--lang", "en", "--db", path, "directory")
	var names []string
	for _, row := range tableRows(r.stdout) {
		names = append(names, row[0])
	}
	if got := strings.Join(names, ", "); got != "Petra Albers, Aylin Demir, Jürgen Müller, Dr. Jonas Weber" {
		t.Errorf("directory order: %s", got)
	}
}
