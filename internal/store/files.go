package store

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Files kofa creates are private: 0600 files in 0700 folders.
const (
	fileMode = 0o600
	dirMode  = 0o700
)

// tempPattern names every file the store builds before renaming it into
// place (new stores, compacted stores, backups). A crash can leave one
// behind; the next Open removes stale ones from the store's folder.
const tempPattern = ".kofa-new-*.db"

// staleAfter is how old a temporary file must be before Open removes it,
// so that a second kofa starting at the same moment keeps its own.
const staleAfter = time.Minute

// mkdirPrivate creates dir and any missing parents with mode 0700. Each
// folder it creates is chmod-ed right away, so a strict umask cannot lock
// kofa out of its own folders; folders that exist are the user's business.
func mkdirPrivate(dir string) error {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		missing = append(missing, d)
		if parent := filepath.Dir(d); parent == d {
			break
		}
	}
	for i := len(missing) - 1; i >= 0; i-- {
		d := missing[i]
		if err := os.Mkdir(d, dirMode); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue // made by someone else meanwhile: theirs
			}
			return err
		}
		if err := os.Chmod(d, dirMode); err != nil {
			return err
		}
	}
	return nil
}

// newTemp creates a private temporary file in dir, open for writing.
func newTemp(dir string) (*os.File, error) {
	f, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(fileMode); err != nil { // CreateTemp's 0600 is subject to umask
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// createTemp makes an empty private temporary file in dir and returns its
// name.
func createTemp(dir string) (string, error) {
	f, err := newTemp(dir)
	if err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// syncDir makes a rename in dir durable. Windows cannot open folders for
// syncing, and NTFS journals renames anyway.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}

// writeNew writes a new private file at path through a temporary file in
// the same folder: the file appears complete or not at all. It refuses
// with ErrExists when path exists.
func writeNew(path string, write func(w io.Writer) error) error {
	if _, err := os.Lstat(path); err == nil {
		return ErrExists
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(path)
	if err := mkdirPrivate(dir); err != nil {
		return err
	}
	f, err := newTemp(dir)
	if err != nil {
		return err
	}
	err = errors.Join(write(f), f.Sync())
	err = errors.Join(err, f.Close())
	if err == nil {
		err = placeNew(f.Name(), path)
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return err
	}
	return syncDir(dir)
}

// placeNew moves the finished file tmp to path without replacing a file
// that appeared there meanwhile: a hard link fails if path exists. Where
// the file system has no hard links, it falls back to a rename after a
// last check.
func placeNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		_ = os.Remove(tmp) // a leftover is only a second name of the same file
		return nil
	case errors.Is(err, fs.ErrExist):
		return ErrExists
	}
	if _, err := os.Lstat(path); err == nil {
		return ErrExists
	}
	return os.Rename(tmp, path)
}

// removeStaleTemps deletes temporary files left in dir by an earlier crash.
// They may hold personal data (a compaction copy), so they must not linger.
func removeStaleTemps(dir string) {
	names, err := filepath.Glob(filepath.Join(dir, tempPattern))
	if err != nil {
		return
	}
	for _, name := range names {
		info, err := os.Lstat(name)
		if err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) >= staleAfter {
			_ = os.Remove(name)
		}
	}
}
