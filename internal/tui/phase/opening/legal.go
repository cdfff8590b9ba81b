package opening

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// legalInputs are the rows of the participant form that record on what
// ground the case is shared with the person (issue 13: per person, several
// where they apply): the bases picked from the list and, for a release
// from confidentiality, who released whom, for what, in which form and
// when (listform.Release, which the distribution's form asks too).
// They show for a professional of a case conference only: the family's
// own data needs none.
type legalInputs struct {
	release *listform.Release
	// offered reports whether the form is about someone who needs a basis.
	offered func() bool
}

func newLegalInputs(ctx *phase.Context, offered func() bool) *legalInputs {
	return &legalInputs{release: listform.NewRelease(ctx), offered: offered}
}

// rows are the form's rows: the bases, and the release's details while a
// release is picked.
func (l *legalInputs) rows() []widget.Row { return l.release.Rows(l.offered) }

// fields bind the rows to the participant's legal bases. Each input
// writes the whole list (change path "legal_bases"; conference.PickBases).
func (l *legalInputs) fields() []listform.Field[conference.Participant] {
	type p = conference.Participant
	bind := func(in widget.Input, load func(*p)) listform.Field[p] {
		return listform.Field[p]{Input: in, Name: "legal_bases", Store: l.store, Load: load}
	}
	fields := []listform.Field[p]{bind(l.release.Bases, func(x *p) { l.release.Load(x.LegalBases) })}
	for _, in := range l.release.Details() {
		fields = append(fields, bind(in, func(*p) {}))
	}
	return fields
}

// store writes the bases the inputs hold into the participant. A member
// of the family keeps none; a date that is none is refused.
func (l *legalInputs) store(x *conference.Participant) *listform.Problem {
	if !l.offered() {
		return nil
	}
	if problem := l.release.Check(); problem != nil {
		return problem
	}
	x.LegalBases = l.release.Apply(x.LegalBases)
	return nil
}
