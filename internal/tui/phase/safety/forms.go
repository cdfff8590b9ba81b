package safety

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// newStepForm is the form of a step of the next hours: what happens
// (required), who acts (a participant, those present first) and until
// when. A time of day as people type it ("16.30", "9") is stored as HH:MM;
// anything else ("heute Abend") as typed.
func newStepForm(ctx *phase.Context) *listform.Fields[conference.SafetyStep] {
	tr, st := ctx.Msgs, ctx.Styles
	what := widget.NewField(tr, st, tr.T("safety.field.what"))
	what.SetPlaceholder(tr.T("safety.field.what.hint"))
	who := widget.NewPick(tr, st, tr.T("safety.field.who"), nil)
	who.SetRows(4)
	until := widget.NewField(tr, st, tr.T("safety.field.until"))
	until.SetLimit(60)
	until.SetPlaceholder(tr.T("safety.field.until.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: what}, widget.Row{Input: who}, widget.Row{Input: until})
	form.SetSubmitHelp(tr.T("safety.key.save"))
	untilField := listform.Text(until, "until", func(s *conference.SafetyStep) *string { return &s.Until })
	untilField.Store = func(s *conference.SafetyStep) *listform.Problem {
		s.Until = until.Value()
		if t, ok := widget.ParseClock(s.Until); ok {
			s.Until = t
		}
		return nil
	}
	f := listform.NewFields(form, func(id string) *conference.SafetyStep {
		if i := stepIndex(ctx.Conf, id); i >= 0 {
			return &ctx.Conf.ImmediateSafety.Steps[i]
		}
		return nil
	}, func(s conference.SafetyStep) string { return ctx.Conf.AddSafetyStep(s).ID },
		listform.Required(what, "what", func(s *conference.SafetyStep) *string { return &s.What }, tr.T("safety.what_missing")),
		listform.Choice(who, "who", func(s *conference.SafetyStep) *string { return &s.Who }, ""),
		untilField,
	)
	f.Refreshed = func() { who.SetOptions(listform.People(ctx, true)) }
	return f
}

// familyPanel picks who informs the family.
type familyPanel struct {
	*listform.Panel
	pick *widget.Pick
}

func newFamilyPanel(ctx *phase.Context) *familyPanel {
	tr := ctx.Msgs
	p := &familyPanel{pick: widget.NewPick(tr, ctx.Styles, tr.T("safety.field.informs"), nil)}
	p.pick.SetRows(5)
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: p.pick})
	form.SetSubmitHelp(tr.T("safety.key.done"))
	type s = conference.ImmediateSafety
	choice := listform.Choice(p.pick, "informs_family", func(x *s) *string { return &x.InformsFamily }, "")
	load := choice.Load
	choice.Load = func(x *s) {
		p.pick.SetOptions(listform.People(ctx, true)) // the participants as they are now
		load(x)
	}
	p.Panel = listform.NewBoundPanel(ctx, form, "immediate_safety/", func() *s { return &ctx.Conf.ImmediateSafety }, choice)
	p.Title = tr.T("safety.form.family")
	return p
}

// notePanel is the note on immediate safety.
type notePanel struct {
	*listform.Panel
	area *widget.TextArea
}

func newNotePanel(ctx *phase.Context) *notePanel {
	tr := ctx.Msgs
	p := &notePanel{area: widget.NewTextArea(tr, ctx.Styles, tr.T("safety.field.note"))}
	p.area.SetRows(4)
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: p.area})
	form.SetSubmitHelp(tr.T("safety.key.done"))
	type s = conference.ImmediateSafety
	p.Panel = listform.NewBoundPanel(ctx, form, "immediate_safety/", func() *s { return &ctx.Conf.ImmediateSafety },
		listform.Area(p.area, "note", func(x *s) *string { return &x.Note }, ""))
	p.Title = tr.T("safety.form.note")
	return p
}
