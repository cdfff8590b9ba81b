package privatefile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// onlyFiles lists the names in dir, so a test can see a temporary file
// left behind.
func onlyFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteCreatesPrivateFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "minutes.md")
	if err := Write(path, []byte("# Protokoll\n"), false); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "# Protokoll\n" {
		t.Fatalf("content %q, %v", got, err)
	}
	if runtime.GOOS != "windows" {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if mode := info.Mode().Perm(); mode != 0o600 {
			t.Errorf("mode %o, want 600", mode)
		}
	}
	if names := onlyFiles(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v, want only the file", names)
	}
}

func TestWriteRefusesExistingFileWithoutForce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "minutes.md")
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("new"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "precious" {
		t.Errorf("the existing file was changed to %q", got)
	}
	if names := onlyFiles(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v after the refusal", names)
	}
}

func TestWriteRefusesSymlinkInTheWay(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim")
	if err := os.WriteFile(victim, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "minutes.md")
	if err := os.Symlink(victim, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Write(link, []byte("new"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("the link target was changed to %q", got)
	}
}

func TestWriteWithForceReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "minutes.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("content %q, want new", got)
	}
	if runtime.GOOS != "windows" {
		if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
			t.Errorf("replaced file has mode %o, want 600", info.Mode().Perm())
		}
	}
}

func TestWriteIntoMissingFolderFailsAndLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", "minutes.md")
	err := Write(path, []byte("x"), false)
	if err == nil || errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want a write error", err)
	}
	if names := onlyFiles(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v", names)
	}
}

func TestMkdirAllIsPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no permission bits on Windows")
	}
	dir := filepath.Join(t.TempDir(), "a", "b")
	if err := MkdirAll(dir); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode&0o077 != 0 {
		t.Errorf("folder mode %o is readable by others", mode)
	}
}
