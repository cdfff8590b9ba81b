package store

import (
	"io"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the store to path (mode 0600),
// taken in one read transaction while kofa keeps working. It refuses with
// ErrExists when path exists, and with ErrRewriteDue while the file still
// has to be rewritten (the copy would carry its free pages along). The
// copy appears complete or not at all.
func (s *Store) Backup(path string) error {
	path = filepath.Clean(path)
	return s.view(func(tx *bbolt.Tx) error {
		if readRewriteDue(tx) != "" {
			return ErrRewriteDue
		}
		return writeNew(path, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
}
