package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// errTargetExists reports that a file is in the way and --force was not
// given.
var errTargetExists = errors.New("target exists")

// Files kofa writes are readable by their owner only, folders too: minutes
// and archives hold the most sensitive data there is.
const (
	privateFile fs.FileMode = 0o600
	privateDir  fs.FileMode = 0o700
)

// mkdirPrivateAll creates dir (and its parents) readable by the owner only.
// An existing folder is left as it is.
func mkdirPrivateAll(dir string) error { return os.MkdirAll(dir, privateDir) }

// writePrivateFile writes data to path through a temporary file in the same
// folder, so the file appears complete or not at all, with mode 0600.
// Without force it never replaces an existing file (errTargetExists), not
// even one that appears while it writes.
func writePrivateFile(path string, data []byte, force bool) (err error) {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return errTargetExists
		}
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".kofa-*.tmp") // created 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return err
	}
	if err := f.Chmod(privateFile); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		_ = f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if force {
		return os.Rename(tmp, path)
	}
	// A hard link fails if path exists, so a file created meanwhile is
	// never replaced. Where there are no hard links, check once more and
	// rename.
	if err := os.Link(tmp, path); err == nil {
		return os.Remove(tmp)
	} else if errors.Is(err, fs.ErrExist) {
		return errTargetExists
	}
	if _, err := os.Lstat(path); err == nil {
		return errTargetExists
	}
	return os.Rename(tmp, path)
}
