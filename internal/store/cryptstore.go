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
	path = filepath.Clean(path)
	info, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	if info.Size() == 0 {
		return false, &DamagedError{Path: path, Err: errors.New("empty file")}
	}
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var header *cryptHeader
	err = guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) (err error) {
			if _, err = checkHead(path, tx); err != nil {
				return err
			}
			header, _, err = readCryptHeader(tx)
			return err
		})
	})
	return header != nil, err
}

// Encrypted reports whether the store is encrypted.
func (s *Store) Encrypted() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cd != nil
}

// Encrypt turns on encryption at rest: it makes a random data key, wraps
// it under passphrase, seals every value in one transaction and then
// compacts the file, so that no plaintext stays behind in free pages. It
// returns ErrEncrypted for a store that is encrypted already. The store
// does not keep the passphrase; the caller clears it. When only the
// compaction fails the error wraps ErrNotCompacted: the values are sealed,
// but old plaintext pages may remain until the next Delete.
func (s *Store) Encrypt(passphrase []byte) error {
	if len(passphrase) == 0 {
		return ErrEmptyPassphrase
	}
	if s.Encrypted() {
		return ErrEncrypted
	}
	dataKey := randomBytes(keySize)
	defer clear(dataKey)
	header, err := newCryptHeader(passphrase, dataKey, s.opts.KDF) // the slow part: outside the lock
	if err != nil {
		return err
	}
	raw, err := header.marshal()
	if err != nil {
		return err
	}
	sl, err := newSealer(dataKey)
	if err != nil {
		return err
	}
	if err := s.Verified(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	if s.cd != nil {
		return ErrEncrypted
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
			if err := sealAll(tx, sl); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(bucketOrder); err != nil {
				return err
			}
			return meta.Put(keyCrypt, raw)
		})
	})
	if err != nil {
		return err
	}
	s.cd = &codec{sealer: sl}
	if err := s.compactLocked(); err != nil {
		return fmt.Errorf("%w: %w", ErrNotCompacted, err)
	}
	return nil
}

// ChangePassphrase wraps the data key under a new passphrase (with a fresh
// salt and the current KDF cost) and compacts the file, so the old
// wrapping does not linger in a free page. The values are not touched:
// copies of the store made before keep opening with the old passphrase.
// A wrong old passphrase gives ErrWrongPassphrase and changes nothing.
func (s *Store) ChangePassphrase(oldPass, newPass []byte) error {
	if len(newPass) == 0 {
		return ErrEmptyPassphrase
	}
	if err := s.Verified(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	if s.cd == nil {
		return ErrNotEncrypted
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
		return err
	}
	if header == nil {
		return damage(errors.New("crypt header is missing"))
	}
	dataKey, err := header.unwrap(oldPass)
	if err != nil {
		return err
	}
	defer clear(dataKey)
	next, err := newCryptHeader(newPass, dataKey, s.opts.KDF)
	if err != nil {
		return err
	}
	nextRaw, err := next.marshal()
	if err != nil {
		return err
	}
	err = guard(s.path, func() error {
		return s.db.Update(func(tx *bbolt.Tx) error {
			meta, err := bucket(tx, bucketMeta)
			if err != nil {
				return err
			}
			if !bytes.Equal(meta.Get(keyCrypt), raw) {
				return errors.New("store: crypt header changed meanwhile")
			}
			return meta.Put(keyCrypt, nextRaw)
		})
	})
	if err != nil {
		return err
	}
	if err := s.compactLocked(); err != nil {
		return fmt.Errorf("%w: %w", ErrNotCompacted, err)
	}
	return nil
}

// sealAll seals every value of every bucket but meta in place, each under
// its bucket path (see bucketPath) and key.
func sealAll(tx *bbolt.Tx, sl *sealer) error {
	return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		if bytes.Equal(name, bucketMeta) {
			return nil
		}
		return sealBucket(b, bytes.Clone(name), sl)
	})
}

func sealBucket(b *bbolt.Bucket, path []byte, sl *sealer) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		key := bytes.Clone(k) // Put needs a key that outlives the cursor's page
		var err error
		if v == nil {
			err = sealBucket(b.Bucket(key), bucketPath(path, key), sl)
		} else {
			err = b.Put(key, sl.seal(path, key, v))
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
