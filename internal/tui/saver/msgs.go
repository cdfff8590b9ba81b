package saver

import (
	"sync"
	"time"
)

// debounceMsg is the debounce timer set to fire at due.
type debounceMsg struct {
	saver uint64
	due   time.Time
}

// savedMsg reports the outcome of a commit of generation gen, which held
// the audit entries up to sequence number upTo.
type savedMsg struct {
	saver uint64
	gen   uint64
	upTo  uint64
	err   error
}

// retryMsg fires when the backoff after failure number attempt is over.
type retryMsg struct {
	saver   uint64
	attempt int
}

// serialWriter orders commits between the event loop's save commands and a
// final synchronous save: one write at a time, and a snapshot older than
// one already written is dropped instead of overwriting newer data.
type serialWriter struct {
	mu   sync.Mutex
	last uint64
}

func (w *serialWriter) write(gen uint64, save func() error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if gen <= w.last {
		return nil // a newer snapshot is already in the store
	}
	if err := save(); err != nil {
		return err
	}
	w.last = gen
	return nil
}
