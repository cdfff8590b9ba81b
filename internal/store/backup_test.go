package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestBackupMakesAnOpenableCopy(t *testing.T) {
	s := openTemp(t)
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(t.TempDir(), "sicherung", "kofa-backup.db")
	if err := s.Backup(target); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		if mode := mustStat(t, target).Mode().Perm(); mode != 0o600 {
			t.Errorf("backup has mode %o, want 600", mode)
		}
	}
	// The original stays open and usable while the copy is opened.
	b, err := Open(target, testOptions())
	if err != nil {
		t.Fatalf("opening the backup: %v", err)
	}
	defer b.Close()
	got, err := b.Get(c.ID)
	if err != nil || got.Facts != c.Facts {
		t.Errorf("conference in the backup: %v, %v", got, err)
	}
	if err := s.Save(c); err != nil {
		t.Errorf("original after backup: %v", err)
	}
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	s := openTemp(t)
	target := filepath.Join(t.TempDir(), "wichtig.db")
	if err := os.WriteFile(target, []byte("nicht überschreiben"), 0o600); err != nil {
		t.Fatal(err)
	}
	before := readState(t, target)
	if err := s.Backup(target); !errors.Is(err, ErrExists) {
		t.Errorf("Backup over an existing file: %v, want ErrExists", err)
	}
	assertUnchanged(t, target, before)
	if err := s.Backup(s.Path()); !errors.Is(err, ErrExists) {
		t.Errorf("Backup onto the store itself: %v, want ErrExists", err)
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(target), ".kofa-new-*")); len(matches) > 0 {
		t.Errorf("refused backup left %v", matches)
	}
}
