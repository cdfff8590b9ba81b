package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Open opens the store at path, creating it (and its folder) when missing
// and upgrading an older schema after a backup copy. It returns a
// *LockedError when another kofa holds the file, a *SchemaError when a
// newer kofa wrote it and a *DamagedError when it is not a sound kofa
// store; in those cases the file is left exactly as it was.
func Open(path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: no path")
	}
	opts = opts.withDefaults()
	path = filepath.Clean(path)

	if err := ensureStore(path, opts); err != nil {
		return nil, err
	}
	// Look before writing: a read-only handle cannot change the file, so
	// a newer or damaged store stays byte-for-byte as it was.
	pre, err := preflight(path, opts)
	if err != nil {
		return nil, err
	}
	// Ask for the passphrase (only of an encrypted store) while no lock
	// is held; a wrong one ends Open before the file is opened for
	// writing.
	cd, err := unlockHeader(pre.header, opts.KeyFunc)
	if err != nil {
		return nil, err
	}
	db, err := openDB(path, false, opts.Timeout)
	if err != nil {
		return nil, err
	}
	db.MaxSize = opts.MaxSize
	if err := checkHeaderUnchanged(path, db, pre.rawHeader); err != nil {
		_ = db.Close()
		return nil, err
	}
	if pre.version < SchemaVersion {
		// A migration writes: check the file first, as every write does.
		if err := verifyFile(path, db, nil); err != nil {
			_ = db.Close()
			return nil, err
		}
		up := func(tx *bbolt.Tx) error { return migrate(tx, cd) }
		if err := guard(path, func() error { return db.Update(up) }); err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("store: upgrading %s from schema %d: %w", path, pre.version, err)
		}
	}
	removeStaleTemps(filepath.Dir(path))
	if real := realPath(path); filepath.Dir(real) != filepath.Dir(path) {
		removeStaleTemps(filepath.Dir(real)) // where Delete compacts a symlinked store
	}
	s := &Store{path: path, opts: opts, db: db, cd: cd, migrationBackup: pre.backup}
	s.verify = newVerification(path, db)
	if pre.rewriteDue != "" {
		// An earlier run changed the store but could not rewrite the
		// file: do it now, before anything reads or copies it.
		if err := s.finishRewrite(pre.rewriteDue); err != nil {
			_ = s.Close()
			return nil, err
		}
	}
	return s, nil
}

// ensureStore creates a new, empty store at path if there is no file. The
// store is built under a temporary name and moved into place only when
// complete, so a crash never leaves a half-made store at path.
func ensureStore(path string, opts Options) error {
	if _, err := os.Lstat(path); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(path)
	if err := mkdirPrivate(dir); err != nil {
		return err
	}
	tmp, err := createTemp(dir)
	if err != nil {
		return err
	}
	err = initStore(tmp, opts)
	if err == nil {
		err = placeNew(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		if errors.Is(err, ErrExists) {
			return nil // another kofa created it a moment ago: use theirs
		}
		return err
	}
	return syncDir(dir)
}

func initStore(path string, opts Options) error {
	db, err := bbolt.Open(path, fileMode, &bbolt.Options{Timeout: opts.Timeout})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range bucketsAt(SchemaVersion) {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		created := opts.Now().UTC().Format(time.RFC3339)
		return errors.Join(
			meta.Put(keySchema, formatVersion(SchemaVersion)),
			meta.Put(keyCreated, []byte(created)),
		)
	})
	return errors.Join(err, db.Close())
}

// preflightResult is what Open learns before it opens for writing.
type preflightResult struct {
	version int
	backup  string // copy made before an upgrade, or ""
	// header is the crypt header of an encrypted store (nil: plain);
	// rawHeader its bytes, to see that nobody changed it before the
	// store is opened for writing.
	header    *cryptHeader
	rawHeader []byte
	// rewriteDue is the reason of a rewrite of the file an earlier run
	// left due (rewrite.go), or "".
	rewriteDue RewriteReason
}

// preflight looks at the store through a read-only handle: the file's
// length, the meta pages and freelist (bbolt reads them when it opens),
// the schema version, the buckets and the crypt header. The check of
// every page follows in the background (verify.go). When the schema is
// older it copies the file, byte for byte, while the read lock keeps
// writers out.
func preflight(path string, opts Options) (res preflightResult, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return res, err
	}
	if info.Size() == 0 {
		// bbolt would initialise an empty file as a new database.
		return res, &DamagedError{Path: path, Err: errors.New("empty file")}
	}
	db, err := openDB(path, true, opts.Timeout)
	if err != nil {
		return res, err
	}
	defer db.Close()
	err = guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) (err error) {
			if res.version, err = checkHead(path, tx); err != nil {
				return err
			}
			res.rewriteDue = readRewriteDue(tx)
			res.header, res.rawHeader, err = readCryptHeader(tx)
			return err
		})
	})
	if err != nil || res.version == SchemaVersion {
		return res, err
	}
	res.backup, err = backupBeforeMigration(path, res.version, opts.Now())
	return res, err
}

// checkHead checks what must hold before any data page is read: the file
// is as long as bbolt thinks (reading past its end faults rather than
// panics), the schema is one this kofa knows, and the buckets exist. It
// returns the schema version.
func checkHead(path string, tx *bbolt.Tx) (version int, err error) {
	// Stat now, not before the lock: the file may have grown meanwhile.
	info, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	if tx.Size() > info.Size() {
		return 0, damage(fmt.Errorf("file is truncated (%d of %d bytes)", info.Size(), tx.Size()))
	}
	if version, err = readVersion(tx); err != nil {
		return 0, err
	}
	if version > SchemaVersion {
		return 0, &SchemaError{Path: path, Found: version, Supported: SchemaVersion}
	}
	for _, name := range bucketsAt(version) {
		if tx.Bucket(name) == nil {
			return 0, damage(fmt.Errorf("bucket %q is missing", name))
		}
	}
	return version, nil
}

// firstError drains the channel of bbolt's consistency check (the checker
// blocks until each problem is read) and returns the first problem.
func firstError(problems <-chan error) error {
	var first error
	for err := range problems {
		if first == nil {
			first = err
		}
	}
	return first
}

func readVersion(tx *bbolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, damage(errors.New("no meta bucket"))
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v < 1 {
		return 0, damage(fmt.Errorf("invalid schema version %q", meta.Get(keySchema)))
	}
	return v, nil
}

func formatVersion(v int) []byte { return strconv.AppendInt(nil, int64(v), 10) }

// backupBeforeMigration copies the store to <path>.v<N>-backup-<time>.db.
func backupBeforeMigration(path string, version int, now time.Time) (string, error) {
	base := fmt.Sprintf("%s.v%d-backup-%s", path, version, now.Format("20060102-150405"))
	for i := 1; i < 100; i++ {
		name := base + ".db"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.db", base, i)
		}
		err := writeNew(name, func(w io.Writer) error {
			src, err := os.Open(path)
			if err != nil {
				return err
			}
			defer src.Close()
			_, err = io.Copy(w, src)
			return err
		})
		if !errors.Is(err, ErrExists) {
			return name, err
		}
	}
	return "", fmt.Errorf("store: too many backups named %s*", base)
}

// openDB opens the bbolt file at path, which must exist. A kofa that
// compacts renames a new file over the old one while another kofa may be
// waiting for the old one's lock, so once the lock is held openDB makes
// sure the handle is still the file at path, and tries again if not.
func openDB(path string, readOnly bool, timeout time.Duration) (*bbolt.DB, error) {
	for range 3 {
		var file *os.File
		opts := &bbolt.Options{
			Timeout:         timeout,
			ReadOnly:        readOnly,
			PreLoadFreelist: true, // so a broken freelist shows in preflight
			OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
				f, err := os.OpenFile(name, flag&^os.O_CREATE, perm)
				if file == nil {
					file = f
				}
				return f, err
			},
		}
		var db *bbolt.DB
		err := guard(path, func() (err error) {
			defer func() {
				if r := recover(); r != nil && file != nil {
					_ = file.Close() // bbolt panicked holding the lock: release it
					panic(r)
				}
			}()
			db, err = bbolt.Open(path, fileMode, opts)
			return err
		})
		if err != nil {
			return nil, openError(path, err)
		}
		if same, err := isFileAt(file, path); err != nil || !same {
			_ = db.Close()
			if err != nil {
				return nil, err
			}
			continue
		}
		return db, nil
	}
	return nil, &LockedError{Path: path}
}

func isFileAt(f *os.File, path string) (bool, error) {
	a, err := f.Stat()
	if err != nil {
		return false, err
	}
	b, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return os.SameFile(a, b), nil
}

// openError sorts bbolt.Open's errors: a lock timeout means another kofa,
// failing to open the file is the caller's business (missing, no
// permission), anything else is a file bbolt cannot make sense of.
func openError(path string, err error) error {
	if errors.Is(err, berrors.ErrTimeout) {
		return &LockedError{Path: path}
	}
	if _, ok := errors.AsType[*DamagedError](err); ok {
		return err
	}
	if pe, ok := errors.AsType[*fs.PathError](err); ok && pe.Op == "open" {
		return err
	}
	return &DamagedError{Path: path, Err: err}
}
