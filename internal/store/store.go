// Package store keeps conferences durably in one bbolt file. It is the only
// package that imports bbolt.
//
// A Store is safe for concurrent use. Every change is one transaction that
// is on disk when Save returns; Delete also rewrites the file so the
// deleted text is gone from it, not merely unreachable.
package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"go.etcd.io/bbolt"
)

// DefaultTimeout is how long Open waits for another kofa to let go of the
// file before giving up with a LockedError.
const DefaultTimeout = time.Second

// Options tune Open.
type Options struct {
	Timeout time.Duration    // lock wait; 0 means DefaultTimeout
	Now     func() time.Time // clock for audit stamps; nil means time.Now
	// MaxSize, when above 0, is how far the file may grow, in bytes: a
	// commit that needs more fails as on a full disk (for tests).
	MaxSize int

	// KeyFunc is asked for the passphrase when, and only when, the store
	// is encrypted. Open clears the returned bytes after use. Without it
	// an encrypted store fails to open with ErrPassphraseRequired.
	KeyFunc func() ([]byte, error)
	// KDF is the Argon2id cost of keys that Encrypt and ChangePassphrase
	// make; zero means DefaultKDF. Existing keys keep their own cost.
	KDF KDFParams
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.KDF == (KDFParams{}) {
		o.KDF = DefaultKDF
	}
	return o
}

// Store is an open kofa store file.
type Store struct {
	path string
	opts Options
	// migrationBackup is the copy of the file made before Open migrated
	// it, or "".
	migrationBackup string
	// finished is the rewrite an earlier run left due, which Open did
	// (or tried), or nil.
	finished *Rewritten

	// mu guards db: Delete swaps in a compacted file and Close ends it;
	// every other operation only reads the pointer.
	mu sync.RWMutex
	db *bbolt.DB
	// cd encodes and decodes values: nil for a plain store, the sealer
	// of an encrypted one. Guarded by mu like db: Encrypt swaps it.
	cd *codec

	// verify is the check of the file Open started (verify.go); nothing
	// is written before it passed.
	verify *verification
	// pending are the conferences saved with a pending search value,
	// whose whole search text Close writes (searchlater.go).
	pending pendingSearch
}

// Path is the store file.
func (s *Store) Path() string { return s.path }

// MigrationBackup is the copy of the file Open made before it upgraded the
// store to the current schema, or "" when no upgrade was needed.
func (s *Store) MigrationBackup() string { return s.migrationBackup }

// Close writes the search texts that saves left for later, then releases
// the file. Closing twice is harmless.
func (s *Store) Close() error {
	// Best effort: pending values are searchable as they are.
	_ = s.settleSearch()
	if s.verify != nil {
		s.verify.cancel()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// view runs fn in a read transaction; see guard.
func (s *Store) view(fn func(tx *bbolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	return guard(s.path, func() error { return s.db.View(fn) })
}

// update runs fn in a write transaction that is committed and synced to
// disk before update returns; see guard. It writes only to a file whose
// check passed (it waits for the check outside the lock, so that the
// check never waits for it).
func (s *Store) update(fn func(tx *bbolt.Tx) error) error {
	if err := s.Verified(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	return guard(s.path, func() error { return s.db.Update(fn) })
}

// damage marks err as a sign of a corrupt store; guard fills in the path.
func damage(err error) error { return &DamagedError{Err: err} }

// guard runs fn, which reads bbolt pages. bbolt trusts its file: a corrupt
// page makes it panic, and a page beyond the end of a truncated file
// faults. guard turns both into a DamagedError, so a damaged file never
// crashes kofa. bbolt's View and Update roll their transaction back while
// the panic passes, so the Store stays usable.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &DamagedError{Path: path, Err: fmt.Errorf("bbolt: %v", r)}
		}
	}()
	err = fn()
	if d, ok := errors.AsType[*DamagedError](err); ok && d.Path == "" {
		d.Path = path
	}
	return err
}
