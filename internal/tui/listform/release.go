package listform

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// releaseFormKey prefixes the words for a form of release (the minutes'
// words).
const releaseFormKey = "filing.release_form."

// Release is a pick of legal bases with the details of a release from
// confidentiality (issue 13: who released whom, for what, in which form
// and when), asked while the release is picked. A participant's form and
// a recipient's form in the distribution ask the same.
type Release struct {
	Bases      *widget.Pick
	releasedBy *widget.Field
	released   *widget.Field
	scope      *widget.Field
	form       *widget.Pick
	date       *widget.DateField
}

// NewRelease makes the inputs: the bases as LegalBasesPick, then the
// release's details.
func NewRelease(ctx *phase.Context) *Release {
	tr, st := ctx.Msgs, ctx.Styles
	r := &Release{Bases: LegalBasesPick(ctx, tr.T("filing.tui.legal.bases"))}
	field := func(key string) *widget.Field {
		f := widget.NewField(tr, st, tr.T(key))
		f.SetPlaceholder(tr.T(key + ".hint"))
		return f
	}
	r.releasedBy = field("filing.tui.legal.released_by")
	r.released = field("filing.tui.legal.released")
	r.scope = field("filing.tui.legal.scope")
	forms := make([]widget.Option, 0, len(conference.ReleaseForms))
	for _, f := range conference.ReleaseForms {
		forms = append(forms, widget.Option{Code: f, Label: tr.T(releaseFormKey + f)})
	}
	r.form = widget.NewPick(tr, st, tr.T("filing.tui.legal.form"), forms)
	r.date = widget.NewDateField(tr, st, tr.T("filing.tui.legal.date"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	return r
}

// Rows are the form's rows: the bases while asked, and the release's
// details while a release is picked too.
func (r *Release) Rows(asked func() bool) []widget.Row {
	release := func() bool { return asked() && slices.Contains(r.Bases.Values(), conference.LegalConsent) }
	return []widget.Row{
		{Input: r.Bases, Visible: asked},
		{Input: r.releasedBy, Visible: release},
		{Input: r.released, Visible: release},
		{Input: r.scope, Visible: release},
		{Input: r.form, Visible: release},
		{Input: r.date, Visible: release},
	}
}

// Details are the inputs of the release's details, in form order.
func (r *Release) Details() []widget.Input {
	return []widget.Input{r.releasedBy, r.released, r.scope, r.form, r.date}
}

// Load shows the bases recorded, and the details of their release.
func (r *Release) Load(bases []conference.LegalBasis) {
	release := conference.LegalBasis{}
	for _, b := range bases {
		if b.Basis == conference.LegalConsent {
			release = b
		}
	}
	r.Bases.SetValues(BasisCodes(bases))
	r.releasedBy.SetValue(release.ReleasedBy)
	r.released.SetValue(release.Released)
	r.scope.SetValue(release.Scope)
	r.form.SetValue(release.Form)
	r.date.SetDate(release.Date)
}

// Check refuses a release date that is none.
func (r *Release) Check() *Problem {
	if reason := r.date.Reason(); reason != "" {
		return &Problem{Input: r.date, Text: reason}
	}
	return nil
}

// Apply returns the bases picked in place of recorded (a basis kept keeps
// what the form does not show), the release with the details typed.
func (r *Release) Apply(recorded []conference.LegalBasis) []conference.LegalBasis {
	out := conference.PickBases(recorded, r.Bases.Values())
	day, _ := r.date.Date()
	for i := range out {
		if out[i].Basis == conference.LegalConsent {
			out[i].ReleasedBy, out[i].Released = r.releasedBy.Value(), r.released.Value()
			out[i].Scope, out[i].Form, out[i].Date = r.scope.Value(), r.form.Value(), day
		}
	}
	return out
}
