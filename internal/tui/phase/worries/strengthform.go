package worries

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/listform"
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
// have already done, in words), with provenance and source. Which of the
// two a new strength is, is chosen in the form; a stored one stays where
// it is.
type strengthForm struct {
	ctx        *phase.Context
	form       *widget.Form
	list       *widget.Pick
	factor     *widget.Pick
	text       *widget.Field
	provenance *widget.Pick
	source     *widget.Field
	shownList  string // the list the fields were last filled for
	editing    bool   // a stored strength is in the form
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
	f.factor = loosePick(tr, st, tr.T("worries.field.factor"), factors, lang)
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
		widget.Row{Input: f.list, Visible: func() bool { return !f.editing }},
	)
	f.form.SetSubmitHelp(tr.T("worries.key.save"))
	f.form.OnChange = func(in widget.Input) {
		if in == widget.Input(f.list) {
			f.syncList()
		}
	}
	return f
}

func (f *strengthForm) protective() bool { return f.list.Value() != listSafety }

// Form implements listform.ItemForm.
func (f *strengthForm) Form() *widget.Form { return f.form }

// setList switches a new strength to list, carrying its words over.
func (f *strengthForm) setList(list string) {
	f.list.SetValue(list)
	f.syncList()
}

// Load implements listform.ItemForm: the strength r points at, or an
// empty form for a protective factor.
func (f *strengthForm) Load(r *ref) {
	list, s := listProtective, &conference.Strength{}
	f.editing = false
	if r != nil {
		if found := strengthByRef(f.ctx.Conf, *r); found != nil {
			s, f.editing = found, true
			if r.list == pathSafety {
				list = listSafety
			}
		}
	}
	f.list.SetValue(list)
	f.factor.SetValue("")
	f.text.SetValue("")
	switch {
	case list == listSafety:
		f.text.SetValue(s.Text)
	case s.Factor != "":
		f.factor.SetValue(s.Factor)
	default:
		f.factor.SetFreeText(s.Text)
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
		f.factor.SetFreeText(f.text.Value())
	}
	f.shownList = list
}

// strength returns the list and the entry in the form, or the problem
// that keeps it from being saved.
func (f *strengthForm) strength() (string, conference.Strength, *listform.Problem) {
	tr := f.ctx.Msgs
	s := conference.Strength{Provenance: f.provenance.Value(), Source: f.source.Value()}
	if !f.protective() {
		s.Text = f.text.Value()
		if s.Text == "" {
			return "", s, &listform.Problem{Input: f.text, Text: tr.T("worries.missing.safety")}
		}
		return pathSafety, s, nil
	}
	if f.factor.Value() == "" {
		return "", s, &listform.Problem{Input: f.factor, Text: tr.T("worries.missing.factor")}
	}
	s.Factor, s.Text = f.factor.CodeOrText()
	return pathProtective, s, nil
}

// Entry implements listform.ItemForm: the form holds the strength; Add
// takes it from there.
func (f *strengthForm) Entry() (ref, *listform.Problem) {
	_, _, prob := f.strength()
	return ref{}, prob
}

// Add implements listform.ItemForm.
func (f *strengthForm) Add(ref) string {
	c := f.ctx.Conf
	list, s, _ := f.strength()
	if list == pathSafety {
		return ref{list, c.AddExistingSafety(s).ID}.path()
	}
	return ref{list, c.AddProtectiveFactor(s).ID}.path()
}

// Apply implements listform.ItemForm: one field of the stored strength.
func (f *strengthForm) Apply(path string, in widget.Input) (string, bool) {
	s := strengthByRef(f.ctx.Conf, refOf(path))
	if s == nil {
		return "", false
	}
	switch in {
	case f.factor:
		if f.factor.Value() == "" {
			return "", false
		}
		s.Factor, s.Text = f.factor.CodeOrText()
		return "factor", true
	case f.text:
		if f.text.Value() == "" {
			f.text.SetError(f.ctx.Msgs.T("worries.missing.safety"))
			return "", false
		}
		f.text.SetError("")
		s.Text = f.text.Value()
		return "text", true
	case f.provenance:
		s.Provenance = f.provenance.Value()
		return "provenance", true
	case f.source:
		s.Source = f.source.Value()
		return "source", true
	}
	return "", false
}
