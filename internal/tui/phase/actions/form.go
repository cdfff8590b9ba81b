package actions

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// actionForm edits one action: what, owner (a participant, type to
// filter), institution, due date, how the result is reported back, and
// what happens if it is not done. It is rebuilt each time it opens, so the
// owner list always holds the participants as they are now.
type actionForm struct {
	form        *widget.Form
	what        *widget.Field
	owner       *widget.Pick
	institution *widget.Field
	due         *widget.DateField
	report      *widget.Field
	ifNotDone   *widget.TextArea
	// fields maps each input to the field name used in change paths.
	fields map[widget.Input]string
}

func newActionForm(ctx *phase.Context) *actionForm {
	tr, st := ctx.Msgs, ctx.Styles
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := &actionForm{}
	f.what = widget.NewField(tr, st, tr.T("actions.form.what"))
	f.owner = widget.NewPick(tr, st, tr.T("actions.form.owner"), ownerOptions(ctx))
	f.owner.SetRows(4)
	f.institution = widget.NewField(tr, st, tr.T("actions.form.institution"))
	f.due = widget.NewDateField(tr, st, tr.T("actions.form.due"), today)
	f.due.SetPlaceholder(tr.T("actions.form.due.hint"))
	f.report = widget.NewField(tr, st, tr.T("actions.form.report"))
	f.report.SetPlaceholder(tr.T("actions.form.report.hint"))
	f.ifNotDone = widget.NewTextArea(tr, st, tr.T("actions.form.if_not_done"))
	f.ifNotDone.SetRows(2)
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.what},
		widget.Row{Input: f.owner},
		widget.Row{Input: f.institution},
		widget.Row{Input: f.due},
		widget.Row{Input: f.report},
		widget.Row{Input: f.ifNotDone},
	)
	f.form.SetSubmitHelp(tr.T("actions.key.done"))
	f.fields = map[widget.Input]string{
		f.what: "what", f.owner: "owner_id", f.institution: "institution",
		f.due: "due", f.report: "report_back", f.ifNotDone: "if_not_done",
	}
	return f
}

// load fills the form from a (the zero action for a new one).
func (f *actionForm) load(a conference.Action) {
	f.what.SetValue(a.What)
	f.owner.SetValue(a.OwnerID)
	f.institution.SetValue(a.Institution)
	f.due.SetDate(a.Due)
	f.report.SetValue(a.ReportBack)
	f.ifNotDone.SetValue(a.IfNotDone)
}

// empty reports whether nothing worth keeping was entered.
func (f *actionForm) empty() bool {
	d, _ := f.due.Date()
	return f.what.Value() == "" && f.owner.Value() == "" && f.institution.Value() == "" &&
		d.IsZero() && f.report.Value() == "" && strings.TrimSpace(f.ifNotDone.Value()) == ""
}

// dueInvalid reports whether the due field holds text that is no date.
func (f *actionForm) dueInvalid() bool {
	_, ok := f.due.Date()
	return !ok
}

// apply writes one input's value into a. A due date that is not (yet) a
// valid date leaves the stored one as it was. Picking an owner sets the
// institution to the owner's, unless someone typed a different one.
func (f *actionForm) apply(c *conference.Conference, a *conference.Action, in widget.Input) {
	switch in {
	case f.what:
		a.What = f.what.Value()
	case f.owner:
		before := defaultInstitution(c, a.OwnerID)
		a.OwnerID = f.owner.Value()
		if inst := f.institution.Value(); inst == "" || inst == before {
			f.institution.SetValue(defaultInstitution(c, a.OwnerID))
		}
		a.Institution = f.institution.Value()
	case f.institution:
		a.Institution = f.institution.Value()
	case f.due:
		if d, ok := f.due.Date(); ok {
			a.Due = d
		}
	case f.report:
		a.ReportBack = f.report.Value()
	case f.ifNotDone:
		a.IfNotDone = strings.TrimSpace(f.ifNotDone.Value())
	}
}

// applyAll writes every input into a (a new action's first save).
func (f *actionForm) applyAll(c *conference.Conference, a *conference.Action) {
	for _, in := range []widget.Input{f.what, f.owner, f.institution, f.due, f.report, f.ifNotDone} {
		f.apply(c, a, in)
	}
}
