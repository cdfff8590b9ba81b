package store

import (
	"errors"
	"fmt"
)

// ErrNotFound: no conference with that ID.
var ErrNotFound = errors.New("store: conference not found")

// ErrExists: the target file of a backup exists already; kofa never
// overwrites a file it did not create.
var ErrExists = errors.New("store: file exists")

// ErrNotCompacted: a change was committed, but rewriting the file failed,
// so what it replaced may still sit in free pages until the next Open
// rewrites it. Returned as a *RewriteError, which says which change.
var ErrNotCompacted = errors.New("store: the file was not rewritten")

// ErrClosed: the Store was closed, or lost its file when Delete could not
// reopen it after compacting.
var ErrClosed = errors.New("store: closed")

// LockedError: another kofa holds the store open.
type LockedError struct{ Path string }

func (e *LockedError) Error() string {
	return fmt.Sprintf("store %s is in use by another kofa (close it first)", e.Path)
}

// SchemaError: the store was written by a newer kofa. The file is left
// exactly as it was.
type SchemaError struct {
	Path      string
	Found     int
	Supported int
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("store %s has schema version %d, this kofa supports up to %d (update kofa)",
		e.Path, e.Found, e.Supported)
}

// DamagedError: the file is not a kofa store, or it is corrupt. The file
// is left exactly as it was.
type DamagedError struct {
	Path string
	Err  error
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store %s is damaged or not a kofa store: %v", e.Path, e.Err)
}

func (e *DamagedError) Unwrap() error { return e.Err }
