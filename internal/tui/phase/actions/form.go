package actions

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// actionForm edits one action: what, owner (a participant, type to
// filter), institution (the owner's, filled in by kofa and passed by the
// cursor), due date, how the result is reported back, and what happens if
// it is not done.
type actionForm struct {
	ctx         *phase.Context
	form        *widget.Form
	what        *widget.Field
	owner       *widget.Pick
	institution *widget.Field
	due         *widget.DateField
	report      *widget.Field
	ifNotDone   *widget.TextArea
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
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.what},
		widget.Row{Input: f.owner},
		widget.Row{Input: f.institution},
		widget.Row{Input: f.due},
		widget.Row{Input: f.report},
		widget.Row{Input: f.ifNotDone},
	)
	f.form.SetSubmitHelp(tr.T("actions.key.save"))
	f.form.OnChange = f.ownerChosen
	return f
}

// ownerChosen fills the institution with the owner's, unless someone typed
// a different one; kofa filled it, so the cursor passes it.
func (f *actionForm) ownerChosen(in widget.Input) {
	if in != widget.Input(f.owner) {
		return
	}
	inst := defaultInstitution(f.ctx.Conf, f.owner.Value())
	if cur := f.institution.Value(); cur == "" || cur == f.ownerInst {
		f.institution.SetValue(inst)
		if inst != "" {
			f.form.MarkPrefilled(f.institution)
		}
	}
	f.ownerInst = inst
}

// Form implements listform.ItemForm.
func (f *actionForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: the participants as they are now.
func (f *actionForm) Refresh() { f.owner.SetOptions(ownerOptions(f.ctx)) }

// Load implements listform.ItemForm: the action, or an empty form.
func (f *actionForm) Load(a *conference.Action) {
	if a == nil {
		a = &conference.Action{}
	}
	f.what.SetValue(a.What)
	f.what.SetError("")
	f.owner.SetValue(a.OwnerID)
	f.institution.SetValue(a.Institution)
	f.ownerInst = defaultInstitution(f.ctx.Conf, a.OwnerID)
	f.due.SetDate(a.Due)
	f.report.SetValue(a.ReportBack)
	f.ifNotDone.SetValue(a.IfNotDone)
}

// Entry implements listform.ItemForm: an action says what is to be done,
// and a due date is a date. Everything else may follow: the table says
// in words what is still missing.
func (f *actionForm) Entry() (conference.Action, *listform.Problem) {
	tr := f.ctx.Msgs
	due, ok := f.due.Date()
	if !ok {
		return conference.Action{}, &listform.Problem{Input: f.due, Text: f.due.Reason()}
	}
	a := conference.Action{
		What: f.what.Value(), OwnerID: f.owner.Value(), Institution: f.institution.Value(),
		Due: due, ReportBack: f.report.Value(), IfNotDone: strings.TrimSpace(f.ifNotDone.Value()),
	}
	if a.What == "" {
		return a, &listform.Problem{Input: f.what, Text: tr.T("actions.what_missing")}
	}
	f.what.SetError("")
	return a, nil
}

// Add implements listform.ItemForm.
func (f *actionForm) Add(a conference.Action) string { return f.ctx.Conf.AddAction(a).ID }

// Apply implements listform.ItemForm: one field of the stored action
// id. A due date that is no date leaves the stored one.
func (f *actionForm) Apply(id string, in widget.Input) (string, bool) {
	a := f.ctx.Conf.Action(id)
	if a == nil {
		return "", false
	}
	switch in {
	case f.what:
		if f.what.Value() == "" {
			f.what.SetError(f.ctx.Msgs.T("actions.what_missing"))
			return "", false
		}
		f.what.SetError("")
		a.What = f.what.Value()
		return "what", true
	case f.owner:
		a.OwnerID, a.Institution = f.owner.Value(), f.institution.Value()
		return "owner_id", true
	case f.institution:
		a.Institution = f.institution.Value()
		return "institution", true
	case f.due:
		d, ok := f.due.Date()
		if !ok {
			return "", false
		}
		a.Due = d
		return "due", true
	case f.report:
		a.ReportBack = f.report.Value()
		return "report_back", true
	case f.ifNotDone:
		a.IfNotDone = strings.TrimSpace(f.ifNotDone.Value())
		return "if_not_done", true
	}
	return "", false
}
