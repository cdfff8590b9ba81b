package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/home"
	"kofa/internal/tui/tracker"
)

// routeTracker handles opening and leaving the action tracker; it reports
// whether msg was one of those messages. While the tracker shows, every
// other message that is not the root's own reaches it (see route).
func (a *App) routeTracker(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case home.TrackerMsg:
		a.tracker = tracker.New(tracker.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles, Clock: a.clock, Folder: a.folder})
		a.tracker.SetLayout(a.layout)
		return a.tracker.Init(), true
	case tracker.CloseMsg:
		a.tracker = nil
		return a.home.Reload(), true // actions marked done change the list
	case tracker.OpenMsg:
		a.tracker, a.trackerBack = nil, a.tracker
		return tea.Batch(a.home.Reload(), a.load(msg.ID)), true
	}
	return nil, false
}

// backToTracker shows the tracker again when the conference just closed
// was opened from it (esc returns where the facilitator came from), with
// its actions read anew.
func (a *App) backToTracker() tea.Cmd {
	if a.trackerBack == nil {
		return nil
	}
	a.tracker, a.trackerBack = a.trackerBack, nil
	a.tracker.SetLayout(a.layout)
	return a.tracker.Init()
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
