package worries

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Flag codes of the flags pick.
const (
	flagWeighty = "weighty"
	flagAcute   = "acute"
)

// riskForm adds or edits one risk entry: the indicator (picked across all
// areas, or free text), the area (asked only for free text), severity,
// the weighty and acute flags, provenance (and who reported it), source
// and date. Enter on any row saves.
type riskForm struct {
	ctx        *phase.Context
	form       *widget.Form
	indicator  *entryPick
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

// participantOptions offers the participants by name and institution.
func participantOptions(ctx *phase.Context) []widget.Option {
	out := make([]widget.Option, 0, len(ctx.Conf.Participants))
	for _, p := range ctx.Conf.Participants {
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: institutionOf(ctx, p)})
	}
	return out
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

func newRiskForm(ctx *phase.Context, indicators *looseIndex) *riskForm {
	tr, st, lang := ctx.Msgs, ctx.Styles, ctx.Lang
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	f := &riskForm{ctx: ctx}
	f.indicator = newEntryPick(tr, st, tr.T("worries.field.indicator"), indicators, lang)
	f.area = widget.PickFrom(tr, st, tr.T("worries.field.area"), ctx.Catalogue.RiskAreas, lang)
	f.area.SetRows(4)
	f.severity = widget.PickFrom(tr, st, tr.T("worries.field.severity"), ctx.Catalogue.Severities, lang)
	f.severity.SetRows(5)
	f.flags = widget.NewPick(tr, st, tr.T("worries.field.flags"), []widget.Option{
		{Code: flagWeighty, Label: "⚠ " + tr.T("worries.flag.weighty")},
		{Code: flagAcute, Label: "‼ " + tr.T("worries.flag.acute")},
	})
	f.flags.SetMulti(true)
	f.flags.SetRows(2)
	f.provenance = widget.PickFrom(tr, st, tr.T("worries.field.provenance"), ctx.Catalogue.ProvenanceFor(catalogue.ProvenanceRisk), lang)
	f.provenance.SetRows(3)
	f.reportedBy = widget.NewPick(tr, st, tr.T("worries.field.reported_by"), participantOptions(ctx))
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
	f.form.SubmitOnEnter = true
	f.form.SetSubmitHelp(tr.T("worries.key.save"))
	return f
}

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

// load fills the form from r, or empties it for nil.
func (f *riskForm) load(r *conference.RiskEntry) {
	if r == nil {
		r = &conference.RiskEntry{}
	}
	if r.Indicator != "" {
		f.indicator.SetValue(r.Indicator, false)
	} else {
		f.indicator.SetValue(r.Text, true)
	}
	f.area.SetValue(r.Area)
	f.severity.SetValue(r.Severity)
	var flags []string
	if r.Weighty {
		flags = append(flags, flagWeighty)
	}
	if r.Acute {
		flags = append(flags, flagAcute)
	}
	f.flags.SetValues(flags)
	f.provenance.SetValue(r.Provenance)
	f.reportedBy.SetValue(r.ReportedBy)
	f.source.SetValue(r.Source)
	f.date.SetDate(r.Date)
}

// entry returns the risk entry in the form, or the reason it cannot be
// saved yet (the indicator, the area of free text, or a date that is no
// date), with the focus moved to that field.
func (f *riskForm) entry() (conference.RiskEntry, string) {
	tr := f.ctx.Msgs
	switch {
	case f.indicator.Value() == "":
		f.form.FocusInput(f.indicator)
		return conference.RiskEntry{}, tr.T("worries.missing.indicator")
	case f.areaCode() == "":
		f.form.FocusInput(f.area)
		return conference.RiskEntry{}, tr.T("worries.missing.area")
	}
	day, ok := f.date.Date()
	if !ok {
		f.form.FocusInput(f.date)
		return conference.RiskEntry{}, tr.T("worries.missing.date")
	}
	flags := f.flags.Values()
	r := conference.RiskEntry{
		Area:       f.areaCode(),
		Severity:   f.severity.Value(),
		Weighty:    slices.Contains(flags, flagWeighty),
		Acute:      slices.Contains(flags, flagAcute),
		Provenance: f.provenance.Value(),
		Source:     f.source.Value(),
		Date:       day,
	}
	if f.indicator.Free() {
		r.Text = f.indicator.Value()
	} else {
		r.Indicator = f.indicator.Value()
	}
	if f.reported() {
		r.ReportedBy = f.reportedBy.Value()
	}
	return r, ""
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
