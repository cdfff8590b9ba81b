package safety

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// stepForm adds or edits one immediate protective step: what, who acts
// (a participant, those present first) and until when.
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
	f.who = widget.NewPick(tr, st, tr.T("safety.field.who"), nil)
	f.who.SetRows(4)
	f.until = widget.NewField(tr, st, tr.T("safety.field.until"))
	f.until.SetLimit(60)
	f.until.SetPlaceholder(tr.T("safety.field.until.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.what}, widget.Row{Input: f.who}, widget.Row{Input: f.until})
	f.form.SetSubmitHelp(tr.T("safety.key.save"))
	return f
}

// Form implements listform.ItemForm.
func (f *stepForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: the participants are offered as
// they are now.
func (f *stepForm) Refresh() { f.who.SetOptions(listform.People(f.ctx, true)) }

// Load implements listform.ItemForm.
func (f *stepForm) Load(s *conference.SafetyStep) {
	if s == nil {
		s = &conference.SafetyStep{}
	}
	f.what.SetValue(s.What)
	f.what.SetError("")
	f.who.SetValue(s.Who)
	f.until.SetValue(s.Until)
}

// Entry implements listform.ItemForm: a step says what happens. A time
// of day as people type it ("16.30", "9") is stored as HH:MM; anything
// else ("heute Abend") as typed.
func (f *stepForm) Entry() (conference.SafetyStep, *listform.Problem) {
	s := conference.SafetyStep{What: f.what.Value(), Who: f.who.Value(), Until: untilText(f.until.Value())}
	if s.What == "" {
		return s, &listform.Problem{Input: f.what, Text: f.ctx.Msgs.T("safety.what_missing")}
	}
	f.what.SetError("")
	return s, nil
}

func untilText(s string) string {
	if t, ok := widget.ParseClock(s); ok {
		return t
	}
	return s
}

// Add implements listform.ItemForm.
func (f *stepForm) Add(s conference.SafetyStep) string { return f.ctx.Conf.AddSafetyStep(s).ID }

// Apply implements listform.ItemForm.
func (f *stepForm) Apply(id string, in widget.Input) (string, bool) {
	c := f.ctx.Conf
	i := stepIndex(c, id)
	if i < 0 {
		return "", false
	}
	s := &c.ImmediateSafety.Steps[i]
	switch in {
	case f.what:
		if f.what.Value() == "" {
			f.what.SetError(f.ctx.Msgs.T("safety.what_missing"))
			return "", false
		}
		f.what.SetError("")
		s.What = f.what.Value()
		return "what", true
	case f.who:
		s.Who = f.who.Value()
		return "who", true
	case f.until:
		s.Until = untilText(f.until.Value())
		return "until", true
	}
	return "", false
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
	p.Panel = listform.NewPanel(ctx, form, func(*widget.Form) {
		p.pick.SetOptions(listform.People(ctx, true))
		p.pick.SetValue(ctx.Conf.ImmediateSafety.InformsFamily)
	}, func(widget.Input) (string, bool) {
		s := &ctx.Conf.ImmediateSafety
		if s.InformsFamily == p.pick.Value() {
			return "", false
		}
		s.InformsFamily = p.pick.Value()
		return "immediate_safety/informs_family", true
	})
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
	p.Panel = listform.NewPanel(ctx, form, func(*widget.Form) {
		p.area.SetValue(ctx.Conf.ImmediateSafety.Note)
	}, func(widget.Input) (string, bool) {
		ctx.Conf.ImmediateSafety.Note = p.area.Value()
		return "immediate_safety/note", true
	})
	p.Title = tr.T("safety.form.note")
	return p
}
