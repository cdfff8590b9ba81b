package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/agreements"
	"kofa/internal/tui/home"
	"kofa/internal/tui/layout"
)

// agreementsScreen is the register of cooperation agreements in the
// stack.
type agreementsScreen struct{ *agreements.Model }

func (s agreementsScreen) SetLayout(l layout.Layout) tea.Cmd { s.Model.SetLayout(l); return nil }

// routeAgreements handles opening and leaving the register of cooperation
// agreements (from is the address of the screen that asked, 0 when
// unknown); it reports whether msg was one of those messages. Leaving it
// reads the home list anew.
func (a *App) routeAgreements(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg.(type) {
	case home.AgreementsMsg:
		m := agreements.New(agreements.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles, Clock: a.clock})
		return a.push(agreementsScreen{m}, m.Init), true
	case agreements.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(agreementsScreen); return ok })
		return a.reloadHome(), true
	}
	return nil, false
}
