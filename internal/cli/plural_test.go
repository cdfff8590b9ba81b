package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOneOfSomethingIsSingular runs the commands that report a count on a
// store with one conference: "1 minutes written" and "1 Protokolle
// geschrieben" were printed before.
func TestOneOfSomethingIsSingular(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "en", "export", "--all", "-d", filepath.Join(t.TempDir(), "en")}, "Minutes of 1 conference written to "},
		{[]string{"--lang", "de", "export", "--all", "-d", filepath.Join(t.TempDir(), "de")}, "1 Protokoll geschrieben nach "},
		{[]string{"--lang", "en", "archive", "export", "--all", "-o", filepath.Join(t.TempDir(), "a.json")}, "1 conference archived in "},
		{[]string{"--lang", "de", "archive", "export", "--all", "-o", filepath.Join(t.TempDir(), "a.json")}, "1 Konferenz archiviert in "},
		{[]string{"--lang", "en", "retention", "1"}, "Retention period: 1 day."},
		{[]string{"--lang", "de", "retention", "1"}, "Aufbewahrungsfrist: 1 Tag."},
	} {
		r := run(t, app, "", append([]string{"--db", path}, c.args...)...)
		if r.code != 0 || !strings.Contains(r.stdout, c.want) {
			t.Errorf("kofa %v: exit %d, %q, want %q (stderr %q)", c.args, r.code, r.stdout, c.want, r.stderr)
		}
	}
}
