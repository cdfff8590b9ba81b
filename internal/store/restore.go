package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// ErrPlainOverEncrypted: Restore was asked to put a plain copy in place of
// an encrypted store, which would silently turn the store plain. Nothing
// was changed. RestoreOptions.AllowPlain permits it.
var ErrPlainOverEncrypted = errors.New("store: the backup is not encrypted, the store is")

// RestoreOptions tune Restore.
type RestoreOptions struct {
	// AllowPlain lets a plain backup take the place of an encrypted
	// store (the user asked for it, knowing the store turns plain).
	AllowPlain bool
}

// Restore puts a copy of the store file backup at path. A file at path is
// never deleted or overwritten: it is first renamed to
// <path>.damaged-<time> when Check finds it damaged, else to
// <path>.before-restore-<time>, and that name is returned as aside ("" when
// there was no file). The backup must pass Check; it is only read. A store
// another kofa has open is refused with a *LockedError, a plain backup in
// place of an encrypted store with ErrPlainOverEncrypted unless
// opts.AllowPlain.
//
// If copying fails after the old file was moved aside, it is moved back.
func Restore(backup, path string, now time.Time, opts RestoreOptions) (aside string, err error) {
	backup, path = filepath.Clean(backup), filepath.Clean(path)
	if same, _ := sameFile(backup, path); same {
		return "", fmt.Errorf("store: %s is the store itself, not a backup of it", backup)
	}
	if err := Check(backup); err != nil {
		return "", err
	}
	if !opts.AllowPlain {
		if err := refusePlainOverEncrypted(backup, path); err != nil {
			return "", err
		}
	}
	if _, err := os.Lstat(path); err == nil {
		if aside, err = moveAside(path, now); err != nil {
			return "", err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	err = writeNew(path, func(w io.Writer) error {
		src, err := os.Open(backup)
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = io.Copy(w, src)
		return err
	})
	if err != nil && aside != "" {
		if _, statErr := os.Lstat(path); errors.Is(statErr, fs.ErrNotExist) {
			if os.Rename(aside, path) == nil {
				aside = ""
			}
		}
	}
	return aside, err
}

// refusePlainOverEncrypted returns ErrPlainOverEncrypted when the store at
// path is encrypted and backup is not. A store whose header cannot be read
// (missing, damaged) has nothing to lose to a plain copy; a locked one is
// refused as such.
func refusePlainOverEncrypted(backup, path string) error {
	target, err := IsEncrypted(path)
	if _, locked := errors.AsType[*LockedError](err); locked {
		return err
	}
	if err != nil || !target {
		return nil
	}
	sealed, err := IsEncrypted(backup)
	if err != nil {
		return err
	}
	if !sealed {
		return ErrPlainOverEncrypted
	}
	return nil
}

// moveAside renames the file at path to a new name next to it that says
// why, after checking that no kofa has it open.
func moveAside(path string, now time.Time) (string, error) {
	why := "before-restore"
	switch err := Check(path); {
	case err == nil:
	case errors.As(err, new(*DamagedError)):
		why = "damaged"
	case errors.As(err, new(*SchemaError)):
		// A newer kofa's store: kept aside like a sound one.
	default:
		return "", err // locked, unreadable: leave it where it is
	}
	base := fmt.Sprintf("%s.%s-%s", path, why, now.Format("20060102-150405"))
	for i := 1; i < 100; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		if _, err := os.Lstat(name); err == nil {
			continue
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if err := os.Rename(path, name); err != nil {
			return "", err
		}
		return name, syncDir(filepath.Dir(path))
	}
	return "", fmt.Errorf("store: too many files named %s*", base)
}

func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}
