package worries

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Flag codes of the flags pick.
const (
	flagWeighty = "weighty"
	flagAcute   = "acute"
)

// riskForm adds or edits one risk entry: the indicator (picked across all
// areas, or free text: what was typed is always offered, so a worry said
// in the room in a few words is never turned into the nearest catalogue
// entry), the area (asked only for free text), severity, the weighty and
// acute flags, provenance (and who reported it), source and date.
type riskForm struct {
	ctx        *phase.Context
	form       *widget.Form
	indicator  *widget.Pick
	area       *widget.Pick
	severity   *widget.Pick
	flags      *widget.Pick
	provenance *widget.Pick
	reportedBy *widget.Pick
	source     *widget.Field
	date       *widget.DateField
}

// indicatorEntries lists every indicator of every area, each with its
// area's label as hint: typing an area's name finds all its indicators,
// and a match shows where it belongs.
func indicatorEntries(c *catalogue.Catalogue) []catalogue.Entry {
	var out []catalogue.Entry
	for _, a := range c.RiskAreas {
		for _, ind := range a.Indicators {
			out = append(out, catalogue.Entry{Code: ind.Code, Label: ind.Label, Hint: a.Label})
		}
	}
	return out
}

func newRiskForm(ctx *phase.Context, indicators *looseIndex) *riskForm {
	tr, st, lang := ctx.Msgs, ctx.Styles, ctx.Lang
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := &riskForm{ctx: ctx}
	f.indicator = loosePick(tr, st, tr.T("worries.field.indicator"), indicators, lang)
	f.area = widget.PickFrom(tr, st, tr.T("worries.field.area"), ctx.Catalogue.RiskAreas, lang)
	f.area.SetRows(4)
	f.severity = widget.PickFrom(tr, st, tr.T("worries.field.severity"), ctx.Catalogue.Intensities, lang)
	f.severity.SetRows(4)
	f.flags = widget.NewPick(tr, st, tr.T("worries.field.flags"), []widget.Option{
		{Code: flagWeighty, Label: "⚠ " + tr.T("worries.flag.weighty")},
		{Code: flagAcute, Label: "‼ " + tr.T("worries.flag.acute")},
	})
	f.flags.SetMulti(true)
	f.flags.SetRows(2)
	f.provenance = widget.PickFrom(tr, st, tr.T("worries.field.provenance"), ctx.Catalogue.ProvenanceFor(catalogue.ProvenanceRisk), lang)
	f.provenance.SetRows(3)
	f.reportedBy = widget.NewPick(tr, st, tr.T("worries.field.reported_by"), nil)
	f.reportedBy.SetAllowFree(true)
	f.reportedBy.SetRows(3)
	f.source = widget.NewField(tr, st, tr.T("worries.field.source"))
	f.source.SetPlaceholder(tr.T("worries.field.source.hint"))
	f.date = widget.NewDateField(tr, st, tr.T("worries.field.date"), today)
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.indicator},
		widget.Row{Label: tr.T("worries.field.area"), Info: f.areaInfo, Visible: f.fromCatalogue},
		widget.Row{Input: f.area, Visible: f.indicator.Free},
		widget.Row{Input: f.severity},
		widget.Row{Input: f.flags},
		widget.Row{Input: f.provenance},
		widget.Row{Input: f.reportedBy, Visible: f.reported},
		widget.Row{Input: f.source},
		widget.Row{Input: f.date},
	)
	f.form.SetSubmitHelp(tr.T("worries.key.save"))
	return f
}

// loosePick is a pick over catalogue entries whose filter forgives word
// forms (filterLoose), with free text allowed.
func loosePick(tr *i18n.Messages, st *theme.Styles, label string, index *looseIndex, lang i18n.Lang) *widget.Pick {
	p := widget.NewPick(tr, st, label, widget.OptionsFrom(index.entries(), lang))
	p.SetAllowFree(true)
	p.SetRows(5)
	p.SetMatch(func(q string) []string {
		hits := filterLoose(index, q)
		out := make([]string, 0, len(hits))
		for _, h := range hits {
			out = append(out, h.Code)
		}
		return out
	})
	return p
}

// Form implements listform.ItemForm.
func (f *riskForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: who reported is picked from the
// participants as they are now.
func (f *riskForm) Refresh() { f.reportedBy.SetOptions(listform.People(f.ctx, false)) }

// fromCatalogue reports whether a catalogue indicator is chosen.
func (f *riskForm) fromCatalogue() bool { return !f.indicator.Free() && f.indicator.Value() != "" }

func (f *riskForm) reported() bool { return f.provenance.Value() == conference.ProvenanceReported }

// areaCode is the area of the entry: the chosen indicator's, or the one
// picked for free text.
func (f *riskForm) areaCode() string {
	if f.fromCatalogue() {
		if a, _, ok := f.ctx.Catalogue.Indicator(f.indicator.Value()); ok {
			return a.Code
		}
	}
	if f.indicator.Free() {
		return f.area.Value()
	}
	return ""
}

func (f *riskForm) areaInfo() string {
	return catalogue.Label(f.ctx.Catalogue.RiskAreas, f.areaCode(), string(f.ctx.Lang))
}

// Load implements listform.ItemForm: the risk entry r points at, or an
// empty form.
func (f *riskForm) Load(r *ref) {
	x := &conference.RiskEntry{}
	if r != nil {
		if found := riskByID(f.ctx.Conf, r.id); found != nil {
			x = found
		}
	}
	if x.Indicator != "" {
		f.indicator.SetValue(x.Indicator)
	} else {
		f.indicator.SetFreeText(x.Text)
	}
	f.area.SetValue(x.Area)
	f.severity.SetValue(x.Intensity)
	var flags []string
	if x.Weighty {
		flags = append(flags, flagWeighty)
	}
	if x.Acute {
		flags = append(flags, flagAcute)
	}
	f.flags.SetValues(flags)
	f.provenance.SetValue(x.Provenance)
	f.reportedBy.SetValue(x.ReportedBy)
	f.source.SetValue(x.Source)
	f.date.SetDate(x.Date)
}

// entry returns the risk entry in the form, or the problem that keeps it
// from being saved: the indicator, the area of free text, or a date that
// is no date.
func (f *riskForm) entry() (conference.RiskEntry, *listform.Problem) {
	tr := f.ctx.Msgs
	switch {
	case f.indicator.Value() == "":
		return conference.RiskEntry{}, &listform.Problem{Input: f.indicator, Text: tr.T("worries.missing.indicator")}
	case f.areaCode() == "":
		return conference.RiskEntry{}, &listform.Problem{Input: f.area, Text: tr.T("worries.missing.area")}
	}
	day, ok := f.date.Date()
	if !ok {
		return conference.RiskEntry{}, &listform.Problem{Input: f.date, Text: tr.T("worries.missing.date")}
	}
	flags := f.flags.Values()
	r := conference.RiskEntry{
		Area:       f.areaCode(),
		Intensity:  f.severity.Value(),
		Weighty:    slices.Contains(flags, flagWeighty),
		Acute:      slices.Contains(flags, flagAcute),
		Provenance: f.provenance.Value(),
		Source:     f.source.Value(),
		Date:       day,
	}
	r.Indicator, r.Text = f.indicator.CodeOrText()
	if f.reported() {
		r.ReportedBy = f.reportedBy.Value()
	}
	return r, nil
}

// Entry implements listform.ItemForm: the form holds the entry; Add
// takes it from there.
func (f *riskForm) Entry() (ref, *listform.Problem) {
	_, prob := f.entry()
	return ref{}, prob
}

// Add implements listform.ItemForm.
func (f *riskForm) Add(ref) string {
	r, _ := f.entry()
	return ref{pathRisks, f.ctx.Conf.AddRisk(r).ID}.path()
}

// Apply implements listform.ItemForm: one field of the stored entry.
func (f *riskForm) Apply(path string, in widget.Input) (string, bool) {
	x := riskByID(f.ctx.Conf, refOf(path).id)
	if x == nil {
		return "", false
	}
	switch in {
	case f.indicator, f.area:
		if f.indicator.Value() == "" || f.areaCode() == "" {
			return "", false // kept until the entry says what and where
		}
		x.Area = f.areaCode()
		x.Indicator, x.Text = f.indicator.CodeOrText()
		return "indicator", true
	case f.severity:
		x.Intensity = f.severity.Value()
		return "intensity", true
	case f.flags:
		flags := f.flags.Values()
		x.Weighty, x.Acute = slices.Contains(flags, flagWeighty), slices.Contains(flags, flagAcute)
		return "flags", true
	case f.provenance, f.reportedBy:
		x.Provenance, x.ReportedBy = f.provenance.Value(), ""
		if f.reported() {
			x.ReportedBy = f.reportedBy.Value()
		}
		return "provenance", true
	case f.source:
		x.Source = f.source.Value()
		return "source", true
	case f.date:
		d, ok := f.date.Date()
		if !ok {
			return "", false
		}
		x.Date = d
		return "date", true
	}
	return "", false
}

// specialistHint returns the hint of the entry's area when that area needs
// specialist procedures (sexual violence), else "".
func (f *riskForm) specialistHint() string {
	return specialistHint(f.ctx, f.areaCode())
}

// specialistHint returns the hint of area when it needs specialist
// procedures: the catalogue's own hint, or a general one.
func specialistHint(ctx *phase.Context, area string) string {
	a, ok := catalogue.Find(ctx.Catalogue.RiskAreas, area)
	if !ok || !a.Specialist {
		return ""
	}
	if h := a.HintIn(string(ctx.Lang)); h != "" {
		return ctx.Msgs.T("worries.specialist", h)
	}
	return ctx.Msgs.T("worries.specialist.general")
}
