// Package privatefile writes files only their owner may read, the way kofa
// writes minutes and archives: through a temporary file in the target's
// folder, synced and renamed, so the file appears complete or not at all,
// and never over an existing file unless asked to.
package privatefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists reports that a file is in the way and force was not given.
var ErrExists = errors.New("privatefile: target exists")

// Files and folders kofa creates are readable by their owner only: minutes
// and archives hold the most sensitive data there is.
const (
	FileMode fs.FileMode = 0o600
	DirMode  fs.FileMode = 0o700
)

// MkdirAll creates dir (and its parents) readable by the owner only. An
// existing folder is left as it is.
func MkdirAll(dir string) error { return os.MkdirAll(dir, DirMode) }

// Write writes data to path through a temporary file in the same folder,
// with mode 0600. Without force it never replaces an existing file
// (ErrExists), not even one that appears while it writes.
func Write(path string, data []byte, force bool) (err error) {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return ErrExists
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".kofa-*.tmp") // created 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	if err := fill(f, data); err != nil {
		_ = f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := place(tmp, path, force); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// place moves the written temporary file to path. Without force a hard
// link is used, which fails if path exists, so a file created meanwhile is
// never replaced; where there are no hard links, it checks once more and
// renames.
func place(tmp, path string, force bool) error {
	if force {
		return os.Rename(tmp, path)
	}
	if err := os.Link(tmp, path); err == nil {
		return os.Remove(tmp)
	} else if errors.Is(err, fs.ErrExist) {
		return ErrExists
	}
	if _, err := os.Lstat(path); err == nil {
		return ErrExists
	}
	return os.Rename(tmp, path)
}

// syncDir makes the new name durable where the system allows syncing a
// folder (not on Windows, where opening one fails; the rename is durable
// there once the file is).
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// fill writes data, sets the mode to exactly 0600 (not only what the
// umask left of CreateTemp's) and syncs, so a crash after the rename
// cannot leave an empty file behind.
func fill(f *os.File, data []byte) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(FileMode); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return err
	}
	return f.Sync()
}
