package conference

// PhaseText is a text of a conference and the phase it was recorded in,
// so a search hit can say where it was found and open the conference
// there.
type PhaseText struct {
	Phase PhaseID
	Text  string
}

// PhaseTexts lists the conference's texts in the order of the phases:
// what a search finds in a conference, with where it belongs.
func (c *Conference) PhaseTexts() []PhaseText {
	var out []PhaseText
	add := func(p PhaseID, texts ...string) {
		for _, t := range texts {
			if t != "" {
				out = append(out, PhaseText{p, t})
			}
		}
	}
	add(PhasePreparation, c.CaseCode, c.Topic, c.Occasion, c.KeyQuestion, c.Place, c.Family.Reason)
	for _, p := range c.Participants {
		add(PhaseOpening, p.Name, p.Institution, p.Discipline, p.Relationship, p.Report.NotInvolvedReason, p.Report.NoFeedbackReason)
		for _, b := range p.LegalBases {
			add(PhaseOpening, b.ReleasedBy, b.Released, b.Scope, b.Note)
		}
	}
	for _, r := range c.Reviews {
		add(PhaseReview, r.What, r.OwnerName, r.Note)
	}
	add(PhasePresentation, c.Facts, c.HelpInPlace)
	for _, e := range c.Chronology {
		add(PhasePresentation, e.DateText, e.Event, e.Source)
	}
	for _, x := range c.Contributions {
		p := x.Phase
		if p == "" {
			p = PhasePerspectives
		}
		add(p, x.Text, x.Source)
	}
	add(PhasePerspectives, c.ChildView.HowObtained, c.ChildView.Said, c.ChildView.MissingReason,
		c.ParentsView.HowObtained, c.ParentsView.Said, c.ParentsView.MissingReason)
	for _, p := range c.Carers {
		add(PhasePerspectives, p.View.HowObtained, p.View.Said, p.View.MissingReason)
	}
	for _, r := range c.Risks {
		add(PhaseWorries, r.Text, r.Source)
	}
	for _, s := range append(append([]Strength(nil), c.ProtectiveFactors...), c.ExistingSafety...) {
		add(PhaseWorries, s.Text, s.Source)
	}
	add(PhaseAssessment, c.Assessment.Note)
	for _, r := range c.ChildResults {
		add(PhaseAssessment, r.Note)
	}
	for _, d := range c.Assessment.Dissent {
		add(PhaseAssessment, d.Reason, d.Note)
	}
	add(PhaseSafety, c.ImmediateSafety.Note)
	for _, s := range c.ImmediateSafety.Steps {
		add(PhaseSafety, s.What, s.Until)
	}
	for _, it := range c.Agenda {
		add(PhaseAgenda, it.Title, it.Discussion, it.Decisions)
	}
	for _, a := range c.Cooperation {
		add(PhaseCooperation, a.Subject, a.Note)
		for _, p := range a.Partners {
			add(PhaseCooperation, p.Institution, p.Contact)
		}
	}
	for _, a := range c.Actions {
		phase := PhaseActions
		if c.Kind == KindNetwork {
			phase = PhaseAgenda // a network meeting's actions are its agenda items'
		}
		add(phase, a.What, a.ReportBack, a.IfNotDone, a.Plain)
	}
	for _, e := range c.CrisisPlan {
		add(PhaseActions, e.If, e.What, e.Who, e.By)
	}
	for _, s := range c.StatusLog {
		add(PhaseActions, s.Note)
	}
	for _, r := range c.Responsibilities {
		add(PhaseClosing, r.Note)
	}
	for _, p := range c.Parked {
		add(PhaseClosing, p.Text)
	}
	for _, d := range c.Distribution {
		add(PhaseClosing, d.Recipient)
		for _, b := range d.LegalBases {
			add(PhaseClosing, b.ReleasedBy, b.Released, b.Scope, b.Note)
		}
	}
	return out
}
