package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// backupOf makes a valid store with six conferences and returns a backup
// copy of it in its own folder.
func backupOf(t *testing.T) string {
	t.Helper()
	backup := filepath.Join(t.TempDir(), "kofa-20261122T080000Z.db")
	writeFile(t, backup, readFile(t, validStore(t)))
	return backup
}

func conferencesIn(t *testing.T, path string) int {
	t.Helper()
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

func TestRestoreMovesTheDamagedFileAsideAndNeverDeletesIt(t *testing.T) {
	backup := backupOf(t)
	backupBefore := readState(t, backup)
	path := filepath.Join(t.TempDir(), "kofa.db")
	damaged := []byte("not a store at all, but the user's only copy of something")
	writeFile(t, path, damaged)

	aside, err := Restore(backup, path, t0, RestoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := path + ".damaged-20260314-093000"; aside != want {
		t.Errorf("moved aside to %s, want %s", aside, want)
	}
	if got := readFile(t, aside); !bytes.Equal(got, damaged) {
		t.Error("the damaged file's bytes changed on the way aside")
	}
	if err := Check(path); err != nil {
		t.Fatalf("restored store: %v", err)
	}
	if n := conferencesIn(t, path); n != 6 {
		t.Errorf("restored store holds %d conferences, want the backup's 6", n)
	}
	assertUnchanged(t, backup, backupBefore)
	if info, err := os.Stat(path); err == nil && info.Mode().Perm() != fileMode && os.PathSeparator == '/' {
		t.Errorf("restored store has mode %v", info.Mode())
	}
}

func TestRestoreKeepsASoundStoreAsideToo(t *testing.T) {
	backup := backupOf(t)
	s := openTemp(t)
	if err := s.Save(richConference("", "newer work", 9)); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	aside, err := Restore(backup, path, t0, RestoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(aside, ".before-restore-20260314-093000") {
		t.Errorf("sound store moved aside as %s", aside)
	}
	if !fileContains(t, aside, "newer work") {
		t.Error("the newer work is not in the file kept aside")
	}
	// A second restore in the same second finds a new name.
	again, err := Restore(backup, path, t0, RestoreOptions{})
	if err != nil || again == aside || !strings.HasSuffix(again, "-2") {
		t.Errorf("second restore: %q, %v", again, err)
	}
}

func TestRestoreWithoutAStoreOnlyCopies(t *testing.T) {
	backup := backupOf(t)
	path := filepath.Join(t.TempDir(), "new", "kofa.db")
	aside, err := Restore(backup, path, t0, RestoreOptions{})
	if err != nil || aside != "" {
		t.Fatalf("Restore: %q, %v", aside, err)
	}
	if n := conferencesIn(t, path); n != 6 {
		t.Errorf("%d conferences", n)
	}
}

func TestRestoreRefusesABadBackupAndChangesNothing(t *testing.T) {
	dir := t.TempDir()
	backup := filepath.Join(dir, "backup.db")
	data := readFile(t, validStore(t))
	writeFile(t, backup, data[:len(data)/2])
	path := validStore(t)
	before := readState(t, path)
	_, err := Restore(backup, path, t0, RestoreOptions{})
	if _, ok := errors.AsType[*DamagedError](err); !ok {
		t.Fatalf("Restore from a truncated backup: %v, want *DamagedError", err)
	}
	assertUnchanged(t, path, before)
	if _, err := Restore(path, path, t0, RestoreOptions{}); err == nil {
		t.Error("restoring the store onto itself was accepted")
	}
	assertUnchanged(t, path, before)
}
