package store

import (
	"errors"
	"os"
	"sync/atomic"

	"go.etcd.io/bbolt"
)

// Every Open checks the whole file for damage, but beside the caller
// rather than before Open returns: checking 10,000 conferences takes a
// good part of a second when the file is not in the page cache, and the
// home screen needs only the summaries. Nothing is written before the
// check has passed (update waits for it), so a damaged file is never
// changed; reads meanwhile are guarded like every read (see guard). The
// check reads the file with pread (pagecheck.go), so it leaves the memory
// map, and kofa's resident memory, alone.

// verification is the background check Open starts.
type verification struct {
	done chan struct{}
	err  error
	stop atomic.Bool
}

// startVerify checks the file of db at path in a goroutine.
func startVerify(path string, db *bbolt.DB) *verification {
	v := &verification{done: make(chan struct{})}
	go func() {
		defer close(v.done)
		v.err = verifyFile(path, db, v.stop.Load)
	}()
	return v
}

// wait returns the result of the check once it is done.
func (v *verification) wait() error {
	<-v.done
	return v.err
}

// cancel stops the check and waits for it to let go of the file.
func (v *verification) cancel() {
	v.stop.Store(true)
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

// Verified waits for the check of the file that Open started and returns
// its result: nil, or a *DamagedError. Every write waits for it; callers
// that only read can ask, to refuse a damaged store as a whole.
func (s *Store) Verified() error {
	if s.verify == nil {
		return nil
	}
	if err := s.verify.wait(); !errors.Is(err, errCheckStopped) {
		return err
	}
	return ErrClosed // Close stopped the check

}
