// Package wstest opens the real workspace for tests of the workspace and
// of the phase editors that need it (its clock, its saving, its dialogs).
// It is apart from tuitest because it imports the workspace, which
// imports the phase editors, whose own tests import tuitest.
package wstest

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// Session is a workspace open on a conference in a fake store, driven by
// a driver on a fake clock.
type Session struct {
	WS   *workspace.Model
	D    *tuitest.Driver
	Repo *tuitest.Repo
}

// Open stores c in a new tuitest.Repo and opens the workspace on it in
// German, laid out for w×h, with the clock at now and the editors given
// (none: the workspace's placeholder). st nil means the default dark
// styles; a test that rebuilds its styles passes its own.
func Open(t testing.TB, c *conference.Conference, st *theme.Styles, now time.Time, w, h int, editors map[conference.PhaseID]phase.Factory) *Session {
	t.Helper()
	return OpenIn(t, tuitest.NewRepo(), c, st, now, w, h, editors)
}

// OpenIn is Open on a fake store the test prepared (a directory, the
// person at the keyboard).
func OpenIn(t testing.TB, repo *tuitest.Repo, c *conference.Conference, st *theme.Styles, now time.Time, w, h int, editors map[conference.PhaseID]phase.Factory) *Session {
	t.Helper()
	if st == nil {
		s := theme.Default(false).Styles(true)
		st = &s
	}
	if editors == nil {
		editors = map[conference.PhaseID]phase.Factory{}
	}
	repo.Put(c)
	clk := tuitest.NewClock(now)
	ws := workspace.New(workspace.Config{
		Conf: c, Store: repo, Msgs: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: st,
		Clock: clk.Clock(), Editors: editors, Directory: repo.Directory,
		KeyboardPerson: repo.KeyboardPerson, SetKeyboardPerson: repo.SetKeyboardPerson,
	})
	s := &Session{WS: ws, Repo: repo}
	s.D = tuitest.NewDriver(t, clk, ws.Update)
	s.D.Exec(ws.SetLayout(layout.Compute(w, h)))
	s.D.Exec(ws.Init())
	return s
}

// Run runs a command the test got from the workspace, as the program
// would, and delivers its messages.
func (s *Session) Run(cmd tea.Cmd) { s.D.Exec(cmd) }
