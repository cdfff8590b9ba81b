package workspace

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/phase"
)

// Undo instead of questions: ctrl+z takes back the last change of the
// open conference, in any phase, and ctrl+y makes it again. A removal
// therefore needs no question, only a line that says how to take it back.
//
// The history keeps the conference as it was before each change (its
// encoding by the saver's encoder, which reuses what did not change: a
// fraction of a millisecond for a large conference, and only for changes
// that can be undone; a draft typed costs nothing). Text typed into one field is one change until the
// field is left. An undo restores the earlier state but not the course of
// the meeting (conference.Restore: the clock, the phase, the drafts stay),
// and it is committed, saved and audited like any edit ("undo <path>").
// The history lives as long as the workspace; what was undone stays undone
// after a restart, as every other change.

// maxSteps is how many changes can be undone (at least the last 50).
const maxSteps = 60

// step is one change that can be undone: the conference before it, and
// the changes it made (for the audit entries of its undo).
type step struct {
	before  *store.Encoded
	changes []conference.Change
	// typing: a text is being typed into the one field changed (path);
	// further typing there belongs to this step until the field is left.
	typing bool
}

// history is the undo and redo stacks of a workspace.
type history struct {
	undo, redo []step
	// current is the conference as of the last change recorded: what the
	// next change's step starts from.
	current *store.Encoded
	// replaying is set while the editors are told of an undo or redo: what
	// they record then follows from it and is no change of its own.
	replaying bool
}

// record adds a step for the undoable changes of a commit (the saver has
// the commit's generation already, so its snapshot is the state after).
func (m *Model) record(immediate bool, changes []conference.Change) {
	var undoable []conference.Change
	for _, ch := range changes {
		if conference.Undoable(ch) {
			undoable = append(undoable, ch)
		}
	}
	h := &m.history
	if len(undoable) == 0 || h.current == nil {
		return
	}
	after, err := m.saver.Snapshot()
	if err != nil {
		return
	}
	if h.replaying {
		h.current = after
		return
	}
	h.redo = nil
	one := len(undoable) == 1 && undoable[0].Op == conference.OpUpdate
	if n := len(h.undo); n > 0 && one && h.undo[n-1].typing && h.undo[n-1].changes[0].Path == undoable[0].Path {
		h.undo[n-1].typing = !immediate // leaving the field ends the step
	} else {
		h.undo = append(h.undo, step{before: h.current, changes: undoable, typing: one && !immediate})
		if len(h.undo) > maxSteps {
			h.undo = append(h.undo[:0], h.undo[len(h.undo)-maxSteps:]...)
		}
	}
	h.current = after
}

// undo takes the last change back.
func (m *Model) undo() tea.Cmd {
	return m.travel(&m.history.undo, &m.history.redo, conference.OpUndo, "undo.done", "undo.nothing")
}

// redo makes the last change undone again.
func (m *Model) redo() tea.Cmd {
	return m.travel(&m.history.redo, &m.history.undo, conference.OpRedo, "undo.redone", "undo.nothing_to_redo")
}

// travel restores the state of the last step of from, moves the step to
// to (holding the state it replaced), commits it as op and shows notice.
func (m *Model) travel(from, to *[]step, op, notice, none string) tea.Cmd {
	if m.readOnly() {
		m.notice = m.tr.T("tui.ws.read_only_hint")
		return nil
	}
	h := &m.history
	if len(*from) == 0 || h.current == nil {
		m.notice = m.tr.T(none)
		return nil
	}
	s := (*from)[len(*from)-1]
	earlier, err := s.before.Conference()
	if err != nil {
		m.notice = m.tr.T("undo.failed")
		return nil
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, step{before: h.current, changes: s.changes})
	m.conf.Restore(earlier)
	audit := make([]conference.Change, len(s.changes))
	for i, ch := range s.changes {
		audit[i] = conference.Change{Op: op, Path: ch.Path}
	}
	m.conf.Touch(m.clock.Now())
	save := m.saver.Change(true, audit...)
	if after, err := m.saver.Snapshot(); err == nil {
		h.current = after
	}
	m.notice = m.tr.T(notice)
	return tea.Batch(save, m.reloadEditors())
}

// reloadEditors tells the editors' parts that the conference changed
// under them, and the shown editor that it is shown, so that it draws from
// the conference again (the others are told when they are shown).
func (m *Model) reloadEditors() tea.Cmd {
	m.history.replaying = true
	defer func() { m.history.replaying = false }()
	m.ctx.Reloaded()
	return m.send(phase.EnterMsg{})
}
