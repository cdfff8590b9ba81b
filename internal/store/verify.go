package store

import (
	"errors"
	"os"
	"sync"
	"sync/atomic"

	"go.etcd.io/bbolt"
)

// Every opened store is checked for damage, page by page, but not
// before Open returns: checking 10,000 conferences takes a good part of a
// second when the file is not in the page cache, and the home screen
// needs only the summaries. The check starts when it is first asked for
// (Verified), in a goroutine; every write asks first and waits for it,
// so a damaged file is never changed. Reads meanwhile are guarded like
// every read (see guard). The check reads the file with pread
// (pagecheck.go), so it leaves the memory map, and kofa's resident
// memory, alone.

// verification is the check of one opened file. It checks through the
// handle Open opened; the store swaps its handle only when it compacts,
// after a write, by which time the check is done.
type verification struct {
	path string
	db   *bbolt.DB
	once sync.Once // starts the check, or (cancel first) marks it stopped
	done chan struct{}
	// started is closed when the check starts or is cancelled.
	started chan struct{}
	err     error
	stop    atomic.Bool
}

func newVerification(path string, db *bbolt.DB) *verification {
	return &verification{path: path, db: db, done: make(chan struct{}), started: make(chan struct{})}
}

// wait starts the check unless it runs already, and returns its result
// once it is done.
func (v *verification) wait() error {
	v.once.Do(func() {
		close(v.started)
		go func() {
			defer close(v.done)
			v.err = verifyFile(v.path, v.db, v.stop.Load)
		}()
	})
	<-v.done
	return v.err
}

// waitStarted waits until the check has been started (or cancelled).
func (v *verification) waitStarted() { <-v.started }

// cancel stops the check, or keeps it from starting, and waits until it
// has let go of the file.
func (v *verification) cancel() {
	v.stop.Store(true)
	v.once.Do(func() {
		v.err = errCheckStopped
		close(v.started)
		close(v.done)
	})
	<-v.done
}

// verifyFile checks the structure of the file at path, as of a read
// transaction of db, and returns a *DamagedError for the first problem.
// stop (nil: never) ends it early with errCheckStopped.
func verifyFile(path string, db *bbolt.DB, stop func() bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	for range 5 {
		err = guard(path, func() error {
			return db.View(func(tx *bbolt.Tx) error {
				meta, err := readMeta(f, db.Info().PageSize, uint64(tx.ID()))
				if errors.Is(err, errMetaMoved) {
					return err
				}
				if err != nil {
					return damage(err)
				}
				problems, err := checkPages(f, meta, stop)
				if err != nil {
					return err
				}
				if len(problems) > 0 {
					return damage(problems[0])
				}
				return nil
			})
		})
		if !errors.Is(err, errMetaMoved) {
			return err
		}
	}
	return err
}

// Verified starts the check of the file unless it ran or runs already,
// waits for it and returns its result: nil, or a *DamagedError. Every
// write asks first; callers that only read can ask, to refuse a damaged
// store as a whole.
func (s *Store) Verified() error {
	if s.verify == nil {
		return nil
	}
	if err := s.verify.wait(); !errors.Is(err, errCheckStopped) {
		return err
	}
	return ErrClosed // Close stopped the check

}

// AfterCheck waits until someone has started the check of the file
// (Verified) and it is done, and returns its result, without starting it
// itself: for work that should follow the check rather than hurry it,
// such as the session backup, which would otherwise compete with the
// first frame for the disk and the CPU.
func (s *Store) AfterCheck() error {
	if s.verify == nil {
		return nil
	}
	s.verify.waitStarted()
	return s.Verified()
}
