//go:build unix

package store

import (
	"os"
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

func TestDeleteThroughASymlinkCleansTheRealFile(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.db")
	link := filepath.Join(dir, "kofa.db")
	s, err := Open(real, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	s, err = Open(link, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(c.ID); err != nil {
		t.Fatal(err)
	}
	if fileContains(t, real, marker) {
		t.Error("deleted text survives in the file the symlink points to")
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v, %v", info, err)
	}
}
