package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The copies kofa makes next to the store (before an upgrade, before a
// restore, the damaged file moved aside) are found by their names, each
// with its kind and whether it is encrypted; other files are not.
func TestCopiesFindsWhatKofaPutBesideTheStore(t *testing.T) {
	t.Parallel()
	path := validStore(t)
	upgrade, err := backupBeforeMigration(path, 3, t0)
	if err != nil {
		t.Fatal(err)
	}
	sealed := openEncrypted(t)
	if err := sealed.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := Restore(sealed.Path(), path, t0.Add(time.Minute), RestoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	beforePlain, err := Restore(backupOf(t), path, t0.Add(2*time.Minute), RestoreOptions{AllowPlain: true})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, []byte("damaged"))
	damaged, err := Restore(backupOf(t), path, t0.Add(3*time.Minute), RestoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	for _, other := range []string{"kofa.db.notes", "other.db.damaged-20260314-093000", "kofa.db.v3-backup-x.db"} {
		writeFile(t, filepath.Join(dir, other), []byte("not kofa's"))
	}

	got, err := Copies(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Copy{
		{Path: before, Kind: CopyBeforeRestore}, // the plain store the encrypted copy replaced
		{Path: beforePlain, Kind: CopyBeforeRestore, Encrypted: true},
		{Path: damaged, Kind: CopyDamaged},
		{Path: upgrade, Kind: CopyBeforeUpgrade},
	}
	if len(got) != len(want) {
		t.Fatalf("Copies = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("copy %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if none, err := Copies(filepath.Join(t.TempDir(), "missing", "kofa.db")); err != nil || len(none) != 0 {
		t.Errorf("in a missing folder: %v, %v", none, err)
	}
}

// Issue 17: restoring a plain copy in place of an encrypted store would
// silently turn it plain. It is refused and nothing changes, unless asked
// for explicitly.
func TestRestoreOfAPlainCopyOverAnEncryptedStoreIsRefused(t *testing.T) {
	t.Parallel()
	s := openEncrypted(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	before := readState(t, path)
	plain := backupOf(t)
	if _, err := Restore(plain, path, t0, RestoreOptions{}); !errors.Is(err, ErrPlainOverEncrypted) {
		t.Fatalf("plain over encrypted: %v, want ErrPlainOverEncrypted", err)
	}
	assertUnchanged(t, path, before)
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the refusal left files beside the store: %v", entries)
	}

	aside, err := Restore(plain, path, t0, RestoreOptions{AllowPlain: true})
	if err != nil {
		t.Fatal(err)
	}
	if enc, err := IsEncrypted(path); err != nil || enc {
		t.Errorf("after the allowed restore: encrypted %v, %v", enc, err)
	}
	if enc, err := IsEncrypted(aside); err != nil || !enc {
		t.Errorf("the encrypted store put aside: encrypted %v, %v", enc, err)
	}
	// An encrypted backup over an encrypted store needs no permission.
	if _, err := Restore(aside, path, t0.Add(time.Minute), RestoreOptions{}); err != nil {
		t.Errorf("encrypted over plain: %v", err)
	}
}
