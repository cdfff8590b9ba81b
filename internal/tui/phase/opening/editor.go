// Package opening is the editor of phase 1, opening and frame: who is
// there (added fast, attendance with one key, joining and leaving
// time-stamped), confidentiality agreed, the key question shown large to
// read aloud, and the agreed end time.
package opening

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// zone is the part of the editor that has the keyboard.
type zone int

const (
	zoneList zone = iota // the participant list: one-letter keys
	zoneForm             // adding or editing a participant
	zoneEnd              // the agreed end time
)

// Editor edits the opening.
type Editor struct {
	ctx     *phase.Context
	zone    zone
	list    *widget.List
	pf      participantForm
	editing string // ID of the participant in the form, "" for a new one
	endForm *widget.Form
	end     *widget.TimeField
	confirm *widget.Confirm
	keys    KeyMap
	width   int
	memo    viewMemos
}

// New returns the opening editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx}
	e.pf = newParticipantForm(ctx)
	e.end = widget.NewTimeField(ctx.Msgs, ctx.Styles, ctx.Msgs.T("tui.opening.end"), ctx.Msgs.T("validation.time_invalid"))
	e.endForm = widget.NewForm(ctx.Msgs, ctx.Styles, widget.Row{Input: e.end})
	e.endForm.SubmitOnEnter = true
	e.keys = defaultKeyMap(ctx.Msgs, e.pf.form.KeyMap())
	e.list = widget.NewList(e.keys.List)
	e.list.SetLen(len(ctx.Conf.Participants))
	return e
}

// Typing implements phase.Editor: true while a field (or the remove
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool { return e.zone != zoneList || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.keys.active(e.zone, e.list.Len() > 0, e.pf.name.showing())
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.SizeMsg:
		e.width = msg.Width
		return e, nil
	case phase.EnterMsg:
		e.list.SetLen(len(e.ctx.Conf.Participants))
		if len(e.ctx.Conf.Participants) == 0 && e.zone == zoneList {
			return e, e.openForm("")
		}
		return e, nil
	case phase.LeaveMsg:
		switch e.zone {
		case zoneEnd:
			return e, e.commitEnd(false)
		case zoneForm:
			return e, e.leaveForm()
		}
		return e, nil
	case tea.MouseClickMsg:
		return e, e.click(msg)
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		return e, e.updateZone(msg)
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answerRemove(k)
	}
	if e.zone != zoneList {
		if e.zone == zoneForm && e.pf.name.showing() && e.suggestKey(k) {
			return nil
		}
		if key.Matches(k, e.keys.Cancel) {
			if e.zone == zoneEnd {
				return e.commitEnd(false)
			}
			e.closeForm()
			return nil
		}
		return e.updateZone(k)
	}
	if e.list.Update(k) {
		return nil
	}
	km := e.keys.active(e.zone, e.list.Len() > 0, e.pf.name.showing())
	switch {
	case key.Matches(k, km.New):
		return e.openForm("")
	case key.Matches(k, km.Edit):
		return e.openForm(e.selectedID())
	case key.Matches(k, km.Remove):
		e.askRemove()
	case key.Matches(k, km.Present):
		return e.setAttendance(conference.AttendancePresent)
	case key.Matches(k, km.Excused):
		return e.setAttendance(conference.AttendanceExcused)
	case key.Matches(k, km.Absent):
		return e.setAttendance(conference.AttendanceAbsent)
	case key.Matches(k, km.Joined):
		return e.joined()
	case key.Matches(k, km.Left):
		return e.left()
	case key.Matches(k, km.Confidential):
		return e.toggleConfidential()
	case key.Matches(k, km.End):
		e.zone = zoneEnd
		e.end.SetTime(e.ctx.Conf.AgreedEnd)
		return e.endForm.Focus()
	}
	return nil
}

// updateZone gives a message to the focused form.
func (e *Editor) updateZone(msg tea.Msg) tea.Cmd {
	switch e.zone {
	case zoneForm:
		ev, cmd := e.pf.form.Update(msg)
		if ev.Changed == e.pf.name && e.editing == "" {
			e.pf.name.suggest()
		}
		if ev.Submitted {
			return tea.Batch(cmd, e.submit())
		}
		return cmd
	case zoneEnd:
		ev, cmd := e.endForm.Update(msg)
		if ev.Submitted {
			return tea.Batch(cmd, e.commitEnd(true))
		}
		return cmd
	}
	return nil
}

// click selects the participant row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) tea.Cmd {
	if e.zone != zoneList || e.confirm != nil {
		return nil
	}
	if i, ok := e.list.RowAt(msg.Mouse().Y - e.listTop()); ok {
		e.list.SetCursor(i)
	}
	return nil
}

func (e *Editor) selectedID() string {
	ps := e.ctx.Conf.Participants
	if len(ps) == 0 {
		return ""
	}
	return ps[min(e.list.Cursor(), len(ps)-1)].ID
}
