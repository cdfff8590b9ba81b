// Package saver is the save pipeline of an open conference: every change
// goes to the store as it happens, typing debounced, structural changes at
// once, one commit in flight at a time, failures retried with backoff.
//
// The Saver is driven like a Bubble Tea component: Change and Flush return
// commands, Update consumes the messages those commands produce. A commit
// encodes the conference on the event loop, once, reusing what it encoded
// of unchanged parts last time (store.Encoder), and hands the bytes to the
// goroutine that writes: the model is never shared with it, and never
// deep-copied.
package saver

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/clock"
)

// Store is what the saver needs of the store.
type Store interface {
	SaveEncoded(e *store.Encoded, changes ...conference.Change) error
}

// Debounce is how long typing may pause before its text is committed.
const Debounce = 300 * time.Millisecond

// backoff is the wait before the n-th retry after a failed commit (the last
// value repeats).
var backoff = []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 10 * time.Second, 30 * time.Second}

// RetryDelay returns the wait before retry number n (1-based).
func RetryDelay(n int) time.Duration {
	if n < 1 {
		n = 1
	}
	return backoff[min(n, len(backoff))-1]
}

// State is what the save indicator shows.
type State int

const (
	// Saved: the store confirmed the latest change.
	Saved State = iota
	// Saving: a change waits for its commit or the commit is in flight.
	Saving
	// Failed: the last commit failed; the text stays in memory and a retry
	// is scheduled.
	Failed
)

var nextID atomic.Uint64

// Saver saves one conference.
type Saver struct {
	id    uint64
	conf  *conference.Conference
	store Store
	enc   *store.Encoder
	clock clock.Clock
	w     *serialWriter

	gen      uint64 // bumped by every change
	savedGen uint64 // the newest generation the store confirmed
	inflight uint64 // generation being written, 0 when none
	again    bool   // save again as soon as the commit in flight returns

	// One timer serves a whole burst of typing: typedAt is the last typed
	// change, timerDue when the timer set for it fires (zero: none set).
	typedAt, timerDue time.Time

	changes []pendingChange // audit entries not yet committed
	seq     uint64          // numbers changes

	failures int   // consecutive failed commits
	lastErr  error // the last failure
	retryAt  time.Time
}

type pendingChange struct {
	seq uint64
	conference.Change
}

// New returns a saver for conf, which the caller keeps changing in place.
func New(conf *conference.Conference, st Store, clk clock.Clock) *Saver {
	return &Saver{id: nextID.Add(1), conf: conf, store: st, enc: store.NewEncoder(), clock: clk, w: &serialWriter{}}
}

// State reports what the indicator shows.
func (s *Saver) State() State {
	switch {
	case s.gen == s.savedGen:
		return Saved
	case s.failures > 0:
		return Failed
	}
	return Saving
}

// Dirty reports whether a change has not been confirmed by the store.
func (s *Saver) Dirty() bool { return s.gen != s.savedGen }

// Busy reports whether a commit is in flight (a retry after a failure
// included: the state stays Failed until it succeeds).
func (s *Saver) Busy() bool { return s.inflight != 0 }

// Err returns the error of the last failed commit while the state is Failed.
func (s *Saver) Err() error {
	if s.State() != Failed {
		return nil
	}
	return s.lastErr
}

// RetryAt returns when the next automatic retry happens (zero when none).
func (s *Saver) RetryAt() time.Time {
	if s.State() != Failed {
		return time.Time{}
	}
	return s.retryAt
}

// Change records that the conference changed. Typing (immediate false) is
// committed after Debounce without further changes; immediate changes
// (a field left, something added or removed, a phase change) are committed
// at once. Audit entries identical to one still pending are merged, so a
// burst of typing leaves one entry, not one per keystroke.
//
// A burst of typing sets one timer, not one per key: when it fires before
// the pause is over, it is set again for the rest of the pause.
func (s *Saver) Change(immediate bool, changes ...conference.Change) tea.Cmd {
	s.gen++
	for _, ch := range changes {
		if ch == (conference.Change{}) || s.hasPending(ch) {
			continue
		}
		s.seq++
		s.changes = append(s.changes, pendingChange{seq: s.seq, Change: ch})
	}
	if immediate {
		return s.kick()
	}
	s.typedAt = s.clock.Now()
	if !s.timerDue.IsZero() && s.typedAt.Before(s.timerDue) {
		return nil // the timer set will look again when it fires
	}
	return s.setTimer(Debounce)
}

// setTimer sets the debounce timer to fire after d.
func (s *Saver) setTimer(d time.Duration) tea.Cmd {
	s.timerDue = s.clock.Now().Add(d)
	return s.clock.After(d, debounceMsg{saver: s.id, due: s.timerDue})
}

// debounced handles the debounce timer: it commits once typing has paused
// for Debounce, or waits for the rest of the pause.
func (s *Saver) debounced(msg debounceMsg) tea.Cmd {
	if !msg.due.Equal(s.timerDue) {
		return nil // a timer replaced by a newer one
	}
	s.timerDue = time.Time{}
	if rest := s.typedAt.Add(Debounce).Sub(s.clock.Now()); rest > 0 {
		return s.setTimer(rest)
	}
	return s.kick()
}

func (s *Saver) hasPending(ch conference.Change) bool {
	for _, p := range s.changes {
		if p.Change == ch {
			return true
		}
	}
	return false
}

// Flush commits whatever is not saved yet, now; after a failure it retries
// at once instead of waiting for the backoff. The caller learns the outcome
// from State once the returned command's message went through Update.
func (s *Saver) Flush() tea.Cmd {
	if !s.Dirty() {
		return nil
	}
	if s.inflight != 0 {
		s.again = true
		return nil
	}
	return s.start()
}

// kick starts a commit unless one is in flight (then it follows right
// after) or a failure's backoff is running (the retry saves the latest).
func (s *Saver) kick() tea.Cmd {
	switch {
	case !s.Dirty():
		return nil
	case s.inflight != 0:
		s.again = true
		return nil
	case s.failures > 0:
		return nil
	}
	return s.start()
}

// start encodes the conference and returns the command that writes it
// with the audit entries pending.
func (s *Saver) start() tea.Cmd {
	gen := s.gen
	var upTo uint64
	changes := make([]conference.Change, len(s.changes))
	for i, p := range s.changes {
		changes[i] = p.Change
		upTo = p.seq
	}
	s.inflight = gen
	s.again = false
	id := s.id
	encoded, err := s.enc.Encode(s.conf)
	if err != nil { // plain data always encodes; if not, it is a failed commit
		return func() tea.Msg { return savedMsg{saver: id, gen: gen, upTo: upTo, err: err} }
	}
	st, w := s.store, s.w
	return func() tea.Msg {
		err := w.write(gen, func() error { return st.SaveEncoded(encoded, changes...) })
		return savedMsg{saver: id, gen: gen, upTo: upTo, err: err}
	}
}

// Snapshot encodes the conference as it is now, as a commit would (with
// the same encoder, which reuses what did not change).
func (s *Saver) Snapshot() (*store.Encoded, error) { return s.enc.Encode(s.conf) }

// Owns reports whether msg is one of this saver's own messages.
func (s *Saver) Owns(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case debounceMsg:
		return msg.saver == s.id
	case savedMsg:
		return msg.saver == s.id
	case retryMsg:
		return msg.saver == s.id
	}
	return false
}

// Update consumes the saver's own messages and reports whether msg was one.
func (s *Saver) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case debounceMsg:
		if msg.saver != s.id {
			return nil, false
		}
		return s.debounced(msg), true
	case savedMsg:
		if msg.saver != s.id {
			return nil, false
		}
		return s.saved(msg), true
	case retryMsg:
		if msg.saver != s.id {
			return nil, false
		}
		if msg.attempt != s.failures || s.inflight != 0 || !s.Dirty() {
			return nil, true // stale: a flush or a later failure took over
		}
		return s.start(), true
	}
	return nil, false
}

func (s *Saver) saved(msg savedMsg) tea.Cmd {
	s.inflight = 0
	if msg.err != nil {
		s.failures++
		s.lastErr = msg.err
		delay := RetryDelay(s.failures)
		s.retryAt = s.clock.Now().Add(delay)
		return s.clock.After(delay, retryMsg{saver: s.id, attempt: s.failures})
	}
	s.failures, s.lastErr, s.retryAt = 0, nil, time.Time{}
	s.savedGen = max(s.savedGen, msg.gen)
	kept := s.changes[:0]
	for _, p := range s.changes {
		if p.seq > msg.upTo {
			kept = append(kept, p)
		}
	}
	s.changes = kept
	if s.again && s.Dirty() {
		return s.start()
	}
	s.again = false
	return nil
}

// SaveNow commits synchronously, after any commit still in flight. It is
// for the very end of the program (the event loop has stopped), never for
// Update.
func (s *Saver) SaveNow() error {
	if !s.Dirty() {
		return nil
	}
	changes := make([]conference.Change, len(s.changes))
	for i, p := range s.changes {
		changes[i] = p.Change
	}
	encoded, err := s.enc.Encode(s.conf)
	if err != nil {
		return err
	}
	gen := s.gen
	if err := s.w.write(gen, func() error { return s.store.SaveEncoded(encoded, changes...) }); err != nil {
		return err
	}
	s.savedGen, s.changes = gen, nil
	return nil
}
