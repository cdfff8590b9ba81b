package conference

import "slices"

// The reporting professional (meldende Fachkraft) is the participant
// holding RoleReporter: the one who informed the youth-welfare office.
// They may sit at the table or be absent; either way two things follow
// from the report, and the opening records both on the participant:
//
//   - Involving them (§ 8a Abs. 1 S. 2 Nr. 2 SGB VIII): since 2021 the
//     office should involve a reporting professional bound by secrecy in
//     the risk assessment where that helps and does not endanger the
//     child. Whether they were, and why not, is a decision to record.
//   - Feedback (§ 4 Abs. 4 KKG): a professional bound by secrecy under
//     § 4 Abs. 1 KKG who informed the office is told promptly whether the
//     office sees the weighty indications confirmed and whether it acted
//     and is still acting. Not giving it needs a reason. Others who
//     reported (a Kita under its § 8a Abs. 4 agreement, a neighbour) are
//     owed no § 4 feedback; they get the result notice instead.

// Report is what the opening records about a reporting professional.
type Report struct {
	// Profession is one of ReporterProfessions.
	Profession string `json:"profession,omitempty"`
	// Involved is InvolvedYes or InvolvedNo ("" not decided yet);
	// NotInvolvedReason says why not.
	Involved          string `json:"involved,omitempty"`
	NotInvolvedReason string `json:"not_involved_reason,omitempty"`
	// FeedbackDue overrides the default due date of the feedback
	// (FeedbackDays after the conference). FeedbackGiven is the day it was
	// given; NoFeedbackReason why it is not given. Either settles it.
	FeedbackDue      Date   `json:"feedback_due,omitzero"`
	FeedbackGiven    Date   `json:"feedback_given,omitzero"`
	NoFeedbackReason string `json:"no_feedback_reason,omitempty"`
}

// Whether the reporting professional was involved in the risk assessment.
const (
	InvolvedYes = "yes"
	InvolvedNo  = "no"
)

// Professions of a reporting professional. The first seven are bound by
// secrecy under § 4 Abs. 1 KKG (Nr. 1 to 7) and are owed feedback.
const (
	// ProfessionDoctor: doctors and dentists (Nr. 1).
	ProfessionDoctor = "doctor"
	// ProfessionMidwife: midwives and other health professions with a
	// state-regulated training (Nr. 1).
	ProfessionMidwife = "midwife"
	// ProfessionPsychologist: psychologists with a state-recognised final
	// examination (Nr. 2).
	ProfessionPsychologist = "psychologist"
	// ProfessionCounsellor: marriage, family, parenting and youth
	// counsellors, addiction counsellors, pregnancy counsellors (Nr. 3-5).
	ProfessionCounsellor = "counsellor"
	// ProfessionSocialWorker: state-recognised social workers and social
	// pedagogues (Nr. 6).
	ProfessionSocialWorker = "social_worker"
	// ProfessionTeacher: teachers at public and state-recognised schools
	// (Nr. 7).
	ProfessionTeacher = "teacher"
	// ProfessionProvider: a professional of a Kita or an independent
	// provider reporting under the agreement of § 8a Abs. 4 SGB VIII.
	ProfessionProvider = "provider_8a4"
	ProfessionPolice   = "police"
	// ProfessionOther: anyone else (a neighbour, a relative).
	ProfessionOther = "other"
)

var (
	// ReporterProfessions are the professions offered, in display order.
	ReporterProfessions = []string{ProfessionDoctor, ProfessionMidwife, ProfessionPsychologist, ProfessionCounsellor,
		ProfessionSocialWorker, ProfessionTeacher, ProfessionProvider, ProfessionPolice, ProfessionOther}
	// boundBySecrecy are the professions of § 4 Abs. 1 KKG.
	boundBySecrecy = ReporterProfessions[:6]
	Involvements   = []string{InvolvedYes, InvolvedNo}
)

// FeedbackDays is how long after the conference the feedback to the
// reporting professional is due by default: "zeitnah" (promptly).
const FeedbackDays = 14

// BoundBySecrecy reports whether a profession is bound by secrecy under
// § 4 Abs. 1 KKG, which is what entitles a reporter to feedback.
func BoundBySecrecy(profession string) bool { return slices.Contains(boundBySecrecy, profession) }

// ProfessionOf suggests a reporter's profession from the institution
// type of the catalogue ("" when it does not tell): the opening proposes
// it, the facilitator confirms or changes it.
func ProfessionOf(institutionType string) string {
	switch institutionType {
	case "paediatrician", "clinic_child_protection", "child_psychiatry", "public_health_office", "parents_doctor":
		return ProfessionDoctor
	case "midwife":
		return ProfessionMidwife
	case "school_psychology":
		return ProfessionPsychologist
	case "counselling_family", "counselling_addiction", "counselling_sexual_violence", "counselling_domestic_violence":
		return ProfessionCounsellor
	case "school_social_work":
		return ProfessionSocialWorker
	case "school_teacher", "school_head":
		return ProfessionTeacher
	case "kita", "provider_family_support", "provider_residential":
		return ProfessionProvider
	case "police":
		return ProfessionPolice
	}
	return ""
}

// IsReporter reports whether p is a reporting professional.
func (p Participant) IsReporter() bool { return p.HasRole(RoleReporter) }

// OwedFeedback reports whether p is a reporting professional entitled to
// the feedback of § 4 Abs. 4 KKG.
func (p Participant) OwedFeedback() bool {
	return p.IsReporter() && BoundBySecrecy(p.Report.Profession)
}

// Reporters returns the reporting professionals, in list order.
func (c *Conference) Reporters() []Participant { return c.ParticipantsWithRole(RoleReporter) }

// FeedbackDue is the day the feedback to p is due: the day recorded, or
// FeedbackDays after the conference.
func (c *Conference) FeedbackDue(p Participant) Date {
	if !p.Report.FeedbackDue.IsZero() || c.Date.IsZero() {
		return p.Report.FeedbackDue
	}
	return c.Date.AddDays(FeedbackDays)
}

// FeedbackOpen reports whether the feedback owed to p is still to be
// given: p is entitled, and neither the day it was given nor a reason for
// not giving it is recorded.
func (p Participant) FeedbackOpen() bool {
	return p.OwedFeedback() && p.Report.FeedbackGiven.IsZero() && p.Report.NoFeedbackReason == ""
}

// IndicationsConfirmed is the first thing the feedback says: whether the
// office sees the weighty indications confirmed, which it does when the
// result is an acute or a latent risk.
func (c *Conference) IndicationsConfirmed() bool { return c.NeedsContingency() }

// OfficeActing is the second: whether the office is still acting in the
// case. It acted by holding the conference; it still acts while any
// action is open, a review conference is set, or the result sees a need
// for help.
func (c *Conference) OfficeActing() bool {
	if !c.NextReview.IsZero() || c.Assessment.Category != "" && c.Assessment.Category != CategoryNoNeed {
		return true
	}
	return slices.ContainsFunc(c.Actions, func(a Action) bool { return c.ActionOpen(a.ID) })
}

// reporters checks what the opening records about each reporting
// professional: the profession once the opening is behind, and whether
// they were involved in the risk assessment (with the reason if not) once
// the assessment is reached.
func (v *validator) reporters() {
	c := v.c
	if c.Kind != KindCase {
		return
	}
	for _, p := range c.Reporters() {
		path := "participants/" + p.ID + "/report"
		r := p.Report
		switch {
		case r.Profession == "" && v.passed(PhaseOpening):
			v.add(path+"/profession", KeyReporterProfession)
		case r.Profession != "" && !slices.Contains(ReporterProfessions, r.Profession):
			v.add(path+"/profession", KeyReporterProfession)
		}
		switch {
		case r.Involved == "" && v.reached(PhaseAssessment):
			v.add(path+"/involved", KeyReporterInvolved)
		case r.Involved != "" && !slices.Contains(Involvements, r.Involved):
			v.add(path+"/involved", KeyReporterInvolved)
		case r.Involved == InvolvedNo && r.NotInvolvedReason == "":
			v.add(path+"/not_involved_reason", KeyReporterReason)
		}
	}
}

// Message keys of the reporter's problems.
const (
	KeyReporterProfession = "reporter.problem.profession"
	KeyReporterInvolved   = "reporter.problem.involved"
	KeyReporterReason     = "reporter.problem.reason"
)
