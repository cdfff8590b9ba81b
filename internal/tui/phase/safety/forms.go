package safety

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// participantOptions offers the participants: those present first, since
// the steps of the next hours fall to the people at the table.
func participantOptions(ctx *phase.Context) []widget.Option {
	var present, others []widget.Option
	for _, p := range ctx.Conf.Participants {
		o := widget.Option{Code: p.ID, Label: p.Name, Hint: institutionOf(ctx, p)}
		if p.Present() {
			present = append(present, o)
		} else {
			others = append(others, o)
		}
	}
	return append(present, others...)
}

// institutionOf names a participant's institution as the lists show it.
func institutionOf(ctx *phase.Context, p conference.Participant) string {
	if p.Institution != "" {
		return p.Institution
	}
	if p.InstitutionType != "" {
		return catalogue.Label(ctx.Catalogue.Institutions, p.InstitutionType, string(ctx.Lang))
	}
	return ""
}

// stepForm adds or edits one immediate protective step: what, who acts
// (a participant) and until when.
type stepForm struct {
	ctx   *phase.Context
	form  *widget.Form
	what  *widget.Field
	who   *widget.Pick
	until *widget.Field
}

func newStepForm(ctx *phase.Context) *stepForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &stepForm{ctx: ctx}
	f.what = widget.NewField(tr, st, tr.T("safety.field.what"))
	f.what.SetPlaceholder(tr.T("safety.field.what.hint"))
	f.who = widget.NewPick(tr, st, tr.T("safety.field.who"), participantOptions(ctx))
	f.who.SetRows(4)
	f.until = widget.NewField(tr, st, tr.T("safety.field.until"))
	f.until.SetLimit(60)
	f.until.SetPlaceholder(tr.T("safety.field.until.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.what}, widget.Row{Input: f.who}, widget.Row{Input: f.until})
	f.form.SetSubmitHelp(tr.T("safety.key.save"))
	return f
}

func (f *stepForm) load(s conference.SafetyStep) {
	f.what.SetValue(s.What)
	f.what.SetError("")
	f.who.SetValue(s.Who)
	f.until.SetValue(s.Until)
}

// step returns the step in the form; false (with the reason at the field)
// when it says nothing about what happens. A time of day as people type
// it ("16.30", "9") is stored as HH:MM; anything else ("heute Abend")
// as typed.
func (f *stepForm) step() (conference.SafetyStep, bool) {
	s := conference.SafetyStep{What: f.what.Value(), Who: f.who.Value(), Until: f.until.Value()}
	if s.What == "" {
		f.what.SetError(f.ctx.Msgs.T("safety.what_missing"))
		f.form.FocusInput(f.what)
		return s, false
	}
	f.what.SetError("")
	if t, ok := widget.ParseClock(s.Until); ok {
		s.Until = t
	}
	return s, true
}

// newFamilyPick returns a one-row form to pick who informs the family.
func newFamilyPick(ctx *phase.Context) (*widget.Form, *widget.Pick) {
	tr := ctx.Msgs
	p := widget.NewPick(tr, ctx.Styles, tr.T("safety.field.informs"), participantOptions(ctx))
	p.SetRows(5)
	p.SetValue(ctx.Conf.ImmediateSafety.InformsFamily)
	f := widget.NewForm(tr, ctx.Styles, widget.Row{Input: p})
	f.SubmitOnEnter = true
	f.SetSubmitHelp(tr.T("safety.key.done"))
	return f, p
}

// newNoteArea returns a one-row form for the note.
func newNoteArea(ctx *phase.Context) (*widget.Form, *widget.TextArea) {
	tr := ctx.Msgs
	a := widget.NewTextArea(tr, ctx.Styles, tr.T("safety.field.note"))
	a.SetRows(4)
	a.SetValue(ctx.Conf.ImmediateSafety.Note)
	f := widget.NewForm(tr, ctx.Styles, widget.Row{Input: a})
	f.SetSubmitHelp(tr.T("safety.key.done"))
	return f, a
}
