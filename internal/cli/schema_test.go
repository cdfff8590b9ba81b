package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNewerSchemaStoreIsRefusedWithOneLineAndLeftUntouched: a store written
// by a newer kofa (testdata/schema-99.db, schema version 99) is refused by
// every command that opens it: exit 1, one stderr line naming the file,
// the app not started, and the file byte for byte and in its time as it
// was, with no backup or other file made beside it.
func TestNewerSchemaStoreIsRefusedWithOneLineAndLeftUntouched(t *testing.T) {
	fixture, err := os.ReadFile(filepath.Join("testdata", "schema-99.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, want string
		args       []string
	}{
		{"en", "was written by a newer version of kofa", []string{"list"}},
		{"de", "neueren", []string{}},
		{"en", "was written by a newer version of kofa", []string{"archive", "export", "--all", "-o", "out.json"}},
	} {
		t.Run(tt.lang+strings.Join(tt.args, "_"), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "kofa.db")
			if err := os.WriteFile(path, fixture, 0o600); err != nil {
				t.Fatal(err)
			}
			old := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			t.Chdir(dir)
			app, call := testApp(t)

			r := run(t, app, "", append([]string{"--lang", tt.lang, "--db", path}, tt.args...)...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1 (stderr %q)", r.code, r.stderr)
			}
			wantOneLine(t, r.stderr)
			if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr = %q, want the file %s and %q", r.stderr, path, tt.want)
			}
			if call.called {
				t.Error("the terminal app was started on a newer store")
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(after, fixture) {
				t.Error("the newer store's bytes changed")
			}
			if info, err := os.Stat(path); err != nil || !info.ModTime().Equal(old) {
				t.Errorf("the newer store's time changed: %v (err %v)", info.ModTime(), err)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("files beside the refused store: %v, want only kofa.db", names)
			}
		})
	}
}
