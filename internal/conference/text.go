package conference

import "kofa/internal/sanitize"

// Every text of a conference is what typing into kofa can produce: no
// escape sequence, control or invisible format character (package
// sanitize), one line where kofa edits the text in a single-line field, and
// no longer than that field lets anyone type. Typed text is so already. A
// conference read from a store or an archive written by something else may
// hold anything, so the store cleans what it reads (CleanText) and an
// archive import also cuts what is too long (FitText). This file is the one
// list of a conference's texts and of which of them are single lines.

// textKind says how a text is edited, and so how it is cleaned.
type textKind uint8

const (
	textCode textKind = iota // an ID or a code: one line
	textLine                 // typed into a single-line field
	textFree                 // typed into a text area: line breaks stay
)

// limit is the most bytes a text of kind k holds when typed.
func (k textKind) limit() int {
	if k == textFree {
		return sanitize.MaxText
	}
	return sanitize.MaxLine
}

// clean returns s cleaned as a text of kind k, cut to k's limit when fit is
// set, and whether that changed it.
func (k textKind) clean(s string, fit bool) (string, bool) {
	var out string
	if k == textFree {
		out = sanitize.Text(s)
	} else {
		out = sanitize.Line(s) // Line removes what Text removes
	}
	if fit {
		out, _ = sanitize.Limit(out, k.limit())
	}
	return out, out != s
}

// CleanText cleans every text of c in place as typing would have (without
// cutting anything) and returns how many it changed: 0 for a conference
// typed into kofa.
func (c *Conference) CleanText() int { return c.eachText(false) }

// FitText is CleanText that also cuts every text to the length typing
// allows: 200 bytes for single-line fields, 64 KiB for free text.
func (c *Conference) FitText() int { return c.eachText(true) }

// MarkTexts replaces every text a person typed or could type (single-line
// and free text, set or empty, in every element the conference holds; not
// codes and IDs) with what mark returns, and returns how many it
// replaced. Tests use it to prove that an output (the report across cases)
// carries no text of a conference: a marker in every field, then a look
// for the markers.
func (c *Conference) MarkTexts(mark func() string) int {
	v := &texts{mark: mark}
	c.visitTexts(v)
	return v.changed
}

// texts visits strings of any string type.
type texts struct {
	fit     bool
	changed int
	mark    func() string // MarkTexts
}

func text[T ~string](v *texts, p *T, k textKind) {
	if v.mark != nil {
		if k != textCode {
			*p = T(v.mark())
			v.changed++
		}
		return
	}
	if *p == "" {
		return
	}
	if s, changed := k.clean(string(*p), v.fit); changed {
		*p = T(s)
		v.changed++
	}
}

func textList[T ~string](v *texts, list []T, k textKind) {
	for i := range list {
		text(v, &list[i], k)
	}
}

func (c *Conference) eachText(fit bool) int {
	v := &texts{fit: fit}
	c.visitTexts(v)
	return v.changed
}

func (c *Conference) visitTexts(v *texts) {
	// c.ID stays: it is the store's key, and ValidID holds for every ID
	// kofa makes or imports.
	text(v, &c.Kind, textCode)
	text(v, &c.CaseCode, textLine)
	text(v, &c.Topic, textLine)
	text(v, &c.Occasion, textFree)
	text(v, &c.KeyQuestion, textFree)
	text(v, &c.StartTime, textLine)
	text(v, &c.AgreedEnd, textLine)
	text(v, &c.Place, textLine)
	text(v, &c.Status, textCode)
	for i := range c.OpenGaps {
		c.OpenGaps[i].texts(v)
	}
	if lb := c.LegacyLegalBasis; lb != nil {
		text(v, &lb.Basis, textCode)
		text(v, &lb.ConsentBy, textLine)
		text(v, &lb.ConsentScope, textLine)
		text(v, &lb.Note, textFree)
	}
	text(v, &c.Family.Mode, textCode)
	text(v, &c.Family.Reason, textFree)
	for i := range c.Participants {
		c.Participants[i].texts(v)
	}
	for i := range c.Children {
		ch := &c.Children[i]
		text(v, &ch.ID, textCode)
		text(v, &ch.FirstName, textLine)
		text(v, &ch.Initials, textLine)
		text(v, &ch.SeenBy, textLine)
	}
	for i := range c.Carers {
		ca := &c.Carers[i]
		text(v, &ca.ID, textCode)
		text(v, &ca.Name, textLine)
		text(v, &ca.Relationship, textCode)
		text(v, &ca.Custody, textCode)
		ca.View.texts(v)
		text(v, &ca.Stance, textCode)
	}
	for i := range c.ChildResults {
		r := &c.ChildResults[i]
		text(v, &r.ChildID, textCode)
		text(v, &r.Category, textCode)
		textList(v, r.HarmForms, textCode)
		for j := range r.Ratings {
			text(v, &r.Ratings[j].ParticipantID, textCode)
			text(v, &r.Ratings[j].Category, textCode)
		}
		text(v, &r.Note, textFree)
	}
	for i := range c.Phases {
		p := &c.Phases[i]
		text(v, &p.ID, textCode)
		text(v, &p.State, textCode)
		text(v, &p.SkipReason, textFree)
	}
	text(v, &c.CurrentPhase, textCode)
	c.Speaking.texts(v)
	text(v, &c.Facts, textFree)
	chronologyTexts(v, c.Chronology)
	text(v, &c.HelpInPlace, textFree)
	for i := range c.Contributions {
		x := &c.Contributions[i]
		text(v, &x.ID, textCode)
		text(v, &x.SpeakerID, textCode)
		text(v, &x.Text, textLine)
		text(v, &x.Provenance, textCode)
		text(v, &x.Source, textLine)
		text(v, &x.Phase, textCode)
	}
	c.ChildView.texts(v)
	c.ParentsView.texts(v)
	riskTexts(v, c.Risks)
	for i := range c.AreaRatings {
		text(v, &c.AreaRatings[i].Area, textCode)
		text(v, &c.AreaRatings[i].Quality, textCode)
	}
	strengthTexts(v, c.ProtectiveFactors)
	strengthTexts(v, c.ExistingSafety)
	for i := range c.Ratings {
		text(v, &c.Ratings[i].ParticipantID, textCode)
		text(v, &c.Ratings[i].Category, textCode)
	}
	c.Assessment.texts(v)
	c.ImmediateSafety.texts(v)
	for i := range c.Agenda {
		it := &c.Agenda[i]
		text(v, &it.ID, textCode)
		text(v, &it.Title, textLine)
		text(v, &it.LeadID, textCode)
		text(v, &it.Discussion, textFree)
		text(v, &it.Decisions, textFree)
		text(v, &it.Status, textCode)
		text(v, &it.CarriedFrom, textCode)
	}
	for i := range c.Cooperation {
		c.Cooperation[i].texts(v)
	}
	for i := range c.Actions {
		c.Actions[i].texts(v)
	}
	statusTexts(v, c.StatusLog)
	for i := range c.CrisisPlan {
		e := &c.CrisisPlan[i]
		text(v, &e.ID, textCode)
		text(v, &e.If, textLine)
		text(v, &e.What, textFree)
		text(v, &e.WhoID, textCode)
		text(v, &e.Who, textLine)
		text(v, &e.By, textLine)
		text(v, &e.ActionID, textCode)
	}
	for i := range c.Answers {
		a := &c.Answers[i]
		text(v, &a.RiskID, textCode)
		text(v, &a.ActionID, textCode)
		text(v, &a.CrisisID, textCode)
	}
	text(v, &c.LegacyContingencyPlan, textFree)
	for i := range c.Responsibilities {
		r := &c.Responsibilities[i]
		text(v, &r.Code, textCode)
		text(v, &r.ParticipantID, textCode)
		text(v, &r.Note, textFree)
	}
	for i := range c.Parked {
		p := &c.Parked[i]
		text(v, &p.ID, textCode)
		text(v, &p.Text, textLine)
		text(v, &p.OwnerID, textCode)
		text(v, &p.Phase, textCode)
	}
	text(v, &c.NextReviewTime, textLine)
	for i := range c.Distribution {
		d := &c.Distribution[i]
		text(v, &d.ID, textCode)
		text(v, &d.ParticipantID, textCode)
		text(v, &d.PersonID, textCode)
		text(v, &d.Recipient, textLine)
		text(v, &d.Variant, textCode)
		text(v, &d.For, textLine)
		text(v, &d.How, textCode)
		legalTexts(v, d.LegalBases)
	}
	text(v, &c.Release.By, textLine)
	text(v, &c.Release.Function, textLine)
	for i := range c.CooperationCheck.Answers {
		a := &c.CooperationCheck.Answers[i]
		text(v, &a.Seam, textCode)
		text(v, &a.Answer, textCode)
		text(v, &a.Note, textLine)
	}
	if h := c.Handover; h != nil {
		h.texts(v)
	}
	text(v, &c.FollowUpOf, textCode)
	text(v, &c.Predecessor.Title, textLine)
	if p := c.Previous; p != nil {
		chronologyTexts(v, p.Chronology)
		riskTexts(v, p.Risks)
		strengthTexts(v, p.ProtectiveFactors)
		strengthTexts(v, p.ExistingSafety)
		text(v, &p.Category, textCode)
		textList(v, p.HarmForms, textCode)
		text(v, &p.Result, textFree)
		statusTexts(v, p.StatusLog)
		textList(v, p.Taken, textCode)
	}
	for i := range c.Reviews {
		c.Reviews[i].texts(v)
	}
	for form, d := range c.Drafts {
		// A draft's texts are what its inputs held, line breaks of text
		// areas and spaces around what is being typed included.
		textList(v, d.Texts, textFree)
		clean := form
		text(v, &clean, textCode)
		if clean != form {
			delete(c.Drafts, form)
			c.Drafts[clean] = d
		}
	}
}

func (h *Handover) texts(v *texts) {
	text(v, &h.From, textCode)
	text(v, &h.Route, textCode)
	text(v, &h.To, textLine)
	text(v, &h.ToType, textCode)
	text(v, &h.Receiver, textLine)
	text(v, &h.Mode, textCode)
	text(v, &h.What, textFree)
	text(v, &h.FamilyTold, textFree)
	for i := range h.Takeovers {
		t := &h.Takeovers[i]
		text(v, &t.ID, textCode)
		text(v, &t.From, textCode)
		text(v, &t.ActionID, textCode)
		text(v, &t.What, textLine)
		text(v, &t.Status, textCode)
		text(v, &t.PreviousOwner, textLine)
		text(v, &t.PreviousInstitution, textLine)
		text(v, &t.Owner, textLine)
		text(v, &t.Institution, textLine)
		text(v, &t.Note, textLine)
	}
	for i := range h.Contacts {
		x := &h.Contacts[i]
		text(v, &x.ID, textCode)
		text(v, &x.Name, textLine)
		text(v, &x.Function, textLine)
		text(v, &x.Institution, textLine)
		text(v, &x.Reach, textLine)
	}
	text(v, &h.Receipt.By, textLine)
}

func (p *Problem) texts(v *texts) {
	text(v, &p.Path, textCode)
	text(v, &p.Key, textCode)
	textList(v, p.Args, textLine)
}

func (p *Participant) texts(v *texts) {
	text(v, &p.ID, textCode)
	text(v, &p.Name, textLine)
	text(v, &p.InstitutionType, textCode)
	text(v, &p.Institution, textLine)
	text(v, &p.Discipline, textLine)
	textList(v, p.Roles, textCode)
	text(v, &p.Relationship, textLine)
	text(v, &p.Attendance, textCode)
	text(v, &p.Report.Profession, textCode)
	text(v, &p.Report.Involved, textCode)
	text(v, &p.Report.NotInvolvedReason, textFree)
	text(v, &p.Report.NoFeedbackReason, textFree)
	legalTexts(v, p.LegalBases)
}

func legalTexts(v *texts, list []LegalBasis) {
	for i := range list {
		b := &list[i]
		text(v, &b.Basis, textCode)
		text(v, &b.ReleasedBy, textLine)
		text(v, &b.Released, textLine)
		text(v, &b.Scope, textLine)
		text(v, &b.Form, textCode)
		text(v, &b.Note, textFree)
	}
}

func (s *SpeakingOrder) texts(v *texts) {
	textList(v, s.Order, textCode)
	textList(v, s.Done, textCode)
	for id, d := range s.Spoken {
		clean := id
		text(v, &clean, textCode)
		if clean != id {
			delete(s.Spoken, id)
			s.Spoken[clean] += d
		}
	}
}

func chronologyTexts(v *texts, list []ChronologyEntry) {
	for i := range list {
		e := &list[i]
		text(v, &e.ID, textCode)
		text(v, &e.DateText, textLine)
		text(v, &e.Event, textLine)
		text(v, &e.Source, textLine)
	}
}

func (w *View) texts(v *texts) {
	text(v, &w.HowObtained, textLine)
	text(v, &w.Said, textFree)
	text(v, &w.MissingReason, textLine)
}

func riskTexts(v *texts, list []RiskEntry) {
	for i := range list {
		r := &list[i]
		text(v, &r.ID, textCode)
		text(v, &r.Area, textCode)
		text(v, &r.Indicator, textCode)
		text(v, &r.Text, textLine) // typed into the indicator's pick list
		text(v, &r.Intensity, textCode)
		text(v, &r.LegacySeverity, textCode)
		text(v, &r.Provenance, textCode)
		text(v, &r.ReportedBy, textCode)
		text(v, &r.Source, textLine)
	}
}

func strengthTexts(v *texts, list []Strength) {
	for i := range list {
		s := &list[i]
		text(v, &s.ID, textCode)
		text(v, &s.Factor, textCode)
		text(v, &s.Text, textLine)
		text(v, &s.Provenance, textCode)
		text(v, &s.Source, textLine)
	}
}

func (a *Assessment) texts(v *texts) {
	text(v, &a.Category, textCode)
	textList(v, a.HarmForms, textCode)
	for i := range a.Dissent {
		d := &a.Dissent[i]
		text(v, &d.ID, textCode)
		text(v, &d.ParticipantID, textCode)
		text(v, &d.Reason, textFree)
		text(v, &d.ActionID, textCode)
		text(v, &d.Resolution, textCode)
		text(v, &d.Note, textFree)
	}
	text(v, &a.Note, textFree)
}

func (s *ImmediateSafety) texts(v *texts) {
	for i := range s.Steps {
		st := &s.Steps[i]
		text(v, &st.ID, textCode)
		text(v, &st.What, textLine)
		text(v, &st.Who, textLine)
		text(v, &st.Until, textLine)
	}
	text(v, &s.InformsFamily, textCode)
	text(v, &s.Note, textFree)
}

func (a *Action) texts(v *texts) {
	text(v, &a.ID, textCode)
	text(v, &a.What, textLine)
	text(v, &a.OwnerID, textCode)
	text(v, &a.Institution, textLine)
	text(v, &a.ReportBack, textLine)
	text(v, &a.IfNotDone, textFree)
	text(v, &a.Plain, textLine)
	text(v, &a.LegacyStatus, textCode)
	text(v, &a.LegacyNote, textFree)
	text(v, &a.CarriedFrom, textCode)
	text(v, &a.Item, textCode)
	text(v, &a.Informs, textCode)
}

func statusTexts(v *texts, list []ActionStatus) {
	for i := range list {
		text(v, &list[i].ActionID, textCode)
		list[i].StatusEntry.texts(v)
	}
}

func (e *StatusEntry) texts(v *texts) {
	text(v, &e.Status, textCode)
	text(v, &e.By, textLine)
	text(v, &e.Note, textFree)
	text(v, &e.In, textCode)
}

// CleanText cleans the texts of a status entry as Conference.CleanText
// does.
func (e *StatusEntry) CleanText() int {
	v := &texts{}
	e.texts(v)
	return v.changed
}

func (r *ActionReview) texts(v *texts) {
	text(v, &r.ActionID, textCode)
	text(v, &r.What, textLine)
	text(v, &r.OwnerID, textCode)
	text(v, &r.OwnerName, textLine)
	text(v, &r.Institution, textLine)
	text(v, &r.ReportBack, textLine)
	text(v, &r.IfNotDone, textFree)
	text(v, &r.Status, textCode)
	text(v, &r.Note, textLine)
	text(v, &r.CarriedTo, textCode)
	text(v, &r.Item, textCode)
}

// CleanText cleans the texts of a summary as Conference.CleanText does.
func (s *Summary) CleanText() int {
	v := &texts{}
	text(v, &s.Kind, textCode) // s.ID stays, as in Conference.CleanText
	text(v, &s.CaseCode, textLine)
	text(v, &s.Topic, textLine)
	text(v, &s.Status, textCode)
	text(v, &s.Phase, textCode)
	return v.changed
}

// CleanText cleans the texts of an audit entry.
func (e *AuditEntry) CleanText() int {
	v := &texts{}
	text(v, &e.Op, textCode)
	text(v, &e.Path, textCode)
	text(v, &e.Arg, textLine)
	return v.changed
}
