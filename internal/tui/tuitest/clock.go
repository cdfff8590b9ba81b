package tuitest

import (
	"slices"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/clock"
)

// Clock is a fake clock. Its timers are registered when their command runs
// and fire only when the test advances the clock.
type Clock struct {
	mu     sync.Mutex
	now    time.Time
	timers []timer
}

type timer struct {
	due time.Time
	msg tea.Msg
}

// NewClock returns a clock standing at start.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// Clock returns the clock.Clock the TUI uses.
func (c *Clock) Clock() clock.Clock { return clock.Clock{Now: c.Now, After: c.After} }

// Now returns the fake time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After implements clock.Clock.After.
func (c *Clock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	due := c.Now().Add(d)
	return func() tea.Msg {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.timers = append(c.timers, timer{due: due, msg: msg})
		return nil
	}
}

// Pending counts the timers not fired yet.
func (c *Clock) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

// next removes and returns the earliest timer due at or before until,
// moving the clock to its due time.
func (c *Clock) next(until time.Time) (tea.Msg, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.timers) == 0 {
		return nil, false
	}
	i := 0
	for j, t := range c.timers {
		if t.due.Before(c.timers[i].due) {
			i = j
		}
	}
	t := c.timers[i]
	if t.due.After(until) {
		return nil, false
	}
	c.timers = slices.Delete(c.timers, i, i+1)
	if t.due.After(c.now) {
		c.now = t.due
	}
	return t.msg, true
}

func (c *Clock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}
