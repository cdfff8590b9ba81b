package worries

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// The two lists of the strengths tab.
const (
	listProtective = "protective"
	listSafety     = "safety"
)

// existingSafetyCode is the catalogue's protective factor that stands for
// existing safety. The strengths tab keeps existing safety in a list of
// its own, so the factor pick leaves it out rather than offer it twice.
const existingSafetyCode = "existing_safety"

// strengthForm adds or edits a protective factor (picked from the
// catalogue or free text) or a piece of existing safety (what the carers
// have already done, in words), with provenance and source.
type strengthForm struct {
	ctx        *phase.Context
	form       *widget.Form
	list       *widget.Pick
	factor     *entryPick
	text       *widget.Field
	provenance *widget.Pick
	source     *widget.Field
	shownList  string // the list the fields were last filled for
}

func protectiveEntries(c *catalogue.Catalogue) []catalogue.Entry {
	out := make([]catalogue.Entry, 0, len(c.ProtectiveFactors))
	for _, e := range c.ProtectiveFactors {
		if e.Code != existingSafetyCode {
			out = append(out, e)
		}
	}
	return out
}

func newStrengthForm(ctx *phase.Context, factors *looseIndex) *strengthForm {
	tr, st, lang := ctx.Msgs, ctx.Styles, ctx.Lang
	f := &strengthForm{ctx: ctx}
	f.list = widget.NewPick(tr, st, tr.T("worries.field.list"), []widget.Option{
		{Code: listProtective, Label: tr.T("worries.section.protective")},
		{Code: listSafety, Label: tr.T("worries.section.safety")},
	})
	f.list.SetRows(2)
	f.factor = newEntryPick(tr, st, tr.T("worries.field.factor"), factors, lang)
	f.text = widget.NewField(tr, st, tr.T("worries.field.safety"))
	f.text.SetPlaceholder(tr.T("worries.field.safety.hint"))
	f.provenance = widget.PickFrom(tr, st, tr.T("worries.field.provenance"), ctx.Catalogue.ProvenanceFor(catalogue.ProvenanceRisk), lang)
	f.provenance.SetRows(3)
	f.source = widget.NewField(tr, st, tr.T("worries.field.source"))
	f.source.SetPlaceholder(tr.T("worries.field.source.hint"))
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.factor, Visible: f.protective},
		widget.Row{Input: f.text, Visible: func() bool { return !f.protective() }},
		widget.Row{Input: f.provenance},
		widget.Row{Input: f.source},
		// Last: the list is set by the key that opened the form and
		// rarely changed, so typing starts in the first field.
		widget.Row{Input: f.list},
	)
	f.form.SubmitOnEnter = true
	f.form.SetSubmitHelp(tr.T("worries.key.save"))
	return f
}

func (f *strengthForm) protective() bool { return f.list.Value() != listSafety }

// load fills the form from s in list, or empties it for nil.
func (f *strengthForm) load(list string, s *conference.Strength) {
	if s == nil {
		s = &conference.Strength{}
	}
	f.list.SetValue(list)
	f.factor.SetValue("", false)
	f.text.SetValue("")
	if list == listSafety {
		f.text.SetValue(s.Text)
	} else if s.Factor != "" {
		f.factor.SetValue(s.Factor, false)
	} else {
		f.factor.SetValue(s.Text, true)
	}
	f.provenance.SetValue(s.Provenance)
	f.source.SetValue(s.Source)
	f.shownList = list
}

// syncList carries the text over when the list is changed in the form, so
// moving a free-text factor to existing safety (or back) keeps its words.
func (f *strengthForm) syncList() {
	list := f.list.Value()
	if list == f.shownList {
		return
	}
	switch {
	case list == listSafety && f.text.Value() == "":
		f.text.SetValue(f.factor.Display())
	case list == listProtective && f.factor.Value() == "" && f.text.Value() != "":
		f.factor.SetValue(f.text.Value(), true)
	}
	f.shownList = list
}

// strength returns the list and the entry in the form, or the reason it
// cannot be saved yet, with the focus moved to the field that is missing.
func (f *strengthForm) strength() (string, conference.Strength, string) {
	s := conference.Strength{Provenance: f.provenance.Value(), Source: f.source.Value()}
	if !f.protective() {
		s.Text = f.text.Value()
		if s.Text == "" {
			f.form.FocusInput(f.text)
			return "", s, f.ctx.Msgs.T("worries.missing.safety")
		}
		return listSafety, s, ""
	}
	switch {
	case f.factor.Value() == "":
		f.form.FocusInput(f.factor)
		return "", s, f.ctx.Msgs.T("worries.missing.factor")
	case f.factor.Free():
		s.Text = f.factor.Value()
	default:
		s.Factor = f.factor.Value()
	}
	return listProtective, s, ""
}
