package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/demo"
	"kofa/internal/store"
)

// foreign is text no typing produces: the 8-bit control sequence
// introducer, a bidi override, an escape sequence and a line break.
const foreign = "\u009b31m\u202eX\x1b[2J\nY"

// controlsIn reports the controls of foreign found in out, raw or as JSON
// escapes.
func controlsIn(out string) []string {
	var found []string
	for _, c := range []string{"\u009b", "\u202e", "\x1b", `\u009b`, `\u202e`, `\u001b`} {
		if strings.Contains(out, c) {
			found = append(found, c)
		}
	}
	return found
}

// TestEveryOutputCleansImportedText fills a store, past kofa's own
// checks, with text that carries C1 controls, bidi overrides and escape
// sequences (as a store or archive written by something else can), and
// runs every command that prints it, for people and for scripts: none
// passes a control on.
func TestEveryOutputCleansImportedText(t *testing.T) {
	isolateUserFolders(t)
	path := dbPath(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := demo.Rehearsal("en", fixedNow)
	c.CaseCode = "K-2026-117" + foreign
	c.Participants[0].Name += foreign
	c.Participants[0].Institution += foreign
	c.Actions[0].What += foreign
	c.Actions[0].Institution += foreign
	c.Facts += foreign
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	app, _ := testApp(t)
	out := t.TempDir()
	for _, args := range [][]string{
		{"list"}, {"list", "--json"},
		{"search", "K-2026"}, {"search", "--json", "K-2026"},
		{"actions"}, {"actions", "--json"},
		{"directory"}, {"directory", "--ids"},
		{"export", string(c.ID)},
		{"archive", "export", string(c.ID), "-o", filepath.Join(out, "archive.json")},
		{"directory", "export", filepath.Join(out, "directory.csv")},
	} {
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path}, args...)...)
		if r.code != 0 {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stderr)
			continue
		}
		if found := controlsIn(r.stdout + r.stderr); len(found) > 0 {
			t.Errorf("%v passes on %q:\n%s", args, found, r.stdout)
		}
	}
	for _, f := range []string{"archive.json", "directory.csv"} {
		data, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if found := controlsIn(string(data)); len(found) > 0 {
			t.Errorf("%s holds %q", f, found)
		}
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "list", "--json")
	if !strings.Contains(r.stdout, `"case_code": "K-2026-117X Y"`) {
		t.Errorf("the case code is not cleaned as typing would have:\n%s", r.stdout)
	}
}
