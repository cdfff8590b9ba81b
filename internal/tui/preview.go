package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/preview"
)

// routePreview handles opening and closing the export preview (from is
// the address of the screen that asked, 0 when unknown); it reports
// whether msg was one of those messages. While it shows it is on top:
// keys, the mouse and pastes reach it as the top screen.
func (a *App) routePreview(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case preview.OpenMsg:
		return a.openPreview(msg.ID), true
	case preview.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(*preview.Model); return ok })
		return nil, true
	}
	return nil, false
}

// openPreview shows the export preview of conference id over the current
// screen. From the workspace it previews (and on export saves) a snapshot of
// the open conference, which may hold changes the store has not confirmed
// yet: encoded here, decoded off the event loop. From home it loads the
// conference from the store.
func (a *App) openPreview(id conference.ID) tea.Cmd {
	cfg := preview.Config{
		Repo: a.repo, Msgs: a.tr, Styles: a.styles, Catalogue: a.lists(), Now: a.clock.Now, ID: id,
		Contacts: a.repo.Directory,
	}
	if ws := a.workspace(); ws != nil && ws.Conference().ID == id {
		if snap, err := ws.Snapshot(); err == nil {
			cfg.Load = snap.Conference
		}
	}
	pv := preview.New(cfg)
	a.showHelp = false
	return a.push(pv, pv.Init)
}

// restylePreview renders the open preview's minutes again in the styles
// rebuilt for the terminal's background.
func (a *App) restylePreview() tea.Cmd {
	id, ok := a.idOf(func(s screen) bool { _, ok := s.(*preview.Model); return ok })
	if !ok {
		return nil
	}
	return address(id, a.preview().Restyle())
}
