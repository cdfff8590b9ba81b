package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/home"
	"kofa/internal/tui/tracker"
)

// routeTracker handles opening and leaving the action tracker (from is
// the address of the screen that asked, 0 when unknown); it reports
// whether msg was one of those messages. A conference opened from the
// tracker opens over it, and closing the conference shows the tracker
// again, its actions read anew (shownAgain).
func (a *App) routeTracker(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case home.TrackerMsg:
		t := tracker.New(tracker.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles, Clock: a.clock, Folder: a.folder})
		return a.push(trackerScreen{t}, t.Init), true
	case tracker.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(trackerScreen); return ok })
		return a.reloadHome(), true // actions marked done change the list
	case tracker.OpenMsg:
		return tea.Batch(a.reloadHome(), a.load(msg.ID)), true
	}
	return nil, false
}

// newConference is the conference home asked for: its kind, with the case
// code or topic given there.
func newConference(msg home.NewMsg, now time.Time) *conference.Conference {
	c := conference.New(conference.NewID(), msg.Kind, now)
	if msg.Kind == conference.KindNetwork {
		c.Topic = msg.Title
	} else {
		c.CaseCode = msg.Title
	}
	return c
}
