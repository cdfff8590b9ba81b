package assessment

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// rateForm takes one participant's own rating: category and safety scale.
// It is built empty for every participant, so a rating given before never
// shows while the next person's is typed.
type rateForm struct {
	ctx      *phase.Context
	form     *widget.Form
	category *widget.Pick
	scale    *widget.Field
}

func newRateForm(ctx *phase.Context) *rateForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &rateForm{ctx: ctx}
	f.category = widget.PickFrom(tr, st, tr.T("assessment.field.own_category"), ctx.Catalogue.Categories, ctx.Lang)
	f.category.SetRows(4)
	f.scale = widget.NewField(tr, st, tr.T("assessment.field.scale"))
	f.scale.SetLimit(2)
	f.scale.SetPlaceholder(tr.T("assessment.field.scale.hint", conference.SafetyScaleMax))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.category}, widget.Row{Input: f.scale})
	f.form.SetSubmitHelp(tr.T("assessment.key.save"))
	return f
}

// load shows a rating given before (only once the ratings are revealed).
func (f *rateForm) load(r conference.Rating) {
	f.category.SetValue(r.Category)
	if r.Scale != nil {
		f.scale.SetValue(strconv.Itoa(*r.Scale))
	}
}

// rating returns the rating in the form, or why it cannot be saved (no
// value at all, or a scale that is not a number from 0 to 10).
func (f *rateForm) rating() (conference.Rating, string) {
	tr := f.ctx.Msgs
	r := conference.Rating{Category: f.category.Value()}
	if text := f.scale.Value(); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 || n > conference.SafetyScaleMax {
			f.scale.SetError(tr.T("assessment.scale_invalid", conference.SafetyScaleMax))
			f.form.FocusInput(f.scale)
			return r, tr.T("assessment.scale_invalid", conference.SafetyScaleMax)
		}
		r.Scale = &n
	}
	f.scale.SetError("")
	if r.Category == "" && r.Scale == nil {
		f.form.FocusInput(f.category)
		return r, tr.T("assessment.rating_empty")
	}
	return r, ""
}

// resultForm edits the agreed result: category, forms of harm and a note.
// Each field writes to the conference as it changes, so an acute result
// opens phase 5a at once.
type resultForm struct {
	form     *widget.Form
	category *widget.Pick
	harm     *widget.Pick
	note     *widget.TextArea
}

func newResultForm(ctx *phase.Context) *resultForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &resultForm{}
	f.category = widget.PickFrom(tr, st, tr.T("assessment.field.category"), ctx.Catalogue.Categories, ctx.Lang)
	f.category.SetRows(4)
	f.harm = widget.PickFrom(tr, st, tr.T("assessment.field.harm"), ctx.Catalogue.HarmForms, ctx.Lang)
	f.harm.SetMulti(true)
	f.harm.SetRows(4)
	f.note = widget.NewTextArea(tr, st, tr.T("assessment.field.note"))
	f.note.SetRows(2)
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.category}, widget.Row{Input: f.harm}, widget.Row{Input: f.note})
	f.form.SetSubmitHelp(tr.T("assessment.key.save"))
	return f
}

func (f *resultForm) load(a conference.Assessment) {
	f.category.SetValue(a.Category)
	f.harm.SetValues(a.HarmForms)
	f.note.SetValue(a.Note)
}

// apply writes one input to the conference and returns the change path.
func (f *resultForm) apply(c *conference.Conference, in widget.Input) string {
	switch in {
	case f.category:
		c.Assessment.Category = f.category.Value()
		return "assessment/category"
	case f.harm:
		c.Assessment.HarmForms = f.harm.Values()
		return "assessment/harm_forms"
	case f.note:
		c.Assessment.Note = f.note.Value()
		return "assessment/note"
	}
	return ""
}

// dissentForm records who does not share the agreed result, and why.
type dissentForm struct {
	ctx    *phase.Context
	form   *widget.Form
	who    *widget.Pick
	reason *widget.TextArea
}

func newDissentForm(ctx *phase.Context) *dissentForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &dissentForm{ctx: ctx}
	opts := make([]widget.Option, 0, len(ctx.Conf.Participants))
	for _, p := range ctx.Conf.Participants {
		opts = append(opts, widget.Option{Code: p.ID, Label: p.Name, Hint: institutionOf(ctx, p)})
	}
	f.who = widget.NewPick(tr, st, tr.T("assessment.field.who"), opts)
	f.who.SetRows(4)
	f.reason = widget.NewTextArea(tr, st, tr.T("assessment.field.why"))
	f.reason.SetRows(2)
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.who}, widget.Row{Input: f.reason})
	f.form.SetSubmitHelp(tr.T("assessment.key.save"))
	return f
}

func (f *dissentForm) load(d conference.Dissent) {
	f.who.SetValue(d.ParticipantID)
	f.reason.SetValue(d.Reason)
}

// dissent returns the dissent in the form, or why it cannot be saved.
func (f *dissentForm) dissent() (conference.Dissent, string) {
	d := conference.Dissent{ParticipantID: f.who.Value(), Reason: f.reason.Value()}
	switch {
	case d.ParticipantID == "":
		f.form.FocusInput(f.who)
		return d, f.ctx.Msgs.T("assessment.dissent.who_missing")
	case strings.TrimSpace(d.Reason) == "":
		f.form.FocusInput(f.reason)
		return d, f.ctx.Msgs.T("assessment.dissent.why_missing")
	}
	return d, ""
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
