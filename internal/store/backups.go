package store

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Rolling backups: at the start of each session the app copies the store
// into its backup folder and keeps only the newest few copies. A copy is a
// byte-for-byte snapshot taken in one read transaction, so the copy of an
// encrypted store is encrypted with the same passphrase.

// DefaultKeepBackups is how many rolling backups the app keeps.
const DefaultKeepBackups = 5

// ErrNoBackup: the backup folder holds no rolling backup.
var ErrNoBackup = errors.New("store: no backup")

const (
	backupPrefix = "kofa-"
	backupSuffix = ".db"
	backupStamp  = "20060102T150405Z" // UTC, sorts by name
)

// BackupDir is the folder of the rolling backups of the store at
// storePath: "backups" next to the store, so <DataDir>/backups for the
// default store. A store with another file name gets its own subfolder
// (backups/<name without extension>), so that two stores in one folder
// never rotate each other's copies away.
func BackupDir(storePath string) string {
	dir, base := filepath.Split(filepath.Clean(storePath))
	backups := filepath.Join(dir, "backups")
	if base == "kofa.db" {
		return backups
	}
	return filepath.Join(backups, strings.TrimSuffix(base, filepath.Ext(base)))
}

// RollingBackup copies the store to dir/kofa-<UTC time>.db (0600, the
// folder 0700 when it is made) and then deletes all but the newest keep
// rolling backups in dir. It returns the new copy's path. Files in dir
// that are not rolling backups are left alone.
func RollingBackup(s *Store, dir string, keep int, now time.Time) (string, error) {
	// A copy of a damaged file would push a sound backup out of the five.
	if err := s.Verified(); err != nil {
		return "", err
	}
	base := filepath.Join(dir, backupPrefix+now.UTC().Format(backupStamp))
	var name string
	for n := 1; ; n++ {
		if n > 100 {
			return "", fmt.Errorf("store: too many backups named %s*", base)
		}
		name = base + backupSuffix
		if n > 1 {
			name = base + "-" + strconv.Itoa(n) + backupSuffix
		}
		err := s.Backup(name)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrExists) {
			return "", err
		}
	}
	removeStaleTemps(dir)
	_, err := PruneBackups(dir, keep)
	return name, err
}

// NewestBackup returns the newest rolling backup in dir, or ErrNoBackup.
func NewestBackup(dir string) (string, error) {
	list, err := listBackups(dir)
	if err != nil {
		return "", err
	}
	if len(list) == 0 {
		return "", ErrNoBackup
	}
	return list[0].path, nil
}

// PruneBackups deletes all but the newest keep rolling backups in dir and
// returns how many it deleted; keep 0 deletes them all (after a store was
// encrypted, its plain copies must go).
func PruneBackups(dir string, keep int) (int, error) {
	list, err := listBackups(dir)
	if err != nil {
		return 0, err
	}
	var (
		removed int
		errs    []error
	)
	for _, b := range list[min(max(keep, 0), len(list)):] {
		switch err := os.Remove(b.path); {
		case err == nil:
			removed++
		case !errors.Is(err, fs.ErrNotExist):
			errs = append(errs, err)
		}
	}
	return removed, errors.Join(errs...)
}

type backupFile struct {
	path string
	at   time.Time
	n    int // 1, or the number after a second copy in the same second
}

// listBackups returns the rolling backups in dir, newest first. A missing
// folder holds none.
func listBackups(dir string) ([]backupFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []backupFile
	for _, e := range entries {
		if b, ok := parseBackupName(e.Name()); ok && e.Type().IsRegular() {
			b.path = filepath.Join(dir, e.Name())
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b backupFile) int {
		return cmp.Or(b.at.Compare(a.at), cmp.Compare(b.n, a.n))
	})
	return out, nil
}

// parseBackupName reads kofa-<stamp>.db or kofa-<stamp>-<n>.db.
func parseBackupName(name string) (backupFile, bool) {
	rest, ok := strings.CutPrefix(name, backupPrefix)
	if !ok {
		return backupFile{}, false
	}
	if rest, ok = strings.CutSuffix(rest, backupSuffix); !ok || len(rest) < len(backupStamp) {
		return backupFile{}, false
	}
	at, err := time.Parse(backupStamp, rest[:len(backupStamp)])
	if err != nil {
		return backupFile{}, false
	}
	b := backupFile{at: at, n: 1}
	if extra := rest[len(backupStamp):]; extra != "" {
		num, ok := strings.CutPrefix(extra, "-")
		if b.n, err = strconv.Atoi(num); !ok || err != nil || b.n < 2 {
			return backupFile{}, false
		}
	}
	return b, true
}
