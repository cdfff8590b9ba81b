package store

import (
	"errors"
	"os"

	"go.etcd.io/bbolt"
)

// Check looks at the store file at path without changing it: it must be
// a kofa store of a schema this kofa knows, with its buckets, and bbolt's
// consistency check must find nothing (every page reachable once, no page
// both used and free). It returns a *DamagedError, a *SchemaError, a
// *LockedError (another kofa has it open for writing) or the error of
// opening the file. An encrypted store checks without its passphrase:
// the check is of the file's structure, not of the sealed values.
func Check(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.Size() == 0 {
		return &DamagedError{Path: path, Err: errors.New("empty file")}
	}
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	return guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) error {
			// The head first: bbolt's checker runs in its own goroutine,
			// where reading past the end of a truncated file would crash
			// kofa instead of panicking into guard.
			if _, err := checkHead(path, tx); err != nil {
				return err
			}
			if first := firstError(tx.Check()); first != nil {
				return damage(first)
			}
			return nil
		})
	})
}
