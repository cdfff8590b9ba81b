package opening

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// legalInputs are the rows of the participant form that record on what
// ground the case is shared with the person (issue 13: per person, several
// where they apply): the bases picked from the list and, for a release
// from confidentiality, who released whom, for what, in which form and
// when.
// They show for a professional of a case conference only: the family's
// own data needs none.
type legalInputs struct {
	ctx        *phase.Context
	bases      *widget.Pick
	releasedBy *widget.Field
	released   *widget.Field
	scope      *widget.Field
	form       *widget.Pick
	date       *widget.DateField
	// offered reports whether the form is about someone who needs a basis.
	offered func() bool
}

// releaseFormKey prefixes the words for a form of release (the minutes'
// words).
const releaseFormKey = "filing.release_form."

func newLegalInputs(ctx *phase.Context, offered func() bool) *legalInputs {
	tr, st := ctx.Msgs, ctx.Styles
	l := &legalInputs{ctx: ctx, offered: offered}
	l.bases = listform.LegalBasesPick(ctx, tr.T("filing.tui.legal.bases"))
	l.releasedBy = widget.NewField(tr, st, tr.T("filing.tui.legal.released_by"))
	l.releasedBy.SetPlaceholder(tr.T("filing.tui.legal.released_by.hint"))
	l.released = widget.NewField(tr, st, tr.T("filing.tui.legal.released"))
	l.released.SetPlaceholder(tr.T("filing.tui.legal.released.hint"))
	l.scope = widget.NewField(tr, st, tr.T("filing.tui.legal.scope"))
	l.scope.SetPlaceholder(tr.T("filing.tui.legal.scope.hint"))
	forms := make([]widget.Option, 0, len(conference.ReleaseForms))
	for _, f := range conference.ReleaseForms {
		forms = append(forms, widget.Option{Code: f, Label: tr.T(releaseFormKey + f)})
	}
	l.form = widget.NewPick(tr, st, tr.T("filing.tui.legal.form"), forms)
	l.date = widget.NewDateField(tr, st, tr.T("filing.tui.legal.date"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	return l
}

// rows are the form's rows: the bases, and the release's details while a
// release is picked.
func (l *legalInputs) rows() []widget.Row {
	release := func() bool { return l.offered() && slices.Contains(l.bases.Values(), conference.LegalConsent) }
	return []widget.Row{
		{Input: l.bases, Visible: l.offered},
		{Input: l.releasedBy, Visible: release},
		{Input: l.released, Visible: release},
		{Input: l.scope, Visible: release},
		{Input: l.form, Visible: release},
		{Input: l.date, Visible: release},
	}
}

// fields bind the rows to the participant's legal bases. Each input
// writes the whole list (change path "legal_bases"; conference.PickBases).
func (l *legalInputs) fields() []listform.Field[conference.Participant] {
	type p = conference.Participant
	load := func(x *p) {
		var codes []string
		release := conference.LegalBasis{}
		for _, b := range x.LegalBases {
			codes = append(codes, b.Basis)
			if b.Basis == conference.LegalConsent {
				release = b
			}
		}
		l.bases.SetValues(codes)
		l.releasedBy.SetValue(release.ReleasedBy)
		l.released.SetValue(release.Released)
		l.scope.SetValue(release.Scope)
		l.form.SetValue(release.Form)
		l.date.SetDate(release.Date)
	}
	bind := func(in widget.Input, first bool) listform.Field[p] {
		f := listform.Field[p]{Input: in, Name: "legal_bases", Store: l.store}
		if first {
			f.Load = load
		} else {
			f.Load = func(*p) {}
		}
		return f
	}
	return []listform.Field[p]{bind(l.bases, true), bind(l.releasedBy, false), bind(l.released, false), bind(l.scope, false), bind(l.form, false), bind(l.date, false)}
}

// store writes the bases the inputs hold into the participant. A member
// of the family keeps none; a date that is none is refused.
func (l *legalInputs) store(x *conference.Participant) *listform.Problem {
	if !l.offered() {
		return nil
	}
	day, ok := l.date.Date()
	if !ok {
		return &listform.Problem{Input: l.date, Text: l.date.Reason()}
	}
	out := conference.PickBases(x.LegalBases, l.bases.Values())
	for i := range out {
		if out[i].Basis == conference.LegalConsent {
			out[i].ReleasedBy, out[i].Released = l.releasedBy.Value(), l.released.Value()
			out[i].Scope, out[i].Form, out[i].Date = l.scope.Value(), l.form.Value(), day
		}
	}
	x.LegalBases = out
	return nil
}
