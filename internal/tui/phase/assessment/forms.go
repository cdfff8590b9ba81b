package assessment

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
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

// resultPanel edits the agreed result: category, forms of harm and a
// note. Each field writes to the conference as it changes, so an acute
// result opens phase 5a at once.
type resultPanel struct {
	*listform.Panel
	category *widget.Pick
	harm     *widget.Pick
	note     *widget.TextArea
}

func newResultPanel(ctx *phase.Context) *resultPanel {
	tr, st := ctx.Msgs, ctx.Styles
	f := &resultPanel{}
	f.category = widget.PickFrom(tr, st, tr.T("assessment.field.category"), ctx.Catalogue.Categories, ctx.Lang)
	f.category.SetRows(4)
	f.harm = widget.PickFrom(tr, st, tr.T("assessment.field.harm"), ctx.Catalogue.HarmForms, ctx.Lang)
	f.harm.SetMulti(true)
	f.harm.SetRows(4)
	f.note = widget.NewTextArea(tr, st, tr.T("assessment.field.note"))
	f.note.SetRows(2)
	form := widget.NewForm(tr, st, widget.Row{Input: f.category}, widget.Row{Input: f.harm}, widget.Row{Input: f.note})
	form.SetSubmitHelp(tr.T("assessment.key.done"))
	a := &ctx.Conf.Assessment
	f.Panel = listform.NewPanel(ctx, form, func(*widget.Form) {
		f.category.SetValue(a.Category)
		f.harm.SetValues(a.HarmForms)
		f.note.SetValue(a.Note)
	}, func(in widget.Input) (string, bool) {
		switch in {
		case f.category:
			a.Category = f.category.Value()
			return "assessment/category", true
		case f.harm:
			a.HarmForms = f.harm.Values()
			return "assessment/harm_forms", true
		case f.note:
			a.Note = f.note.Value()
			return "assessment/note", true
		}
		return "", false
	})
	f.Title = tr.T("assessment.result.title")
	return f
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
	f.who = widget.NewPick(tr, st, tr.T("assessment.field.who"), nil)
	f.who.SetRows(4)
	f.reason = widget.NewTextArea(tr, st, tr.T("assessment.field.why"))
	f.reason.SetRows(2)
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.who}, widget.Row{Input: f.reason})
	f.form.SetSubmitHelp(tr.T("assessment.key.save"))
	return f
}

// Form implements listform.ItemForm.
func (f *dissentForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: the participants as they are now.
func (f *dissentForm) Refresh() { f.who.SetOptions(listform.People(f.ctx, false)) }

// Load implements listform.ItemForm.
func (f *dissentForm) Load(d *conference.Dissent) {
	if d == nil {
		d = &conference.Dissent{}
	}
	f.who.SetValue(d.ParticipantID)
	f.reason.SetValue(d.Reason)
}

// Entry implements listform.ItemForm: a dissent says who and why.
func (f *dissentForm) Entry() (conference.Dissent, *listform.Problem) {
	tr := f.ctx.Msgs
	d := conference.Dissent{ParticipantID: f.who.Value(), Reason: strings.TrimSpace(f.reason.Value())}
	switch {
	case d.ParticipantID == "":
		return d, &listform.Problem{Input: f.who, Text: tr.T("assessment.dissent.who_missing")}
	case d.Reason == "":
		return d, &listform.Problem{Input: f.reason, Text: tr.T("assessment.dissent.why_missing")}
	}
	return d, nil
}

// Add implements listform.ItemForm.
func (f *dissentForm) Add(d conference.Dissent) string { return f.ctx.Conf.AddDissent(d).ID }

// Apply implements listform.ItemForm.
func (f *dissentForm) Apply(id string, in widget.Input) (string, bool) {
	ds := f.ctx.Conf.Assessment.Dissent
	for i := range ds {
		if ds[i].ID != id {
			continue
		}
		switch in {
		case f.who:
			if f.who.Value() == "" {
				return "", false
			}
			ds[i].ParticipantID = f.who.Value()
			return "participant_id", true
		case f.reason:
			if strings.TrimSpace(f.reason.Value()) == "" {
				f.reason.SetError(f.ctx.Msgs.T("assessment.dissent.why_missing"))
				return "", false
			}
			f.reason.SetError("")
			ds[i].Reason = strings.TrimSpace(f.reason.Value())
			return "reason", true
		}
	}
	return "", false
}
