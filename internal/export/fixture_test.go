package export

import (
	"time"

	"kofa/internal/conference"
)

// filledConference returns a closed case conference in which every field
// that holds user text holds text, and every list has entries, so that a
// test can check each place the exporter writes user text. Single-line
// fields (names, codes, times) and free text get the same string: the
// exporter must cope with hostile text anywhere.
func filledConference(text string) *conference.Conference {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	c.CaseCode, c.Topic, c.Occasion, c.KeyQuestion = text, text, text, text
	c.StartTime, c.AgreedEnd, c.Place = "09:00", "10:45", text
	release := []conference.LegalBasis{{Basis: conference.LegalConsent, ReleasedBy: text, Released: text, Scope: text,
		Form: conference.ReleaseWritten, Date: conference.Date{Year: 2026, Month: 11, Day: 20}, Note: text},
		{Basis: conference.LegalSGB8Para8a}}
	c.Family = conference.FamilyParticipation{Mode: conference.FamilyNotInformed, Reason: text}
	c.ConfidentialityAt = at.Add(3 * time.Minute)
	c.FollowUpOf = "abcdefgh"

	fac := c.AddParticipant(conference.Participant{Name: text, InstitutionType: "asd", Institution: text,
		Discipline: text, Roles: []string{conference.RoleFacilitator, conference.RoleMinuteTaker},
		Attendance: conference.AttendancePresent, JoinedAt: at, LegalBases: release}).ID
	kita := c.AddParticipant(conference.Participant{Name: text, InstitutionType: "kita", Institution: text,
		Discipline: text, Roles: []string{conference.RoleReporter}, Attendance: conference.AttendancePresent,
		JoinedAt: at.Add(5 * time.Minute), LeftAt: at.Add(60 * time.Minute),
		Report: conference.Report{Profession: conference.ProfessionProvider, Involved: conference.InvolvedYes}}).ID
	mother := c.AddParticipant(conference.Participant{Name: text, InstitutionType: "parent", Family: true,
		Relationship: text, Attendance: conference.AttendancePresent}).ID
	c.AddParticipant(conference.Participant{Name: text, InstitutionType: "school_teacher", Institution: text,
		Attendance: conference.AttendanceExcused, Roles: []string{conference.RoleReporter},
		Report: conference.Report{Profession: conference.ProfessionTeacher, Involved: conference.InvolvedNo, NotInvolvedReason: text}})
	c.AddParticipant(conference.Participant{Name: text, InstitutionType: "police", Attendance: conference.AttendanceAbsent})

	c.Start(at)
	c.Facts, c.HelpInPlace = text, text
	c.AddChronology(conference.ChronologyEntry{Date: conference.Date{Year: 2026, Month: 10, Day: 3}, Event: text, Source: text})
	c.AddChronology(conference.ChronologyEntry{DateText: text, Event: text, Source: text, Identifying: true})
	c.AddContribution(conference.Contribution{SpeakerID: kita, Text: text, Provenance: conference.ProvenanceObserved,
		Source: text, At: at, Phase: conference.PhasePerspectives})
	c.AddContribution(conference.Contribution{SpeakerID: fac, Text: text, Provenance: conference.ProvenanceReported,
		Source: text, At: at, Phase: conference.PhaseWorries, Identifying: true})
	c.AddContribution(conference.Contribution{Text: text, At: at, Phase: conference.PhasePerspectives})
	c.ChildView = conference.View{HowObtained: text, Said: text}
	c.ParentsView = conference.View{HowObtained: text, Said: text, MissingReason: text, Identifying: true}

	c.AddRisk(conference.RiskEntry{Area: "care", Indicator: "risk.care.food", Text: text, Intensity: conference.IntensityMarked,
		Weighty: true, Provenance: conference.ProvenanceReported, ReportedBy: kita, Source: text,
		Date: conference.Date{Year: 2026, Month: 11, Day: 2}})
	c.AddRisk(conference.RiskEntry{Area: "stress", Text: text, Intensity: conference.IntensityCannotAssess, Acute: true,
		Provenance: conference.ProvenanceReported, ReportedBy: text, Source: text})
	c.AddProtectiveFactor(conference.Strength{Factor: "protective_adult", Text: text, Provenance: conference.ProvenanceObserved, Source: text})
	c.AddExistingSafety(conference.Strength{Text: text, Source: text})

	four, seven := 4, 7
	c.SetRating(conference.Rating{ParticipantID: fac, Category: conference.CategoryLatent, Scale: &four, At: at})
	c.SetRating(conference.Rating{ParticipantID: kita, Category: conference.CategoryAcute, Scale: &seven, At: at})
	c.Assessment = conference.Assessment{Category: conference.CategoryAcute,
		HarmForms: []string{conference.HarmNeglect, conference.HarmPsychological}, Note: text}
	c.SetAreaRating("care", conference.SeverityPoor)
	c.AddDissent(conference.Dissent{ParticipantID: kita, Reason: text, Resolution: conference.DissentEscalation, Note: text})
	c.AddSafetyStep(conference.SafetyStep{What: text, Who: fac, Until: text})
	c.AddSafetyStep(conference.SafetyStep{What: text, Who: text, Until: "16:00"})
	c.ImmediateSafety.InformsFamily, c.ImmediateSafety.Note = fac, text

	a := c.AddAction(conference.Action{What: text, OwnerID: kita, Due: conference.Date{Year: 2026, Month: 12, Day: 15},
		ReportBack: text, IfNotDone: text})
	c.Agree(a.ID, at.Add(80*time.Minute))
	done := c.AddAction(conference.Action{What: text, OwnerID: fac, Institution: text, Due: conference.Date{Year: 2026, Month: 12, Day: 20},
		ReportBack: text, IfNotDone: text})
	c.AddStatus(done.ID, conference.StatusEntry{Status: conference.FollowUpDone, Note: text})
	carried := c.AddAction(conference.Action{What: text, OwnerID: mother, CarriedFrom: "abcdefgh/a1"}).ID
	c.Reviews = []conference.ActionReview{
		{ActionID: "a1", What: text, OwnerID: mother, OwnerName: text, Institution: text,
			Due: conference.Date{Year: 2026, Month: 11, Day: 15}, Status: conference.FollowUpNotDone, Note: text, CarriedTo: carried},
		{ActionID: "a2", What: text, OwnerName: text, Institution: text, Status: conference.FollowUpDone, Note: text},
	}
	plan := c.AddCrisisEntry(conference.CrisisEntry{If: text, What: text, Who: text, By: text, FamilyCourt: true}).ID
	c.AddCrisisEntry(conference.CrisisEntry{If: text, What: text, WhoID: kita, By: text, ActionID: a.ID})
	c.SetAnswered(a.ID, []string{c.Risks[0].ID})
	c.SetAnswered(plan, []string{c.Risks[0].ID, c.Risks[1].ID})
	c.Assessment.Dissent[0].ActionID = a.ID
	c.TeamLeadInformed = conference.Date{Year: 2026, Month: 12, Day: 1}
	c.SetResponsibility(conference.RespCaseLead, fac, text)
	c.SetResponsibility(conference.RespInformsFamily, kita, "")
	c.Park(text, fac, at)
	c.Park(text, "", at)
	c.NextReview, c.NextReviewTime = conference.Date{Year: 2027, Month: 1, Day: 12}, "14:00"
	c.Distribution = []conference.Distribution{
		{ParticipantID: fac, Variant: conference.MinutesFull},
		{Recipient: text, Variant: conference.MinutesPseudonymised},
		{Recipient: text, Variant: conference.MinutesFull, LegalBases: release},
		{ParticipantID: kita, Variant: conference.MinutesTasks},
	}
	c.Phase(conference.PhaseOpening).Extended = 5 * time.Minute
	c.Skip(conference.PhasePresentation, text, at.Add(10*time.Minute))
	c.GoTo(conference.PhaseActions, at.Add(70*time.Minute))
	c.Close(at.Add(97 * time.Minute))
	c.AddChild(conference.Child{FirstName: text, Initials: text, BirthYear: 2020, SeenOn: conference.Date{Year: 2026, Month: 11, Day: 28}, SeenBy: text})
	c.AddChild(conference.Child{FirstName: text, BirthYear: 2017, SeenOn: conference.Date{Year: 2026, Month: 11, Day: 30}, SeenBy: fac})
	c.AddCarer(conference.Carer{Name: text, Relationship: conference.RelationshipMother, Custody: conference.CustodyJoint})
	c.ReleaseMinutes(text, text, conference.Date{Year: 2026, Month: 12, Day: 15}, at.Add(24*time.Hour))
	// Fixed gaps: what Validate finds depends on the text, and the tests
	// compare structures across texts.
	c.OpenGaps = []conference.Problem{
		{Path: "next_review", Key: conference.KeyNextReviewMissing},
		{Path: "responsibilities/case_lead", Key: conference.KeyResponsibilityMissed},
	}
	return c
}
