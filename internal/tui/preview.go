package tui

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/preview"
)

// routePreview handles what concerns the export preview: opening and
// closing it, and its own results, the mouse and pastes while it shows.
// Keys reach it through key, after the global keys.
func (a *App) routePreview(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case preview.OpenMsg:
		return a.openPreview(msg.ID), true
	case preview.CloseMsg:
		a.pv = nil
		return nil, true
	}
	if a.pv != nil && a.pv.Wants(msg) {
		return a.pv.Update(msg), true
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
	}
	if a.ws != nil && a.ws.Conference().ID == id {
		if snap, err := a.ws.Snapshot(); err == nil {
			cfg.Load = snap.Conference
		}
	}
	a.pv = preview.New(cfg)
	a.showHelp = false
	return tea.Batch(a.pv.SetLayout(a.layout), a.pv.Init())
}

// resizePreview sizes the open preview, if any.
func (a *App) resizePreview() tea.Cmd {
	if a.pv == nil {
		return nil
	}
	return a.pv.SetLayout(a.layout)
}

// restylePreview renders the open preview's minutes again in the styles
// rebuilt for the terminal's background.
func (a *App) restylePreview() tea.Cmd {
	if a.pv == nil {
		return nil
	}
	return a.pv.Restyle()
}
