package store

import (
	"errors"
	"fmt"

	"go.etcd.io/bbolt"
)

// A rewrite of the file (compact.go) is what makes encrypting, changing
// the passphrase and deleting keep their promise: bbolt never wipes a
// freed page, so until the file is rewritten the old plain text, the
// values sealed under the old key or the deleted conference are still in
// it. The change and a "rewrite due" record (meta keyRewrite, holding the
// reason) are committed in one transaction; the rewritten copy is made
// without the record. So when the rewrite fails (a full disk, a folder
// kofa may not write to) or kofa is killed in between, the record stays,
// and the next Open does the rewrite before anything else.

// RewriteReason says which change left a rewrite of the file due.
type RewriteReason string

const (
	RewriteEncrypt    RewriteReason = "encrypt"    // Encrypt: plain text in free pages
	RewritePassphrase RewriteReason = "passphrase" // ChangePassphrase: values under the old key
	RewriteDelete     RewriteReason = "delete"     // Delete: the deleted conference
)

// dropsBackups reports whether the rolling backups must go with a rewrite
// for this reason: after Encrypt they are plain copies, after a passphrase
// change they open with the old passphrase.
func (r RewriteReason) dropsBackups() bool {
	return r == RewriteEncrypt || r == RewritePassphrase
}

// RewriteError: the change (Reason) is committed, but the file could not
// be rewritten, so what it replaced may remain in the file's free pages.
// The store records that the rewrite is due; the next Open does it. It
// matches ErrNotCompacted with errors.Is.
type RewriteError struct {
	Reason RewriteReason
	Path   string
	Err    error
}

func (e *RewriteError) Error() string {
	return fmt.Sprintf("store %s: %s is done, but the file could not be rewritten: %v", e.Path, e.Reason, e.Err)
}

func (e *RewriteError) Unwrap() []error { return []error{ErrNotCompacted, e.Err} }

// Rewritten is what a rewrite of the file did besides rewriting it.
type Rewritten struct {
	Reason RewriteReason
	// BackupsRemoved is how many rolling backups were deleted before the
	// rewrite (see RewriteReason.dropsBackups); BackupsErr says why some
	// could not be.
	BackupsRemoved int
	BackupsErr     error
	// Err is the rewrite's own failure (a *RewriteError), for the rewrite
	// Open finishes; Encrypt and ChangePassphrase return it as their error.
	Err error
}

// FinishedRewrite is the rewrite Open found due and did (or tried to: see
// Err), or nil when none was due.
func (s *Store) FinishedRewrite() *Rewritten { return s.finished }

// putRewriteDue records in tx that the file must be rewritten.
func putRewriteDue(tx *bbolt.Tx, reason RewriteReason) error {
	meta, err := bucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	return meta.Put(keyRewrite, []byte(reason))
}

// readRewriteDue returns the reason of a rewrite still due, or "".
func readRewriteDue(tx *bbolt.Tx) RewriteReason {
	if meta := tx.Bucket(bucketMeta); meta != nil {
		return RewriteReason(meta.Get(keyRewrite))
	}
	return ""
}

// rewriteLocked drops the rolling backups when the reason asks for it,
// then rewrites the file. The caller holds s.mu for writing and has
// committed the change together with putRewriteDue.
func (s *Store) rewriteLocked(reason RewriteReason) Rewritten {
	done := Rewritten{Reason: reason}
	if reason.dropsBackups() {
		// Before the rewrite, not after: if the rewrite fails they are
		// gone all the same.
		done.BackupsRemoved, done.BackupsErr = PruneBackups(BackupDir(s.path), 0)
	}
	if err := s.compactLocked(); err != nil {
		done.Err = &RewriteError{Reason: reason, Path: s.path, Err: err}
	}
	return done
}

// ErrRewriteDue: a copy of the store was refused because its file still
// has to be rewritten (free pages may hold what a change replaced, and a
// copy would carry them along). The next Open tries the rewrite again.
var ErrRewriteDue = errors.New("store: the file must be rewritten before it is copied")

// finishRewrite does the rewrite an earlier run left due. It waits for
// the check of the file first, as every write does; a damaged file is left
// alone (the check reports it). An error is returned only when the store
// lost its file (it is closed then).
func (s *Store) finishRewrite(reason RewriteReason) error {
	if err := s.Verified(); err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	done := s.rewriteLocked(reason)
	s.finished = &done
	if s.db == nil {
		return errors.Join(ErrClosed, done.Err)
	}
	return nil
}
