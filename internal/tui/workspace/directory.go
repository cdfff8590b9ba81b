package workspace

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/directory"
)

// directoryMsg carries the partner directory loaded for workspace ws.
type directoryMsg struct {
	ws      uint64
	entries []directory.Entry
	err     error
}

// loadDirectory reads the partner directory once, off the event loop.
func (m *Model) loadDirectory() tea.Cmd {
	load, id := m.loadDir, m.id
	if load == nil {
		return nil
	}
	return func() tea.Msg {
		entries, err := load()
		return directoryMsg{ws: id, entries: entries, err: err}
	}
}

// setDirectory hands the directory to the editors through their shared
// context. A directory that could not be read only means no suggestions:
// the conference itself is not affected, so nothing is shown.
func (m *Model) setDirectory(msg directoryMsg) {
	if msg.ws != m.id || msg.err != nil {
		return
	}
	m.ctx.Directory = msg.entries
}
