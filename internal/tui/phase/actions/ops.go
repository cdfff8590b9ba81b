package actions

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// openForm opens the form, empty for a new action or filled with the
// action id. The owner list is rebuilt: participants may have changed.
func (e *Editor) openForm(id string) tea.Cmd {
	e.af = newActionForm(e.ctx)
	e.editing, e.dueWarned, e.dueSaved = "", false, conference.Date{}
	if a := e.ctx.Conf.Action(id); a != nil {
		e.editing, e.dueSaved = id, a.Due
		e.af.load(*a)
	}
	e.zone = zoneForm
	return e.af.form.Focus()
}

// applyEvent writes what the form reports into the action: changes while
// typing (debounced; a pick counts as immediate) and the field just left
// (immediate).
func (e *Editor) applyEvent(ev widget.FormEvent) tea.Cmd {
	var cmds []tea.Cmd
	if ev.Changed != nil {
		_, discrete := ev.Changed.(*widget.Pick)
		cmds = append(cmds, e.applyInput(ev.Changed, discrete))
	}
	if ev.Left != nil {
		cmds = append(cmds, e.applyInput(ev.Left, true))
	}
	return tea.Batch(cmds...)
}

// applyInput writes one input into the action in the form, creating the
// action on the first input that gives a new one content.
func (e *Editor) applyInput(in widget.Input, immediate bool) tea.Cmd {
	c := e.ctx.Conf
	if e.editing == "" {
		if e.af.empty() {
			return nil
		}
		a := c.AddAction(conference.Action{})
		e.af.applyAll(c, a)
		e.editing = a.ID
		e.list.SetLen(len(c.Actions))
		e.list.SetCursor(len(c.Actions) - 1)
		e.ctx.Record(conference.OpAdd, "actions/"+a.ID, true)
		return nil
	}
	a := c.Action(e.editing)
	if a == nil {
		return nil
	}
	e.af.apply(c, a, in)
	if in == widget.Input(e.af.due) && immediate {
		if d, ok := e.af.due.Date(); ok {
			e.dueSaved = d
		} else {
			a.Due = e.dueSaved
		}
	}
	e.ctx.Record(conference.OpUpdate, "actions/"+a.ID+"/"+e.af.fields[in], immediate)
	return nil
}

// commitFocused commits the field being typed in at once (the phase is
// left); the form stays open for when the facilitator comes back.
func (e *Editor) commitFocused() tea.Cmd {
	switch e.zone {
	case zoneForm:
		if in := e.af.form.Current(); in != nil {
			return e.applyInput(in, true)
		}
	case zonePlan:
		return e.applyPlan(true)
	}
	return nil
}

// closeZone leaves the form or the plan, committing the field that had
// focus. A due date that is no date keeps the form open once, with the
// reason under the field and the text as typed; leaving again drops the
// text and keeps the stored date.
func (e *Editor) closeZone() tea.Cmd {
	switch e.zone {
	case zonePlan:
		e.planForm.Blur()
		e.zone = zoneList
		return e.applyPlan(true)
	case zoneForm:
		var cmd tea.Cmd
		if in := e.af.form.Blur(); in != nil {
			cmd = e.applyInput(in, true)
		}
		if e.af.dueInvalid() && !e.dueWarned {
			e.dueWarned = true
			return tea.Batch(cmd, e.af.form.FocusInput(e.af.due))
		}
		e.zone = zoneList
		id := e.editing
		e.editing = ""
		return tea.Batch(cmd, e.recheckAgreed(id))
	}
	return nil
}

// recheckAgreed takes back the agreement of an action that an edit left
// incomplete: it is no longer binding, and the table must not say it is.
func (e *Editor) recheckAgreed(id string) tea.Cmd {
	c := e.ctx.Conf
	a := c.Action(id)
	if a == nil || !a.Agreed {
		return nil
	}
	probs := c.Agree(id, e.ctx.Now()) // agreed already: only checks
	if len(probs) == 0 {
		return nil
	}
	c.Withdraw(id)
	e.notice = append([]string{e.ctx.Msgs.T("actions.unagreed", e.number(id))}, e.problemTexts(probs)...)
	e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
	return nil
}

// applyPlan stores the contingency plan as typed.
func (e *Editor) applyPlan(immediate bool) tea.Cmd {
	c := e.ctx.Conf
	v := trimText(e.plan.Value())
	if v == c.ContingencyPlan && !immediate {
		return nil
	}
	c.ContingencyPlan = v
	e.ctx.Record(conference.OpUpdate, "contingency_plan", immediate)
	return nil
}

// toggleAgreed records the owner's yes to the selected action, time-stamped
// (the same yes the read-back of the closing asks for), or takes a mistaken
// mark back. An action that is not binding yet is refused with what it
// lacks, in the words of the validation messages.
func (e *Editor) toggleAgreed() tea.Cmd {
	c := e.ctx.Conf
	id := e.selectedID()
	a := c.Action(id)
	if a == nil {
		return nil
	}
	n := e.number(id)
	if a.Agreed {
		c.Withdraw(id)
		e.notice = []string{e.ctx.Msgs.T("actions.withdrawn", n)}
		e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
		return nil
	}
	if probs := c.Agree(id, e.ctx.Now()); len(probs) > 0 {
		e.notice = append([]string{e.ctx.Msgs.T("actions.refused", n)}, e.problemTexts(probs)...)
		return nil
	}
	e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
	return nil
}

// problemTexts translates validation problems into their messages.
func (e *Editor) problemTexts(probs []conference.Problem) []string {
	out := make([]string, 0, len(probs))
	for _, p := range probs {
		out = append(out, e.ctx.Msgs.T(p.Key))
	}
	return out
}

func (e *Editor) askRemove() {
	a := e.ctx.Conf.Action(e.selectedID())
	if a == nil {
		return
	}
	tr := e.ctx.Msgs
	e.removing = a.ID
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("actions.remove.title"),
		tr.T("actions.remove.body", e.number(a.ID), a.What))
}

func (e *Editor) answerRemove(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		id := e.removing
		e.removing = ""
		if !e.ctx.Conf.Remove(id) {
			return nil
		}
		e.list.SetLen(len(e.ctx.Conf.Actions))
		e.ctx.Record(conference.OpRemove, "actions/"+id, true)
		return nil
	case widget.No:
		e.confirm, e.removing = nil, ""
	}
	return nil
}
