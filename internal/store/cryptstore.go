package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// IsEncrypted reports whether the store at path is encrypted, so that a
// caller knows whether to ask for a passphrase before Open. It only reads
// the file. A missing file is an fs.ErrNotExist error; a file that is not
// a kofa store is a *DamagedError.
func IsEncrypted(path string) (bool, error) {
	st, err := Inspect(path)
	return st.Encrypted, err
}

// Status is what Inspect learns about a store without opening it for
// writing or asking for its passphrase.
type Status struct {
	Encrypted bool
	// RewriteDue is the change whose rewrite of the file an earlier run
	// could not finish (the next Open does it), or "".
	RewriteDue RewriteReason
}

// Inspect reads the status of the store at path; see IsEncrypted.
func Inspect(path string) (Status, error) {
	var st Status
	path = filepath.Clean(path)
	info, err := os.Stat(path)
	if err != nil {
		return st, err
	}
	if info.Size() == 0 {
		return st, &DamagedError{Path: path, Err: errors.New("empty file")}
	}
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return st, err
	}
	defer db.Close()
	err = guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) error {
			if _, err := checkHead(path, tx); err != nil {
				return err
			}
			header, _, err := readCryptHeader(tx)
			st.Encrypted = header != nil
			st.RewriteDue = readRewriteDue(tx)
			return err
		})
	})
	return st, err
}

// Encrypted reports whether the store is encrypted.
func (s *Store) Encrypted() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cd != nil
}

// Encrypt turns on encryption at rest: it makes a random data key, wraps
// it under passphrase and seals every value in one transaction. Then it
// deletes the rolling backups (plain copies) and rewrites the file, so
// that no plain text stays behind in free pages. It returns ErrEncrypted
// for a store that is encrypted already. The store does not keep the
// passphrase; the caller clears it. When only the rewrite fails the error
// is a *RewriteError: the values are sealed, and the next Open rewrites
// the file.
func (s *Store) Encrypt(passphrase []byte) (Rewritten, error) {
	if len(passphrase) == 0 {
		return Rewritten{}, ErrEmptyPassphrase
	}
	if s.Encrypted() {
		return Rewritten{}, ErrEncrypted
	}
	dataKey := randomBytes(keySize)
	defer clear(dataKey)
	header, err := newCryptHeader(passphrase, dataKey, s.opts.KDF) // the slow part: outside the lock
	if err != nil {
		return Rewritten{}, err
	}
	raw, err := header.marshal()
	if err != nil {
		return Rewritten{}, err
	}
	sl, err := newSealer(dataKey)
	if err != nil {
		return Rewritten{}, err
	}
	if err := s.Verified(); err != nil {
		return Rewritten{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return Rewritten{}, ErrClosed
	}
	if s.cd != nil {
		return Rewritten{}, ErrEncrypted
	}
	err = guard(s.path, func() error {
		return s.db.Update(func(tx *bbolt.Tx) error {
			meta, err := bucket(tx, bucketMeta)
			if err != nil {
				return err
			}
			// The order index holds dates in its keys: an encrypted
			// store keeps it empty (newest.go).
			if err := tx.DeleteBucket(bucketOrder); err != nil {
				return err
			}
			if err := sealAll(tx, func(path, key, plain []byte) ([]byte, error) {
				return sl.seal(path, key, plain), nil
			}); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(bucketOrder); err != nil {
				return err
			}
			return errors.Join(meta.Put(keyCrypt, raw), putRewriteDue(tx, RewriteEncrypt))
		})
	})
	if err != nil {
		return Rewritten{}, err
	}
	s.cd = &codec{sealer: sl}
	done := s.rewriteLocked(RewriteEncrypt)
	return done, done.Err
}

// ChangePassphrase makes a new data key, wraps it under the new
// passphrase (with a fresh salt and the current KDF cost) and re-seals
// every value under it, all in one transaction. Then it deletes the
// rolling backups, which open with the old passphrase, and rewrites the
// file, so neither the old wrapping nor a value under the old key lingers
// in a free page. A copy of the store made before the change, even with
// its wrapped key put into the changed store, opens none of the values
// written since. A wrong old passphrase gives ErrWrongPassphrase and
// changes nothing. Re-sealing takes a few seconds for many thousand
// conferences. When only the rewrite fails the error is a *RewriteError:
// the new passphrase holds, and the next Open rewrites the file.
func (s *Store) ChangePassphrase(oldPass, newPass []byte) (Rewritten, error) {
	if len(newPass) == 0 {
		return Rewritten{}, ErrEmptyPassphrase
	}
	if err := s.Verified(); err != nil {
		return Rewritten{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return Rewritten{}, ErrClosed
	}
	if s.cd == nil {
		return Rewritten{}, ErrNotEncrypted
	}
	var (
		header *cryptHeader
		raw    []byte
	)
	err := guard(s.path, func() error {
		return s.db.View(func(tx *bbolt.Tx) (err error) {
			header, raw, err = readCryptHeader(tx)
			return err
		})
	})
	if err != nil {
		return Rewritten{}, err
	}
	if header == nil {
		return Rewritten{}, damage(errors.New("crypt header is missing"))
	}
	oldKey, err := header.unwrap(oldPass) // proves the old passphrase
	if err != nil {
		return Rewritten{}, err
	}
	clear(oldKey) // the store's sealer holds it already
	dataKey := randomBytes(keySize)
	defer clear(dataKey)
	next, err := newCryptHeader(newPass, dataKey, s.opts.KDF)
	if err != nil {
		return Rewritten{}, err
	}
	nextRaw, err := next.marshal()
	if err != nil {
		return Rewritten{}, err
	}
	sl, err := newSealer(dataKey)
	if err != nil {
		return Rewritten{}, err
	}
	old := s.cd.sealer
	err = guard(s.path, func() error {
		return s.db.Update(func(tx *bbolt.Tx) error {
			meta, err := bucket(tx, bucketMeta)
			if err != nil {
				return err
			}
			if !bytes.Equal(meta.Get(keyCrypt), raw) {
				return errors.New("store: crypt header changed meanwhile")
			}
			if err := sealAll(tx, func(path, key, sealed []byte) ([]byte, error) {
				plain, err := old.open(path, key, sealed)
				if err != nil {
					return nil, damage(fmt.Errorf("%s/%s: %w", path, key, err))
				}
				defer clear(plain)
				return sl.seal(path, key, plain), nil
			}); err != nil {
				return err
			}
			return errors.Join(meta.Put(keyCrypt, nextRaw), putRewriteDue(tx, RewritePassphrase))
		})
	})
	if err != nil {
		return Rewritten{}, err
	}
	s.cd = &codec{sealer: sl}
	done := s.rewriteLocked(RewritePassphrase)
	return done, done.Err
}

// sealAll replaces every value of every bucket but meta in place by what
// seal makes of it, given its bucket path (see bucketPath) and key.
func sealAll(tx *bbolt.Tx, seal func(path, key, value []byte) ([]byte, error)) error {
	return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		if bytes.Equal(name, bucketMeta) {
			return nil
		}
		return sealBucket(b, bytes.Clone(name), seal)
	})
}

func sealBucket(b *bbolt.Bucket, path []byte, seal func(path, key, value []byte) ([]byte, error)) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		key := bytes.Clone(k) // Put needs a key that outlives the cursor's page
		var err error
		if v == nil {
			err = sealBucket(b.Bucket(key), bucketPath(path, key), seal)
		} else {
			var sealed []byte
			if sealed, err = seal(path, key, v); err == nil {
				err = b.Put(key, sealed)
			}
		}
		if err != nil {
			return err
		}
		c.Seek(key) // a change invalidates the cursor's position
	}
	return nil
}

// readCryptHeader returns the store's crypt header and its bytes (a copy),
// or nil for a plain store.
func readCryptHeader(tx *bbolt.Tx) (*cryptHeader, []byte, error) {
	meta, err := bucket(tx, bucketMeta)
	if err != nil {
		return nil, nil, err
	}
	raw := meta.Get(keyCrypt)
	if raw == nil {
		return nil, nil, nil
	}
	raw = bytes.Clone(raw)
	h, err := parseCryptHeader(raw)
	return h, raw, err
}

// unlockHeader asks keyFunc for the passphrase of an encrypted store and
// returns the store's codec; a plain store (nil header) needs no key. The
// passphrase is cleared after use.
func unlockHeader(h *cryptHeader, keyFunc func() ([]byte, error)) (*codec, error) {
	if h == nil {
		return nil, nil
	}
	if keyFunc == nil {
		return nil, ErrPassphraseRequired
	}
	pass, err := keyFunc()
	defer clear(pass)
	if err != nil {
		return nil, err
	}
	if len(pass) == 0 {
		return nil, ErrWrongPassphrase
	}
	sl, err := h.unlock(pass)
	if err != nil {
		return nil, err
	}
	return &codec{sealer: sl}, nil
}

// checkHeaderUnchanged makes sure the crypt header Open unlocked is still
// the store's now that it holds the write lock: another kofa could have
// encrypted the store, or changed its passphrase, in between.
func checkHeaderUnchanged(path string, db *bbolt.DB, raw []byte) error {
	return guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) error {
			_, now, err := readCryptHeader(tx)
			if err != nil {
				return err
			}
			if !bytes.Equal(now, raw) {
				return &LockedError{Path: path}
			}
			return nil
		})
	})
}
