// Package clock gives the TUI its sense of time: the current instant and
// timers that deliver a message later. Production code uses the real clock;
// tests inject a fake one and advance it by hand, so no test ever sleeps.
package clock

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Clock reads the time and schedules messages.
type Clock struct {
	// Now returns the current instant.
	Now func() time.Time
	// After returns a command that delivers msg after d.
	After func(d time.Duration, msg tea.Msg) tea.Cmd
}

// Real returns a clock on now (time.Now when nil) whose timers are
// tea.Tick commands.
func Real(now func() time.Time) Clock {
	if now == nil {
		now = time.Now
	}
	return Clock{Now: now, After: tick}
}

func tick(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}
