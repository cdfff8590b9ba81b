package workspace

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
)

// printable reports whether a key types text: such keys belong to a
// focused text field.
func printable(k tea.KeyPressMsg) bool {
	return k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0
}

// key routes a key press: the open dialog first, then the workspace's own
// keys (printable ones only while nothing is typed), then the editor.
func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.passThrough(k); ok {
		return tea.Batch(cmd, m.key(k))
	}
	switch { // help names them only when there is something to undo; they always answer
	case key.Matches(k, m.keys.Undo):
		return m.undo()
	case key.Matches(k, m.keys.Redo):
		return m.redo()
	}
	if m.dialog() != nil && !m.overDialog(k) {
		return m.updateDialog(k)
	}
	typing := m.Typing()
	if typing && printable(k) {
		return m.send(k)
	}
	keys := m.activeKeys()
	switch {
	case key.Matches(k, keys.Projector):
		m.projector = !m.projector
		return nil
	case m.projector && key.Matches(k, keys.Back):
		m.projector = false
		return nil
	case m.projector:
		return nil
	case key.Matches(k, keys.NextPhase):
		return m.goTo(m.neighbour(+1))
	case key.Matches(k, keys.PrevPhase):
		return m.goTo(m.neighbour(-1))
	case key.Matches(k, keys.JumpPhase):
		return m.jump(k)
	case key.Matches(k, keys.Extend):
		return m.extend()
	case key.Matches(k, keys.Skip):
		return m.openSkip()
	case key.Matches(k, keys.Park):
		return m.openPark()
	case key.Matches(k, keys.Reasons):
		m.openDialog(newReasonsDialog(m))
		return nil
	case key.Matches(k, keys.Attendance):
		return m.openAttendance()
	case !typing && key.Matches(k, keys.Back):
		return m.close()
	}
	if !m.editable() {
		return m.readOnlyKey(k, keys)
	}
	return m.send(k)
}

// overDialog reports whether k opens a dialog over the one on top: the
// keys that work everywhere (park a topic, the attendance) while no text
// of the dialog has the keyboard, unless that dialog is already on top.
func (m *Model) overDialog(k tea.KeyPressMsg) bool {
	keys := m.activeKeys()
	switch top := m.dialog(); {
	case printable(k):
		return false
	case key.Matches(k, keys.Park):
		f, ok := top.(*formDialog)
		return !ok || f.draft != draftPark
	case key.Matches(k, keys.Attendance):
		_, ok := top.(*attendanceDialog)
		return !ok
	}
	return false
}

// neighbour returns the phase after (dir +1) or before (-1) the one shown
// that applies, or "".
func (m *Model) neighbour(dir int) conference.PhaseID {
	return m.conf.Neighbour(m.shown(), dir)
}

// jump goes to the phase whose number is the digit of alt+digit.
func (m *Model) jump(k tea.KeyPressMsg) tea.Cmd {
	digit := string(k.Code)
	for _, id := range m.conf.Order() {
		if m.conf.PhaseNumber(id) == digit {
			return m.goTo(id)
		}
	}
	return nil
}

// goTo makes id the current phase: the editor being left commits its
// fields, the time so far is booked, and the change is saved at once.
// Nothing recorded in any phase is discarded. In a closed conference it
// only shows the phase.
func (m *Model) goTo(id conference.PhaseID) tea.Cmd {
	if id == "" {
		m.notice = m.tr.T("tui.ws.no_phase")
		return nil
	}
	if id == m.shown() || !m.conf.PhaseApplies(id) {
		return nil
	}
	if m.readOnly() {
		m.viewed = id
		return m.enter()
	}
	from := m.shown()
	leave := m.send(phase.LeaveMsg{})
	now := m.clock.Now()
	m.conf.GoTo(id, now)
	m.lastSave = now
	save := m.commit(true, conference.Change{Op: conference.OpPhase, Path: "current_phase", Arg: string(id)})
	return tea.Batch(leave, save, m.enter(), m.askViews(from, id))
}

// extend adds ExtendBy to the current phase's time box.
func (m *Model) extend() tea.Cmd {
	id := m.conf.CurrentPhase
	m.conf.Extend(id, ExtendBy)
	m.notice = m.tr.N("tui.ws.extended", int(ExtendBy.Minutes()), int(ExtendBy.Minutes()))
	return m.commit(true, conference.Change{Op: conference.OpUpdate, Path: "phases/" + string(id) + "/extended"})
}

// skip marks the current phase as skipped with reason and moves on.
func (m *Model) skip(reason string) tea.Cmd {
	id := m.conf.CurrentPhase
	leave := m.send(phase.LeaveMsg{})
	now := m.clock.Now()
	if !m.conf.Skip(id, reason, now) {
		return leave
	}
	m.lastSave = now
	save := m.commit(true, conference.Change{Op: conference.OpPhase, Path: "phases/" + string(id) + "/skipped"})
	return tea.Batch(leave, save, m.enter())
}

// park sets a topic aside without leaving the phase.
func (m *Model) park(text, owner string) tea.Cmd {
	now := m.clock.Now()
	t := m.conf.Park(text, owner, now)
	m.notice = m.tr.T("tui.ws.parked", len(m.conf.Parked))
	return m.commit(true, conference.Change{Op: conference.OpAdd, Path: "parked/" + t.ID})
}

// click jumps to a phase clicked in the sidebar or strip, and passes clicks
// in the main area to the editor in its own coordinates.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.dialog() != nil || m.projector {
		return nil
	}
	mouse := msg.Mouse()
	l := m.layout
	switch {
	case l.Sidebar.Contains(mouse.X, mouse.Y):
		if id, ok := m.sidebarPhaseAt(mouse.Y - l.Sidebar.Y); ok {
			return m.goTo(id)
		}
	case l.Strip.Contains(mouse.X, mouse.Y):
		if id, ok := m.stripPhaseAt(mouse.X - l.Strip.X); ok {
			return m.goTo(id)
		}
	case l.Main.Contains(mouse.X, mouse.Y) && m.editable():
		local := mouse
		local.X -= l.Main.X
		local.Y -= l.Main.Y
		return m.send(tea.MouseClickMsg(local))
	}
	return nil
}
