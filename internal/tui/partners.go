package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/home"
	"kofa/internal/tui/partners"
)

// routePartners handles opening and leaving the partner directory; it
// reports whether msg was one of those messages. While the directory
// shows, every other message that is not the root's own reaches it (see
// route).
func (a *App) routePartners(msg tea.Msg) (tea.Cmd, bool) {
	switch msg.(type) {
	case home.DirectoryMsg:
		a.partners = partners.New(partners.Config{Repo: a.repo, Msgs: a.tr, Styles: a.styles})
		a.partners.SetLayout(a.layout)
		return a.partners.Init(), true
	case partners.CloseMsg:
		a.partners = nil
		return nil, true
	}
	return nil, false
}
