// Package review is the editor of phase 1a of a follow-up conference: the
// review of the actions the previous conference agreed and left open. Each
// gets a status with one key (done, partly, not done, obsolete) and a note;
// an action not done can be carried forward as a new action of this
// conference with a new due date, linked to its origin.
package review

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
	zoneList  zone = iota // the reviews: one-letter keys
	zoneNote              // typing the note of the selected review
	zoneCarry             // typing the new due date of a carried action
)

// Editor edits the review.
type Editor struct {
	ctx  *phase.Context
	keys KeyMap
	list *widget.List
	zone zone
	note *widget.Field
	due  *widget.DateField

	// pane is the list shown (panes.go); respList and prevList are the
	// lists of the copied responsibilities and of what was known.
	pane               pane
	respList, prevList *widget.List
	notice             string
}

// New returns the review editor.
func New(ctx *phase.Context) phase.Editor {
	tr := ctx.Msgs
	e := &Editor{ctx: ctx, keys: defaultKeyMap(tr)}
	e.list = widget.NewList(e.keys.List)
	e.list.SetLen(len(ctx.Conf.Reviews))
	e.respList = widget.NewList(e.keys.List)
	e.prevList = widget.NewList(e.keys.List)
	e.note = widget.NewField(tr, ctx.Styles, tr.T("review.note"))
	e.note.SetPlaceholder(tr.T("review.note.hint"))
	e.due = widget.NewDateField(tr, ctx.Styles, tr.T("review.carry.due"), e.today)
	e.due.SetPlaceholder(tr.T("review.carry.due.hint"))
	return e
}

func (e *Editor) today() conference.Date { return conference.DateOf(e.ctx.Now()) }

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.zone != zoneList }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap { return e.activeKeys() }

func (e *Editor) activeKeys() KeyMap {
	r := e.selected()
	k := e.keys.active(e.zone, e.pane == paneActions && r != nil, r != nil && conference.CanCarry(r.Status))
	return k.activePane(e.zone, e.pane, len(e.respRows()) > 0, e.takeable())
}

// takeable reports whether the selected item of the previous conference
// can be taken over (not the result, not taken yet).
func (e *Editor) takeable() bool {
	items := e.prevItems()
	if e.pane != panePrevious || len(items) == 0 {
		return false
	}
	it := items[min(e.prevList.Cursor(), len(items)-1)]
	return it.list != "" && !e.ctx.Conf.Taken(it.list, it.id)
}

// selected returns the selected review, or nil.
func (e *Editor) selected() *conference.ActionReview {
	rs := e.ctx.Conf.Reviews
	if len(rs) == 0 {
		return nil
	}
	return &rs[min(e.list.Cursor(), len(rs)-1)]
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.list.SetLen(len(e.ctx.Conf.Reviews))
	case phase.LeaveMsg:
		return e, e.leaveField(false)
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		return e, e.typeInto(msg)
	case tea.MouseClickMsg:
		if e.zone == zoneList {
			if i, ok := e.list.RowAt(msg.Mouse().Y - e.listTop()); ok {
				e.list.SetCursor(i)
			}
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	km := e.activeKeys()
	if e.zone != zoneList {
		switch {
		case key.Matches(k, km.Cancel):
			return e.leaveField(false)
		case key.Matches(k, km.Save):
			return e.leaveField(true)
		}
		return e.typeInto(k)
	}
	e.notice = ""
	switch {
	case key.Matches(k, km.NextPane):
		e.pane = (e.pane + 1) % panes
		return nil
	case key.Matches(k, km.PrevPane):
		e.pane = (e.pane + panes - 1) % panes
		return nil
	case e.pane == paneResp:
		switch {
		case e.respList.Update(k):
		case key.Matches(k, km.Confirm):
			e.confirmResp()
		case key.Matches(k, km.Drop):
			e.dropResp()
		}
		return nil
	case e.pane == panePrevious:
		switch {
		case e.prevList.Update(k):
		case key.Matches(k, km.TakeOver):
			e.takeOver()
		}
		return nil
	}
	if e.list.Update(k) {
		return nil
	}
	switch {
	case key.Matches(k, km.Done):
		return e.setStatus(conference.FollowUpDone)
	case key.Matches(k, km.Partly):
		return e.setStatus(conference.FollowUpPartly)
	case key.Matches(k, km.NotDone):
		return e.setStatus(conference.FollowUpNotDone)
	case key.Matches(k, km.Obsolete):
		return e.setStatus(conference.FollowUpObsolete)
	case key.Matches(k, km.Note):
		r := e.selected()
		e.note.SetValue(r.Note)
		e.zone = zoneNote
		return e.note.Focus()
	case key.Matches(k, km.Carry):
		return e.openCarry()
	}
	return nil
}

// setStatus records the selected review's status.
func (e *Editor) setStatus(status string) tea.Cmd {
	r := e.selected()
	if r == nil || r.Status == status {
		return nil
	}
	e.ctx.Conf.SetReview(r.ActionID, status, r.Note)
	e.ctx.Record(conference.OpUpdate, "reviews/"+r.ActionID+"/status", true)
	return nil
}

// typeInto gives a key or paste to the open field. The note is stored as
// it is typed (the workspace debounces the save), so nothing typed is lost.
func (e *Editor) typeInto(msg tea.Msg) tea.Cmd {
	switch e.zone {
	case zoneNote:
		cmd, changed := e.note.Update(msg)
		if !changed {
			return cmd
		}
		r := e.selected()
		e.ctx.Conf.SetReview(r.ActionID, r.Status, e.note.Value())
		e.ctx.Record(conference.OpUpdate, "reviews/"+r.ActionID+"/note", false)
		return cmd
	case zoneCarry:
		cmd, _ := e.due.Update(msg)
		return cmd
	}
	return nil
}

// openCarry asks for the new due date, showing the current one when the
// action was carried already.
func (e *Editor) openCarry() tea.Cmd {
	r := e.selected()
	if r == nil {
		return nil
	}
	e.due.SetValue("")
	e.due.SetError("")
	if a := e.ctx.Conf.Action(r.CarriedTo); a != nil && !a.Due.IsZero() {
		e.due.SetDate(a.Due)
	}
	e.zone = zoneCarry
	return e.due.Focus()
}

// leaveField closes the open field. The note is committed either way (it
// was stored while typing); the carry date only on save, and only when it
// is a date: otherwise the field stays open and says why.
func (e *Editor) leaveField(save bool) tea.Cmd {
	switch e.zone {
	case zoneNote:
		e.note.Blur()
		e.zone = zoneList
		if r := e.selected(); r != nil {
			e.ctx.Record(conference.OpUpdate, "reviews/"+r.ActionID+"/note", true)
			return nil
		}
	case zoneCarry:
		if !save {
			e.due.Blur()
			e.due.SetError("")
			e.zone = zoneList
			return nil
		}
		return e.carry()
	}
	return nil
}

// carry carries the selected action forward with the date typed.
func (e *Editor) carry() tea.Cmd {
	e.due.Blur() // shows why the text is no date, if it is not
	day, ok := e.due.Date()
	if ok && day.IsZero() {
		e.due.SetError(e.ctx.Msgs.T("review.carry.due_missing"))
		ok = false
	}
	if !ok {
		return e.due.Focus()
	}
	r := e.selected()
	e.zone = zoneList
	if r == nil {
		return nil
	}
	again := r.CarriedTo != "" && e.ctx.Conf.Action(r.CarriedTo) != nil
	a := e.ctx.Conf.CarryForward(r.ActionID, day)
	if a == nil {
		return nil
	}
	e.ctx.Record(conference.OpUpdate, "reviews/"+r.ActionID+"/status", true)
	if again {
		e.ctx.Record(conference.OpUpdate, "actions/"+a.ID+"/due", true)
	} else {
		e.ctx.Record(conference.OpAdd, "actions/"+a.ID, true)
	}
	return nil
}
