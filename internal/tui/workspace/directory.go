package workspace

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/directory"
	"kofa/internal/tui/phase"
)

// directoryMsg carries the partner directory and the person at the
// keyboard, loaded for workspace ws.
type directoryMsg struct {
	ws       uint64
	entries  []directory.Entry
	keyboard *directory.Entry
	err      error
}

// keyboardStore loads and remembers the person at the keyboard of the
// store (either may be nil: not remembered).
type keyboardStore struct {
	load func() (directory.Entry, bool, error)
	save func(directory.Entry) error
}

// loadDirectory reads the partner directory and the person at the
// keyboard once, off the event loop.
func (m *Model) loadDirectory() tea.Cmd {
	load, keyboard, id := m.loadDir, m.keyboard.load, m.id
	if load == nil && keyboard == nil {
		return nil
	}
	return func() tea.Msg {
		msg := directoryMsg{ws: id}
		if load != nil {
			msg.entries, msg.err = load()
		}
		if keyboard != nil {
			// Not knowing who types only means no default in the opening.
			if e, ok, err := keyboard(); err == nil && ok {
				msg.keyboard = &e
			}
		}
		return msg
	}
}

// setDirectory hands the directory and the person at the keyboard to the
// editors through their shared context. A directory that could not be
// read only means no suggestions: the conference itself is not affected,
// so nothing is shown.
func (m *Model) setDirectory(msg directoryMsg) tea.Cmd {
	if msg.ws != m.id {
		return nil
	}
	if msg.err == nil {
		m.ctx.Directory = msg.entries
	}
	if msg.keyboard != nil && m.ctx.KeyboardPerson == nil {
		m.ctx.KeyboardPerson = msg.keyboard
		// The editor on screen may have asked already (the opening's
		// question who facilitates): it may take the default now.
		return m.send(phase.KnownMsg{})
	}
	return nil
}

// rememberKeyboardPerson writes the person at the keyboard an editor
// chose (phase.Context.RememberKeyboardPerson), off the event loop. A
// failed write loses nothing of the conference; the next opening simply
// has no default.
func (m *Model) rememberKeyboardPerson() tea.Cmd {
	e, ok := m.ctx.TakeKeyboardPerson()
	save := m.keyboard.save
	if !ok || save == nil || m.readOnly() {
		return nil
	}
	return func() tea.Msg {
		_ = save(e)
		return nil
	}
}
