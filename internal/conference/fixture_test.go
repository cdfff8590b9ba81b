package conference

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// t0 is the planned start of every test conference; tests move the clock
// by handing later times to the methods (no sleeps, no time.Now).
var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// at returns the clock reading m minutes after t0.
func at(m float64) time.Time { return t0.Add(time.Duration(m * float64(time.Minute))) }

func minutes(m float64) time.Duration { return time.Duration(m * float64(time.Minute)) }

// people are the participant IDs of the fixture, in list order.
type people struct {
	lead, kita, doctor, school, adviser, police, mother string
	// plan is the crisis-plan entry; colleague a second professional of
	// the youth-welfare office.
	plan, colleague string
}

// fixture returns a case conference that has run through every phase and
// is in its closing phase with everything a complete conference needs:
// Validate finds no problem. Tests break one thing at a time.
func fixture(t *testing.T) (*Conference, people) {
	t.Helper()
	c := New("k7m2qxa9", KindCase, t0.Add(-72*time.Hour))
	c.Date = DateOf(t0)
	c.CaseCode = "K-2026-117"
	c.Occasion = "Meldung der Kita"
	c.KeyQuestion = "Ist das Kind zu Hause ausreichend versorgt?"
	c.StartTime = "09:00"
	c.AgreedEnd = "10:30"
	c.Place = "Raum 2.14"
	c.Family = FamilyParticipation{Mode: FamilyPartTime}
	consent := LegalBasis{
		Basis: LegalConsent, ReleasedBy: "Mutter", Scope: "Kita, Kinderarztpraxis",
		Form: ReleaseWritten, Date: DateOf(t0).AddDays(-5), Note: "liegt in der Akte",
	}
	office := []LegalBasis{{Basis: LegalSGB8Para8a}}
	released := func() []LegalBasis { return []LegalBasis{consent} }
	pseudonymous := []LegalBasis{{Basis: LegalPseudonymised}}

	var ps people
	add := func(p Participant) string { return c.AddParticipant(p).ID }
	ps.lead = add(Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord",
		Discipline: "Sozialarbeit", Roles: []string{RoleCaseLead, RoleFacilitator}, LegalBases: office})
	ps.kita = add(Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume",
		Roles: []string{RoleReporter}, LegalBases: released(),
		Report: Report{Profession: ProfessionProvider, Involved: InvolvedYes}})
	ps.doctor = add(Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Institution: "Praxis Dr. Weber", LegalBases: released()})
	ps.school = add(Participant{Name: "Lena Hartmann", InstitutionType: "school_social_work", Institution: "Grundschule Am Hang", LegalBases: released()})
	ps.adviser = add(Participant{Name: "Claudia Neumann", InstitutionType: "insofa", Roles: []string{RoleAdviser}, LegalBases: pseudonymous})
	ps.police = add(Participant{Name: "Markus Brandt", InstitutionType: "police", Attendance: AttendanceExcused})
	ps.mother = add(Participant{Name: "Jana S.", InstitutionType: "parent", Family: true, Relationship: "Mutter"})

	c.Start(t0)
	for _, id := range []string{ps.lead, ps.kita, ps.doctor, ps.school, ps.adviser, ps.mother} {
		c.Join(id, t0)
	}
	c.ConfidentialityAt = at(2)

	c.GoTo(PhasePresentation, at(6))
	c.Facts = "Kind (6) besucht die Kita seit zwei Jahren."
	c.AddChronology(ChronologyEntry{Date: DateOf(t0).AddDays(-30), Event: "Meldung der Kita", Source: "Kita"})
	c.AddChronology(ChronologyEntry{DateText: "Sommer 2025", Event: "Umzug", Source: "Mutter"})
	c.HelpInPlace = "keine"

	c.GoTo(PhasePerspectives, at(16))
	c.SetOrder()
	for _, id := range []string{ps.lead, ps.kita, ps.doctor, ps.school, ps.adviser} {
		c.AddContribution(Contribution{SpeakerID: id, Text: "Beobachtung", Provenance: ProvenanceObserved,
			Source: "eigener Termin", At: at(17)})
	}
	for i := range 5 {
		c.NextSpeaker(at(18 + 3*float64(i)))
	}
	c.ChildView = View{HowObtained: "Gespräch in der Kita", Said: "Zu Hause ist es oft laut."}
	c.ParentsView = View{HowObtained: "in der Konferenz", Said: "Ich schaffe das gerade nicht allein."}
	c.Leave(ps.mother, at(33))

	c.GoTo(PhaseWorries, at(33))
	c.AddRisk(RiskEntry{Area: "care", Indicator: "risk.care.food", Intensity: IntensityMarked, Weighty: true,
		Provenance: ProvenanceObserved, ReportedBy: ps.kita, Source: "Kita", Date: DateOf(t0).AddDays(-7)})
	c.AddRisk(RiskEntry{Area: "stress", Text: "Mutter allein erziehend, erschöpft", Intensity: IntensityCannotAssess,
		Provenance: ProvenanceReported})
	c.AddProtectiveFactor(Strength{Factor: "regular_contact", Provenance: ProvenanceObserved, Source: "Kita"})
	c.AddExistingSafety(Strength{Text: "Oma holt das Kind zweimal pro Woche ab"})

	c.GoTo(PhaseAssessment, at(50))
	for i, id := range []string{ps.lead, ps.kita, ps.doctor, ps.school, ps.adviser} {
		scale := 4 + i%3
		c.SetRating(Rating{ParticipantID: id, Category: CategoryLatent, Scale: &scale, At: at(52)})
	}
	c.RatingsRevealed = true
	c.Assessment = Assessment{Category: CategoryLatent, HarmForms: []string{HarmNeglect}, Note: "einvernehmlich"}
	c.AddDissent(Dissent{ParticipantID: ps.doctor, Reason: "sieht Hilfebedarf ohne Gefährdung",
		Resolution: DissentOfficeDecides})

	c.GoTo(PhaseActions, at(60))
	a := c.AddAction(Action{What: "Hausbesuch", OwnerID: ps.lead, Due: DateOf(t0).AddDays(7),
		ReportBack: "Bericht an alle", IfNotDone: "Folgekonferenz vorziehen"}).ID
	c.SetAnswered(a, []string{c.Risks[0].ID})
	b := c.AddAction(Action{What: "Beobachtung dokumentieren", OwnerID: ps.kita, Due: DateOf(t0).AddDays(14),
		ReportBack: "E-Mail an ASD"}).ID

	c.GoTo(PhaseClosing, at(75))
	for _, id := range []string{a, b} {
		if probs := c.Agree(id, at(76)); len(probs) > 0 {
			t.Fatalf("fixture: agree %s: %v", id, probs)
		}
	}
	c.Park("Schulanmeldung", ps.school, at(77))
	c.SetResponsibility(RespCaseLead, ps.lead, "")
	c.SetResponsibility(RespInformsFamily, ps.lead, "Telefonat")
	c.NextReview = DateOf(t0).AddDays(28)
	c.NextReviewTime = "10:00"
	c.Distribution = []Distribution{
		{ParticipantID: ps.lead, Variant: MinutesFull},
		{ParticipantID: ps.adviser, Variant: MinutesPseudonymised},
		{Recipient: "Polizeiinspektion Nord", Variant: MinutesTasks, LegalBases: []LegalBasis{{Basis: LegalSGB8Para65}}},
	}
	c.TeamLeadInformed = DateOf(t0)
	// Added last, so the IDs the tests name stay as they were.
	ps.plan = c.AddCrisisEntry(CrisisEntry{If: "Kind kommt erneut hungrig", What: "Kita informiert das ASD",
		WhoID: ps.kita, By: "am selben Tag"}).ID
	c.SetAnswered(ps.plan, []string{c.Risks[0].ID})
	ps.colleague = c.AddParticipant(Participant{Name: "Tobias Lang", InstitutionType: "asd", Institution: "Jugendamt Nord",
		LegalBases: office}).ID
	c.Join(ps.colleague, at(1))
	c.Touch(at(80))
	if probs := Validate(c); len(probs) > 0 {
		t.Fatalf("fixture is not complete: %v", probs)
	}
	return c, ps
}

// closedFixture is the fixture after Close.
func closedFixture(t *testing.T) (*Conference, people) {
	t.Helper()
	c, ps := fixture(t)
	c.Close(at(82))
	return c, ps
}

// rewind puts the conference back into phase id while it is running: the
// phases before are done, the ones after not started.
func rewind(c *Conference, id PhaseID) {
	c.Status = StatusRunning
	c.ClosedAt = time.Time{}
	c.OpenGaps = nil
	c.CurrentPhase = id
	reached := false
	for i := range c.Phases {
		r := &c.Phases[i]
		switch {
		case r.ID == id:
			r.State, reached = PhaseCurrent, true
		case reached:
			r.State = PhaseNotStarted
		default:
			r.State = PhaseDone
		}
	}
}

// problemSet renders problems as sorted "path key [args]" lines, so a
// failure shows exactly what differs.
func problemSet(probs []Problem) []string {
	out := make([]string, 0, len(probs))
	for _, p := range probs {
		s := p.Path + " " + p.Key
		if len(p.Args) > 0 {
			s += " [" + strings.Join(p.Args, ",") + "]"
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func problemKeys(probs []Problem) []string {
	out := make([]string, 0, len(probs))
	for _, p := range probs {
		out = append(out, p.Key)
	}
	slices.Sort(out)
	return out
}

// dropCrisisPlan removes every entry of the crisis and protection plan the
// way the editor does, links and all.
func dropCrisisPlan(c *Conference) {
	for len(c.CrisisPlan) > 0 {
		c.Remove(c.CrisisPlan[0].ID)
	}
}
