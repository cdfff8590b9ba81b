// Package actions is the editor of phase 6, agreed actions: a table of
// what, who, by when, how the result is reported back and whether it was
// agreed, a form to add or edit an action, one key to mark it agreed (kofa
// says in words what is missing when it cannot be), and the contingency
// plan a latent or acute risk requires.
package actions

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
	zoneList zone = iota // the table: one-letter keys
	zoneForm             // adding or editing an action
	zonePlan             // the contingency plan
)

// Editor edits the agreed actions.
type Editor struct {
	ctx  *phase.Context
	zone zone
	list *widget.List
	af   *actionForm
	// editing is the ID of the action in the form; "" while a new action
	// has no content yet (it is created by the first keystroke that gives
	// it some, so nothing typed is ever held only in the form).
	editing string
	// dueWarned: the form was about to close with a due date that is no
	// date; it stayed open once to show why.
	dueWarned bool
	// dueSaved is the due date as it was when the due field was last left
	// valid (or the form opened). The date field reports every valid
	// prefix while typing ("1.1" on the way to "1.13."), so text left
	// invalid restores this instead of keeping a prefix nobody meant.
	dueSaved conference.Date
	planForm *widget.Form
	plan     *widget.TextArea
	confirm  *widget.Confirm
	removing string
	// notice holds lines shown under the table until the next key.
	notice []string
	keys   KeyMap
	// selLine and extraLines locate the selected row and the lines under
	// it in the last View (selLine -1: not shown), for mouse clicks.
	selLine, extraLines int
	memo                viewMemos
	problems            problemMemo
}

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	header widget.Memo[headerKey, string]
	rows   widget.Rows[rowKey, string]
}

// New returns the agreed-actions editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx}
	e.af = newActionForm(ctx)
	e.plan = widget.NewTextArea(ctx.Msgs, ctx.Styles, ctx.Msgs.T("actions.plan.label"))
	e.plan.SetRows(4)
	e.plan.SetPlaceholder(ctx.Msgs.T("actions.plan.hint"))
	e.planForm = widget.NewForm(ctx.Msgs, ctx.Styles, widget.Row{Input: e.plan})
	e.planForm.SetSubmitHelp(ctx.Msgs.T("actions.key.done"))
	e.keys = defaultKeyMap(ctx.Msgs, e.af.form.KeyMap(), e.af.owner.KeyMap())
	e.list = widget.NewList(e.keys.List)
	e.list.SetLen(len(ctx.Conf.Actions))
	return e
}

// Typing implements phase.Editor: true while a field (or the delete
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool { return e.zone != zoneList || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	ownerFocused := e.zone == zoneForm && e.af.form.Current() == widget.Input(e.af.owner)
	return e.keys.active(e.zone, e.list.Len() > 0, ownerFocused)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.list.SetLen(len(e.ctx.Conf.Actions))
		if e.zone == zoneForm && e.editing != "" && e.ctx.Conf.Action(e.editing) == nil {
			e.af.form.Blur()
			e.zone, e.editing = zoneList, ""
		}
	case phase.LeaveMsg:
		return e, e.commitFocused()
	case tea.MouseClickMsg:
		e.click(msg)
	case tea.KeyPressMsg:
		e.notice = nil
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
		if key.Matches(k, e.keys.Cancel) {
			return e.closeZone()
		}
		return e.updateZone(k)
	}
	if e.list.Update(k) {
		return nil
	}
	km := e.keys.active(e.zone, e.list.Len() > 0, false)
	switch {
	case key.Matches(k, km.New):
		return e.openForm("")
	case key.Matches(k, km.Edit):
		return e.openForm(e.selectedID())
	case key.Matches(k, km.Agree):
		return e.toggleAgreed()
	case key.Matches(k, km.Remove):
		e.askRemove()
	case key.Matches(k, km.Plan):
		e.zone = zonePlan
		e.plan.SetValue(e.ctx.Conf.ContingencyPlan)
		return e.planForm.Focus()
	}
	return nil
}

// updateZone gives a message to the focused form.
func (e *Editor) updateZone(msg tea.Msg) tea.Cmd {
	switch e.zone {
	case zoneForm:
		ev, cmd := e.af.form.Update(msg)
		cmds := []tea.Cmd{cmd, e.applyEvent(ev)}
		if ev.Submitted {
			cmds = append(cmds, e.closeZone())
		}
		return tea.Batch(cmds...)
	case zonePlan:
		ev, cmd := e.planForm.Update(msg)
		cmds := []tea.Cmd{cmd}
		if ev.Changed != nil {
			cmds = append(cmds, e.applyPlan(false))
		}
		if ev.Submitted {
			cmds = append(cmds, e.closeZone())
		}
		return tea.Batch(cmds...)
	}
	return nil
}

// click selects the action row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.zone != zoneList || e.confirm != nil {
		return
	}
	y := msg.Mouse().Y - tableTop
	if e.selLine >= 0 && y > e.selLine {
		y = max(e.selLine, y-e.extraLines) // the lines under the selected row belong to it
	}
	if i, ok := e.list.RowAt(y); ok {
		e.list.SetCursor(i)
	}
}

func (e *Editor) selectedID() string {
	as := e.ctx.Conf.Actions
	if len(as) == 0 {
		return ""
	}
	return as[min(e.list.Cursor(), len(as)-1)].ID
}

// number is the 1-based position of an action in the table.
func (e *Editor) number(id string) int {
	for i, a := range e.ctx.Conf.Actions {
		if a.ID == id {
			return i + 1
		}
	}
	return 0
}
