package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// metaValue reads a meta value of the closed store file at path.
func metaValue(t *testing.T, path string, key []byte) []byte {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v []byte
	if err := db.View(func(tx *bbolt.Tx) error {
		v = bytes.Clone(tx.Bucket(bucketMeta).Get(key))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return v
}

func rewriteDueIn(t *testing.T, s *Store) (due RewriteReason) {
	t.Helper()
	if err := s.view(func(tx *bbolt.Tx) error { due = readRewriteDue(tx); return nil }); err != nil {
		t.Fatal(err)
	}
	return due
}

func putMetaValue(t *testing.T, path string, key, value []byte) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketMeta).Put(key, value) }); err != nil {
		t.Fatal(err)
	}
}

// Issue 17: a passphrase is changed because it leaked. A copy of the store
// from before the change (kofa's own backups included) holds the old
// wrapping of the data key; if the key stayed the same, the old passphrase
// and that copy would open everything written after the change. The
// attacker here puts the old wrapped key into the changed store and uses
// the old passphrase: no value opens.
func TestChangedPassphraseLocksTheOldOneOutOfNewerData(t *testing.T) {
	t.Parallel()
	s := openEncrypted(t)
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	before := filepath.Join(t.TempDir(), "leaked-copy.db")
	if err := s.Backup(before); err != nil {
		t.Fatal(err)
	}
	backups := BackupDir(s.Path())
	for i := range 3 {
		if _, err := RollingBackup(s, backups, DefaultKeepBackups, t0.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}

	done, err := s.ChangePassphrase([]byte(passphrase), []byte("neu und lang"))
	if err != nil {
		t.Fatal(err)
	}
	if done.BackupsRemoved != 3 || done.BackupsErr != nil {
		t.Errorf("removed %d rolling backups (%v), want the 3 that open with the old passphrase", done.BackupsRemoved, done.BackupsErr)
	}
	if left, _ := listBackups(backups); len(left) != 0 {
		t.Errorf("rolling backups left after the change: %v", left)
	}
	later := richConference("", "Nach-der-Aenderung-4711", 1)
	if err := s.Save(later, conference.Change{Op: conference.OpCreate}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The attack: the old wrapped key, the old passphrase.
	putMetaValue(t, s.Path(), keyCrypt, metaValue(t, before, keyCrypt))
	attacked, err := Open(s.Path(), cryptOptions(passphrase, nil))
	if err != nil {
		t.Fatalf("the old header with the old passphrase should unwrap (the test proves nothing otherwise): %v", err)
	}
	defer attacked.Close()
	for _, id := range []conference.ID{c.ID, later.ID} {
		if got, err := attacked.Get(id); err == nil {
			t.Errorf("the old passphrase opens conference %q of the changed store", got.Facts[:20])
		}
	}
	if list, err := attacked.List(); err == nil {
		t.Errorf("the old passphrase lists %d conferences of the changed store", len(list))
	}
}

// bloatedStore is a store holding c, with much free room in its file (old
// versions of a large conference), so that a change fits into the file as
// it is while a copy of the file does not fit beside it when the disk is
// full.
func bloatedStore(t *testing.T, opts Options, encrypted bool) (path string, c *conference.Conference) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "data", "kofa.db")
	s, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	if encrypted {
		if _, err := s.Encrypt([]byte(passphrase)); err != nil {
			t.Fatal(err)
		}
	}
	c = richConference("", marker, 0)
	big := richConference("", "gross", 1)
	for _, facts := range []string{strings.Repeat("Sachverhalt, ausführlich. ", 20_000), "kurz"} {
		big.Facts = facts
		if err := s.Save(big); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, c
}

// fullDisk is opts with no room left beside the file at path: changes fit
// into its free pages, a rewritten copy does not fit.
func fullDisk(t *testing.T, path string, opts Options) Options {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	opts.MaxSize = int(info.Size())
	return opts
}

// Issue 17: when the rewrite after encrypting, changing the passphrase or
// deleting fails (here: a full disk), the change holds, the error says
// which rewrite failed, the rolling backups that had to go are gone
// already, no copy of the unrewritten file is made, and the next Open
// finishes the rewrite: then nothing of what was replaced is left.
func TestFailedRewriteIsFinishedByTheNextOpen(t *testing.T) {
	t.Parallel()
	for _, reason := range []RewriteReason{RewriteEncrypt, RewritePassphrase, RewriteDelete} {
		t.Run(string(reason), func(t *testing.T) {
			t.Parallel()
			opts := cryptOptions(passphrase, nil)
			path, c := bloatedStore(t, opts, reason == RewritePassphrase)
			gone := []string{marker}
			if reason == RewritePassphrase {
				// The old wrapping of the data key.
				header := metaValue(t, path, keyCrypt)
				gone = []string{string(header[bytes.Index(header, []byte(`"key":"`)):][:40])}
			}
			if reason == RewriteDelete {
				gone = append(gone, c.CaseCode)
			}
			if !fileContains(t, path, gone[0]) {
				t.Fatalf("%q is not in the file before: the test proves nothing", gone[0])
			}
			s, err := Open(path, fullDisk(t, path, opts))
			if err != nil {
				t.Fatal(err)
			}
			backups := BackupDir(path)
			if _, err := RollingBackup(s, backups, DefaultKeepBackups, t0); err != nil {
				t.Fatal(err)
			}
			switch reason {
			case RewriteEncrypt:
				_, err = s.Encrypt([]byte(passphrase))
			case RewritePassphrase:
				_, err = s.ChangePassphrase([]byte(passphrase), []byte("neu und lang"))
			case RewriteDelete:
				err = s.Delete(c.ID)
			}
			re, ok := errors.AsType[*RewriteError](err)
			if !ok || re.Reason != reason || !errors.Is(err, ErrNotCompacted) {
				t.Fatalf("on a full disk: %v, want a *RewriteError for %s", err, reason)
			}
			if left, _ := listBackups(backups); reason.dropsBackups() && len(left) != 0 {
				t.Errorf("the rolling backups were kept although the rewrite failed: %v", left)
			}
			if err := s.Backup(filepath.Join(t.TempDir(), "copy.db")); !errors.Is(err, ErrRewriteDue) {
				t.Errorf("a copy of the unrewritten file: %v, want ErrRewriteDue", err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if !fileContains(t, path, gone[0]) {
				t.Fatalf("the failed rewrite left no trace of %q: the test proves nothing", gone[0])
			}

			if reason == RewritePassphrase {
				opts = cryptOptions("neu und lang", nil)
			}
			s, err = Open(path, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			done := s.FinishedRewrite()
			if done == nil || done.Reason != reason || done.Err != nil {
				t.Fatalf("the next Open finished %+v, want the %s rewrite done", done, reason)
			}
			assertNoneInFile(t, path, gone)
			if due := rewriteDueIn(t, s); due != "" {
				t.Errorf("the record %q stayed after the rewrite", due)
			}
			if reason != RewriteDelete {
				if got, err := s.Get(c.ID); err != nil || got.Facts != c.Facts {
					t.Errorf("after the rewrite: %v", err)
				}
			}
			if err := s.Backup(filepath.Join(t.TempDir(), "copy.db")); err != nil {
				t.Errorf("a copy after the rewrite: %v", err)
			}
		})
	}
}

// A store opened with no rewrite due reports none, and saving writes no
// record.
func TestNoRewriteDueAfterASuccessfulOne(t *testing.T) {
	t.Parallel()
	s := openEncrypted(t)
	if s.FinishedRewrite() != nil {
		t.Error("a new store reports a finished rewrite")
	}
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if v := metaValue(t, s.Path(), keyRewrite); v != nil {
		t.Errorf("the record %q stayed after a successful rewrite", v)
	}
}
