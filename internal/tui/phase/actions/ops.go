package actions

import (
	"kofa/internal/conference"
)

// recheckAgreed takes back the agreement of an action that an edit left
// incomplete: it is no longer binding, and the table must not say it is.
func (e *Editor) recheckAgreed(id string) {
	c := e.ctx.Conf
	a := c.Action(id)
	if a == nil || !a.Agreed {
		return
	}
	probs := c.Agree(id, e.ctx.Now()) // agreed already: only checks
	if len(probs) == 0 {
		return
	}
	c.Withdraw(id)
	e.notice = append([]string{e.ctx.Msgs.T("actions.unagreed", e.number(id))}, e.problemTexts(probs)...)
	e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
}

// toggleAgreed records the owner's yes to the selected action, time-stamped
// (the same yes the read-back of the closing asks for), or takes a mistaken
// mark back. An action that is not binding yet is refused with what it
// lacks, in the words of the validation messages.
func (e *Editor) toggleAgreed() {
	c := e.ctx.Conf
	id := e.selectedID()
	a := c.Action(id)
	if a == nil {
		return
	}
	n := e.number(id)
	if a.Agreed {
		c.Withdraw(id)
		e.notice = []string{e.ctx.Msgs.T("actions.withdrawn", n)}
		e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
		return
	}
	if probs := c.Agree(id, e.ctx.Now()); len(probs) > 0 {
		e.notice = append([]string{e.ctx.Msgs.T("actions.refused", n)}, e.problemTexts(probs)...)
		return
	}
	e.ctx.Record(conference.OpUpdate, "actions/"+id+"/agreed", true)
}

// problemTexts translates validation problems into their messages.
func (e *Editor) problemTexts(probs []conference.Problem) []string {
	out := make([]string, 0, len(probs))
	for _, p := range probs {
		out = append(out, e.ctx.Msgs.T(p.Key))
	}
	return out
}
