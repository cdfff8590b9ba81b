package store

import (
	"errors"
	"os"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// compactTxSize bounds the memory bbolt.Compact uses: it commits the copy
// every few MiB instead of holding the whole store in one transaction.
const compactTxSize = 8 << 20

// compactLocked rewrites the store into a fresh file holding only live
// data and puts it in place of the old one. bbolt reuses freed pages but
// never wipes them, so without this a deleted conference's text would
// stay readable in the file. The caller holds s.mu for writing.
//
// The copy is built under a temporary name in the same folder; the old
// file is replaced only when the copy is complete and synced. The old
// handle is closed before the rename because Windows cannot rename over an
// open file. If the rename fails the old file is reopened as it was.
func (s *Store) compactLocked() error {
	// Replace the real file: renaming over a symlink would leave the old
	// file, with the deleted text, where the link pointed.
	target := realPath(s.path)
	dir := filepath.Dir(target)
	tmp, err := createTemp(dir)
	if err != nil {
		return err
	}
	if err := s.compactInto(tmp); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	closeErr := s.db.Close()
	s.db = nil
	var swapErr error
	if closeErr == nil {
		swapErr = os.Rename(tmp, target)
	}
	if closeErr != nil || swapErr != nil {
		_ = os.Remove(tmp)
	} else {
		swapErr = syncDir(dir)
	}
	db, err := openDB(s.path, false, s.opts.Timeout)
	if err != nil {
		return errors.Join(closeErr, swapErr, err) // s.db stays nil: the Store is closed
	}
	db.MaxSize = s.opts.MaxSize
	s.db = db
	return errors.Join(closeErr, swapErr)
}

// compactInto copies the live data of s.db into the empty file tmp,
// without the record that a rewrite is due (rewrite.go): the copy is the
// rewrite. Every commit of bbolt.Compact is synced, so tmp is durable once
// it is closed.
//
// Options.MaxSize stands for a full disk: the copy gets the room the old
// file leaves on it.
func (s *Store) compactInto(tmp string) error {
	opts := &bbolt.Options{Timeout: s.opts.Timeout}
	if s.opts.MaxSize > 0 {
		opts.MaxSize = max(s.opts.MaxSize-s.fileSize(), 1)
	}
	dst, err := bbolt.Open(tmp, fileMode, opts)
	if err != nil {
		return err
	}
	err = guard(s.path, func() error { return bbolt.Compact(dst, s.db, compactTxSize) })
	if err == nil {
		err = dst.Update(func(tx *bbolt.Tx) error {
			if meta := tx.Bucket(bucketMeta); meta != nil && meta.Get(keyRewrite) != nil {
				return meta.Delete(keyRewrite)
			}
			return nil
		})
	}
	return errors.Join(err, dst.Close())
}

// fileSize is the size of the store file, or 0 when it cannot be read.
func (s *Store) fileSize() int {
	info, err := os.Stat(s.path)
	if err != nil {
		return 0
	}
	return int(info.Size())
}

// realPath resolves symlinks in path, or returns path if it cannot.
func realPath(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}
