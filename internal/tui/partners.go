package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/home"
	"kofa/internal/tui/partners"
)

// routePartners handles opening and leaving the partner directory (from
// is the address of the screen that asked, 0 when unknown); it reports
// whether msg was one of those messages.
func (a *App) routePartners(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg.(type) {
	case home.DirectoryMsg:
		p := partners.New(partners.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles})
		return a.push(partnersScreen{p}, p.Init), true
	case partners.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(partnersScreen); return ok })
		return nil, true
	}
	return nil, false
}
