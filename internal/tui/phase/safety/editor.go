// Package safety is the editor of phase 5a, immediate safety, which the
// conference shows only after an acute result: the protective steps of the
// next hours (what, who acts, until when), who informs the family, and a
// note.
package safety

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
	zoneList   zone = iota // the steps: one-letter keys
	zoneStep               // adding or editing a step
	zoneFamily             // picking who informs the family
	zoneNote               // the note
)

// Editor edits the immediate safety.
type Editor struct {
	ctx     *phase.Context
	keys    KeyMap
	zone    zone
	list    *widget.List
	step    *stepForm
	editing string // step in the form; "" for a new one

	familyForm *widget.Form
	family     *widget.Pick
	noteForm   *widget.Form
	note       *widget.TextArea

	confirm *widget.Confirm
	listTop int // line of the first step row in the last View
}

// New returns the immediate-safety editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx}
	e.step = newStepForm(ctx)
	e.keys = defaultKeyMap(ctx.Msgs, e.step.form.KeyMap())
	e.list = widget.NewList(e.keys.List)
	e.list.SetLen(len(ctx.Conf.ImmediateSafety.Steps))
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.zone != zoneList || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.keys.active(e.zone, e.list.Len() > 0)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.list.SetLen(len(e.ctx.Conf.ImmediateSafety.Steps))
		if e.zone == zoneList && e.list.Len() == 0 {
			return e, e.openStep("")
		}
	case phase.LeaveMsg:
		return e, e.leave()
	case tea.MouseClickMsg:
		if e.zone == zoneList && e.confirm == nil {
			if i, ok := e.list.RowAt(msg.Mouse().Y - e.listTop); ok {
				e.list.SetCursor(i)
			}
		}
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		if e.zone != zoneList && e.confirm == nil {
			return e, e.updateForm(msg)
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answerRemove(k)
	}
	if e.zone != zoneList {
		if key.Matches(k, e.keys.Cancel) {
			return e.closeForm()
		}
		return e.updateForm(k)
	}
	if e.list.Update(k) {
		return nil
	}
	km := e.keys.active(e.zone, e.list.Len() > 0)
	switch {
	case key.Matches(k, km.New):
		return e.openStep("")
	case key.Matches(k, km.Edit):
		return e.openStep(e.selectedID())
	case key.Matches(k, km.Remove):
		e.askRemove()
	case key.Matches(k, km.Family):
		e.familyForm, e.family = newFamilyPick(e.ctx)
		e.zone = zoneFamily
		return e.familyForm.Focus()
	case key.Matches(k, km.Note):
		e.noteForm, e.note = newNoteArea(e.ctx)
		e.zone = zoneNote
		return e.noteForm.Focus()
	}
	return nil
}

func (e *Editor) form() *widget.Form {
	switch e.zone {
	case zoneStep:
		return e.step.form
	case zoneFamily:
		return e.familyForm
	case zoneNote:
		return e.noteForm
	}
	return nil
}

// updateForm gives a message to the open form. Who informs the family and
// the note are written as they change; a step when it is saved.
func (e *Editor) updateForm(msg tea.Msg) tea.Cmd {
	ev, cmd := e.form().Update(msg)
	cmds := []tea.Cmd{cmd}
	switch e.zone {
	case zoneFamily:
		if ev.Changed != nil {
			cmds = append(cmds, e.setFamily())
		}
	case zoneNote:
		if ev.Changed != nil {
			cmds = append(cmds, e.setNote(false))
		}
	}
	if ev.Submitted {
		if e.zone == zoneStep {
			cmds = append(cmds, e.submitStep())
		} else {
			cmds = append(cmds, e.closeForm())
		}
	}
	return tea.Batch(cmds...)
}

func (e *Editor) setFamily() tea.Cmd {
	s := &e.ctx.Conf.ImmediateSafety
	if s.InformsFamily == e.family.Value() {
		return nil
	}
	s.InformsFamily = e.family.Value()
	e.ctx.Record(conference.OpUpdate, "immediate_safety/informs_family", true)
	return nil
}

func (e *Editor) setNote(immediate bool) tea.Cmd {
	s := &e.ctx.Conf.ImmediateSafety
	if s.Note == e.note.Value() && !immediate {
		return nil
	}
	s.Note = e.note.Value()
	e.ctx.Record(conference.OpUpdate, "immediate_safety/note", immediate)
	return nil
}

// closeForm closes the open form; the note is committed at once.
func (e *Editor) closeForm() tea.Cmd {
	var cmd tea.Cmd
	if e.zone == zoneNote {
		cmd = e.setNote(true)
	}
	if f := e.form(); f != nil {
		f.Blur()
	}
	e.zone, e.editing = zoneList, ""
	return cmd
}

// leave commits what the open form holds when the phase is left; a step
// without its "what" stays open for the return.
func (e *Editor) leave() tea.Cmd {
	switch {
	case e.confirm != nil:
		return nil
	case e.zone == zoneStep:
		if e.step.what.Value() == "" {
			return nil
		}
		cmd := e.submitStep()
		return tea.Batch(cmd, e.closeForm())
	case e.zone != zoneList:
		return e.closeForm()
	}
	return nil
}

func (e *Editor) selectedID() string {
	steps := e.ctx.Conf.ImmediateSafety.Steps
	if len(steps) == 0 {
		return ""
	}
	return steps[min(e.list.Cursor(), len(steps)-1)].ID
}

func (e *Editor) stepByID(id string) *conference.SafetyStep {
	steps := e.ctx.Conf.ImmediateSafety.Steps
	for i := range steps {
		if steps[i].ID == id && id != "" {
			return &steps[i]
		}
	}
	return nil
}

// openStep opens the step form, empty for a new step (id "").
func (e *Editor) openStep(id string) tea.Cmd {
	e.step = newStepForm(e.ctx) // the participants may have changed
	if s := e.stepByID(id); s != nil {
		e.step.load(*s)
	}
	e.editing, e.zone = id, zoneStep
	return e.step.form.Focus()
}

// submitStep saves the step. A new one is added and the form stays open,
// empty, for the next; an edit closes the form.
func (e *Editor) submitStep() tea.Cmd {
	c := e.ctx.Conf
	s, ok := e.step.step()
	if !ok {
		return nil
	}
	if cur := e.stepByID(e.editing); cur != nil {
		s.ID = cur.ID
		*cur = s
		e.closeForm()
		e.ctx.Record(conference.OpUpdate, "immediate_safety/steps/"+s.ID, true)
		return nil
	}
	added := c.AddSafetyStep(s)
	e.list.SetLen(len(c.ImmediateSafety.Steps))
	e.list.SetCursor(len(c.ImmediateSafety.Steps) - 1)
	e.step.load(conference.SafetyStep{})
	e.ctx.Record(conference.OpAdd, "immediate_safety/steps/"+added.ID, true)
	return e.step.form.FocusInput(e.step.what)
}

func (e *Editor) askRemove() {
	s := e.stepByID(e.selectedID())
	if s == nil {
		return
	}
	tr := e.ctx.Msgs
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("safety.remove.title"), tr.T("safety.remove.body", s.What))
}

func (e *Editor) answerRemove(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		id := e.selectedID()
		if !e.ctx.Conf.Remove(id) {
			return nil
		}
		e.list.SetLen(len(e.ctx.Conf.ImmediateSafety.Steps))
		e.ctx.Record(conference.OpRemove, "immediate_safety/steps/"+id, true)
		return nil
	case widget.No:
		e.confirm = nil
	}
	return nil
}
