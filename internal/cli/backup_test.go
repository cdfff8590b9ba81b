package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupWritesACopyThatOpens(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	target := filepath.Join(t.TempDir(), "copy.db")

	r := run(t, app, "", "--lang", "en", "--db", path, "backup", target)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, target) {
		t.Errorf("stdout %q does not name the copy", r.stdout)
	}
	if list := listStore(t, target); len(list) != 1 || list[0].ID != id {
		t.Errorf("the copy lists %v, want the sample %s", list, id)
	}
	wantPrivateFile(t, target)
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	target := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(target, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}

	r := run(t, app, "", "--lang", "en", "--db", path, "backup", target)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	suggestion := filepath.Join(filepath.Dir(target), "copy-2026-11-22.db")
	if !strings.Contains(r.stderr, "does not overwrite") || !strings.Contains(r.stderr, suggestion) {
		t.Errorf("stderr = %q, want a refusal and the name %s", r.stderr, suggestion)
	}
	if got, _ := os.ReadFile(target); !bytes.Equal(got, []byte("precious")) {
		t.Error("the existing file was changed")
	}
}

func TestBackupWithoutStoreCreatesNone(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	target := filepath.Join(t.TempDir(), "copy.db")
	r := run(t, app, "", "--lang", "en", "--db", path, "backup", target)
	if r.code != 1 || !strings.Contains(r.stderr, "nothing to back up") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantNoFile(t, path)
	wantNoFile(t, target)
}

func TestFreeNameSkipsTakenNames(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "kofa.db")
	if got := freeName(base, "2026-11-22"); got != filepath.Join(dir, "kofa-2026-11-22.db") {
		t.Errorf("freeName = %s", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "kofa-2026-11-22.db"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if got := freeName(base, "2026-11-22"); got != filepath.Join(dir, "kofa-2026-11-22-2.db") {
		t.Errorf("freeName with the first taken = %s", got)
	}
}
