package actions

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// actionForm edits one action: what, owner (a participant, type to
// filter), institution (the owner's, filled in by kofa and passed by the
// cursor), due date, how the result is reported back, and what happens if
// it is not done, which carer not yet informed it informs of the result,
// and which weighty worries it answers.
type actionForm struct {
	*listform.Fields[conference.Action]
	ctx         *phase.Context
	form        *widget.Form
	what        *widget.Field
	owner       *widget.Pick
	institution *widget.Field
	due         *widget.DateField
	report      *widget.Field
	ifNotDone   *widget.TextArea
	answers     *widget.Pick
	informs     *widget.Pick
	// ownerInst is the institution the chosen owner brought, so that a new
	// owner replaces it and keeps one typed by hand.
	ownerInst string
}

func newActionForm(ctx *phase.Context) *actionForm {
	tr, st := ctx.Msgs, ctx.Styles
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := &actionForm{ctx: ctx}
	f.what = widget.NewField(tr, st, tr.T("actions.form.what"))
	f.owner = widget.NewPick(tr, st, tr.T("actions.form.owner"), nil)
	f.owner.SetRows(4)
	f.institution = widget.NewField(tr, st, tr.T("actions.form.institution"))
	f.due = widget.NewDateField(tr, st, tr.T("actions.form.due"), today)
	f.due.SetPlaceholder(tr.T("actions.form.due.hint"))
	f.report = widget.NewField(tr, st, tr.T("actions.form.report"))
	f.report.SetPlaceholder(tr.T("actions.form.report.hint"))
	f.ifNotDone = widget.NewTextArea(tr, st, tr.T("actions.form.if_not_done"))
	f.ifNotDone.SetRows(2)
	f.answers = newAnswersPick(ctx)
	f.informs = widget.NewPick(tr, st, tr.T("filing.tui.informs"), nil)
	f.informs.SetRows(3)
	c := ctx.Conf
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.what},
		widget.Row{Input: f.owner},
		widget.Row{Input: f.institution},
		widget.Row{Input: f.due},
		widget.Row{Input: f.report},
		widget.Row{Input: f.ifNotDone},
		widget.Row{Input: f.informs, Visible: func() bool { return informsAsked(c) }},
		widget.Row{Input: f.answers, Visible: func() bool { return hasWorriesToAnswer(c) }},
	)
	f.form.SetSubmitHelp(tr.T("actions.key.save"))
	f.form.OnChange = f.ownerChosen
	f.Fields = listform.NewFields(f.form, c.Action, func(a conference.Action) string { return linkAnswers(ctx, f.answers, c.AddAction(a).ID) },
		listform.Required(f.what, "what", func(a *conference.Action) *string { return &a.What }, tr.T("actions.what_missing")),
		listform.Field[conference.Action]{
			Input: f.owner, Name: "owner_id",
			Load: func(a *conference.Action) {
				f.owner.SetValue(a.OwnerID)
				f.ownerInst = c.OwnerInstitution(a.OwnerID)
			},
			// The owner brings the institution (ownerChosen filled it).
			Store: func(a *conference.Action) *listform.Problem {
				a.OwnerID, a.Institution = f.owner.Value(), f.institution.Value()
				return nil
			},
		},
		listform.Text(f.institution, "institution", func(a *conference.Action) *string { return &a.Institution }),
		listform.Date(f.due, "due", func(a *conference.Action) *conference.Date { return &a.Due }),
		listform.Text(f.report, "report_back", func(a *conference.Action) *string { return &a.ReportBack }),
		listform.Area(f.ifNotDone, "if_not_done", func(a *conference.Action) *string { return &a.IfNotDone }, ""),
		listform.Choice(f.informs, "informs", func(a *conference.Action) *string { return &a.Informs }, ""),
		answersField(ctx, f.answers, func(a *conference.Action) string { return a.ID }),
	)
	return f
}

// ownerChosen fills the institution with the owner's, unless someone typed
// a different one; kofa filled it, so the cursor passes it.
func (f *actionForm) ownerChosen(in widget.Input) {
	if in != widget.Input(f.owner) {
		return
	}
	inst := f.ctx.Conf.OwnerInstitution(f.owner.Value())
	if cur := f.institution.Value(); cur == "" || cur == f.ownerInst {
		f.institution.SetValue(inst)
		if inst != "" {
			f.form.MarkPrefilled(f.institution)
		}
	}
	f.ownerInst = inst
}

// Refresh implements listform.Refresher: the participants as they are now.
// and the worries that need an answer.
func (f *actionForm) Refresh() {
	f.owner.SetOptions(ownerOptions(f.ctx))
	f.answers.SetOptions(worryOptions(f.ctx))
	f.informs.SetOptions(carerOptions(f.ctx))
}
