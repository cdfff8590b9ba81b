package workspace

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
)

// A closed conference is read-only until it is reopened in the closing
// (phase 7, key r): the phase keys only show a phase, without making it
// current or changing any phase's state; extend, skip and park are off;
// editors other than the closing get only the keys that move through what
// they show; and no change an editor reports is saved. The closing keeps
// its keys, which while closed are reopen, export and looking around.

// readOnly reports whether the conference is closed.
func (m *Model) readOnly() bool { return m.conf.Status == conference.StatusClosed }

// shown is the phase on screen: the current phase, or while the
// conference is closed the phase the facilitator looks at.
func (m *Model) shown() conference.PhaseID {
	if m.readOnly() {
		return m.viewed
	}
	return m.conf.CurrentPhase
}

// editable reports whether the editor shown takes keys, pastes and clicks.
func (m *Model) editable() bool {
	return !m.readOnly() || m.shown() == conference.PhaseClosing
}

// activeKeys is the key map with what a closed conference does not allow
// switched off, so that help tells the truth and the keys do nothing.
func (m *Model) activeKeys() KeyMap {
	k := m.keys
	open := !m.readOnly()
	k.Extend.SetEnabled(open)
	k.Skip.SetEnabled(open)
	k.Park.SetEnabled(open)
	k.Attendance.SetEnabled(open)
	k.Undo.SetEnabled(open && len(m.history.undo) > 0)
	k.Redo.SetEnabled(open && len(m.history.redo) > 0)
	k.Scroll.SetEnabled(!m.editable())
	return k
}

// readOnlyKey handles a key the workspace did not use while a phase of a
// closed conference shows: the keys that move through the editor's
// content reach it; any other key only says how to change the conference.
func (m *Model) readOnlyKey(k tea.KeyPressMsg, keys KeyMap) tea.Cmd {
	if !key.Matches(k, keys.Scroll) {
		m.notice = m.tr.T("tui.ws.read_only_hint")
		return nil
	}
	if m.editor().Typing() {
		return nil // arrows would move between fields, and picks choose with them
	}
	cmd := m.send(k)
	if m.editor().Typing() {
		// An arrow went from a list into a text: leave it again.
		cmd = tea.Batch(cmd, m.send(phase.LeaveMsg{}))
	}
	return cmd
}
