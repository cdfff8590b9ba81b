//go:build unix

package store

import (
	"path/filepath"
	"syscall"
	"testing"
)

func TestOpenUnderAStrictUmaskStillMakesAUsableStore(t *testing.T) {
	old := syscall.Umask(0o277) // would make new files read-only, folders unwritable
	defer syscall.Umask(old)
	root := t.TempDir()
	path := filepath.Join(root, "a", "b", "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Save(richConference("", "x", 0)); err != nil {
		t.Fatalf("saving under a strict umask: %v", err)
	}
	if mode := mustStat(t, path).Mode().Perm(); mode != 0o600 {
		t.Errorf("store file has mode %o, want 600", mode)
	}
	if mode := mustStat(t, filepath.Join(root, "a", "b")).Mode().Perm(); mode != 0o700 {
		t.Errorf("folder has mode %o, want 700", mode)
	}
}
