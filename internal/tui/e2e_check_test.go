package tui

import (
	"slices"
	"testing"

	"kofa/internal/conference"
)

// checkConference asserts that c holds everything runConference typed.
// what names where c came from, for the messages.
func checkConference(t *testing.T, what string, c *conference.Conference) {
	t.Helper()
	errorf := func(format string, args ...any) {
		t.Helper()
		t.Errorf(what+": "+format, args...)
	}
	today := conference.DateOf(start)

	// 0 Preparation.
	if c.Kind != conference.KindCase || c.CaseCode != "K-2026-117" || c.Occasion != "Hämatome an beiden Oberarmen" ||
		c.KeyQuestion != "Ist Mia zu Hause ausreichend geschützt?" || c.StartTime != "09:30" ||
		c.Place != "Jugendamt, Raum 2.14" || c.PlannedMinutes != 90 {
		errorf("preparation: kind %q, code %q, occasion %q, question %q, start %q, place %q, %d min",
			c.Kind, c.CaseCode, c.Occasion, c.KeyQuestion, c.StartTime, c.Place, c.PlannedMinutes)
	}
	if c.Family.Mode != conference.FamilyViewsBrought {
		errorf("family %q", c.Family.Mode)
	}

	// 1 Opening.
	if len(c.Participants) != 3 {
		t.Fatalf("%s: %d participants, want 3: %+v", what, len(c.Participants), c.Participants)
	}
	albers, weber, demir := c.Participants[0], c.Participants[1], c.Participants[2]
	if albers.Name != "Petra Albers" || albers.InstitutionType != "asd" || albers.Institution != "ASD Nord" ||
		!slices.Equal(albers.Roles, []string{conference.RoleCaseLead, conference.RoleFacilitator, conference.RoleMinuteTaker}) ||
		albers.Attendance != conference.AttendancePresent {
		errorf("first participant %+v", albers)
	}
	if weber.Name != "Dr. Jonas Weber" || weber.InstitutionType != "paediatrician" || weber.Institution != "Praxis Dr. Weber" ||
		weber.Discipline != "Kinderheilkunde" || !slices.Equal(weber.Roles, []string{conference.RoleContributor}) ||
		weber.Attendance != conference.AttendancePresent {
		errorf("second participant %+v", weber)
	}
	if demir.Name != "Aylin Demir" || demir.InstitutionType != "kita" || demir.Attendance != conference.AttendanceExcused {
		errorf("third participant %+v", demir)
	}
	if c.ConfidentialityAt.IsZero() {
		errorf("confidentiality not recorded")
	}

	// 2 Case presentation.
	if c.Facts != "Mia (6) kam mit Hämatomen an beiden Oberarmen in die Kita." {
		errorf("facts %q", c.Facts)
	}
	if len(c.Chronology) != 1 || c.Chronology[0].Date != (conference.Date{Year: 2026, Month: 11, Day: 12}) ||
		c.Chronology[0].Event != "U-Untersuchung ohne Befund" || c.Chronology[0].Source != "Praxis Dr. Weber" {
		errorf("chronology %+v", c.Chronology)
	}

	// 3 Perspectives: two speakers, provenance and source, the word passed.
	want := []conference.Contribution{
		{SpeakerID: albers.ID, Text: "Mutter wirkte beim Hausbesuch erschöpft", Provenance: conference.ProvenanceObserved,
			Source: "eigener Hausbesuch am 14.11.", Phase: conference.PhasePerspectives},
		{SpeakerID: weber.ID, Text: "Verletzungsmuster spricht gegen einen Sturz", Provenance: conference.ProvenanceAssessed,
			Source: "U-Untersuchung", Phase: conference.PhasePerspectives},
	}
	if len(c.Contributions) != len(want) {
		errorf("contributions %+v", c.Contributions)
	} else {
		for i, x := range c.Contributions {
			w := want[i]
			w.ID, w.At = x.ID, x.At
			if x != w || x.At.IsZero() {
				errorf("contribution %d = %+v, want %+v", i+1, x, w)
			}
		}
	}
	if !c.Speaking.HasSpoken(albers.ID) || c.Speaking.Speaker() != weber.ID {
		errorf("speaking order %+v: Albers should have spoken, Weber have the word", c.Speaking)
	}
	if c.ChildView != (conference.View{HowObtained: "Gespräch in der Kita", Said: "Mama ist oft traurig."}) ||
		c.ParentsView != (conference.View{HowObtained: "Hausbesuch", Said: "Wir schaffen das."}) {
		errorf("child's view %+v, parents' view %+v", c.ChildView, c.ParentsView)
	}

	// 4 Worries and strengths.
	if len(c.Risks) != 1 {
		errorf("risks %+v", c.Risks)
	} else if r := c.Risks[0]; r.Area != "appearance" || r.Indicator != "risk.appearance.injuries" ||
		r.Intensity != conference.IntensitySevere || !r.Weighty || r.Acute || r.Provenance != conference.ProvenanceObserved ||
		r.Source != "Kita-Dokumentation" || r.Date != (conference.Date{Year: 2026, Month: 11, Day: 12}) {
		errorf("risk %+v", r)
	}
	if len(c.ProtectiveFactors) != 1 || c.ProtectiveFactors[0].Factor != "protective_adult" ||
		c.ProtectiveFactors[0].Provenance != conference.ProvenanceObserved || c.ProtectiveFactors[0].Source != "Hausbesuch" {
		errorf("protective factors %+v", c.ProtectiveFactors)
	}

	// 5 Assessment: a rating of each present participant, revealed;
	// agreed latent; one dissent.
	rating := func(p conference.Participant, category string, scale int) {
		t.Helper()
		r, ok := c.RatingOf(p.ID)
		if !ok || r.Category != category || r.Scale == nil || *r.Scale != scale {
			errorf("rating of %s = %+v (%v), want %s %d", p.Name, r, ok, category, scale)
		}
	}
	rating(albers, conference.CategoryLatent, 4)
	rating(weber, conference.CategoryAcute, 2)
	if _, ok := c.RatingOf(demir.ID); ok || len(c.Ratings) != 2 || !c.RatingsRevealed {
		errorf("ratings %+v, revealed %v; want two, revealed", c.Ratings, c.RatingsRevealed)
	}
	a := c.Assessment
	if a.Category != conference.CategoryLatent || !slices.Equal(a.HarmForms, []string{conference.HarmPhysical}) ||
		a.Note != "Einigung nach Diskussion" {
		errorf("assessment %+v", a)
	}
	if len(a.Dissent) != 1 || a.Dissent[0].ParticipantID != weber.ID || a.Dissent[0].Reason != "Hält die Verletzungen für akut gefährdend" {
		errorf("dissent %+v", a.Dissent)
	}
	if c.PhaseApplies(conference.PhaseSafety) {
		errorf("phase 5a applies without an acute result")
	}

	// 6 Actions: owner, due date +14d, report-back, agreed; read back in 7.
	wantActions := []conference.Action{
		{What: "Nachuntersuchung", OwnerID: weber.ID, Institution: "Praxis Dr. Weber", Due: today.AddDays(14),
			ReportBack: "Telefon an ASD", IfNotDone: "ASD lädt die Mutter zum Gespräch ein", Agreed: true},
		{What: "Hausbesuch mit SPFH", OwnerID: albers.ID, Institution: "ASD Nord", Due: today.AddDays(14),
			ReportBack: "Bericht in der Folgekonferenz", Agreed: true},
	}
	if len(c.Actions) != len(wantActions) {
		errorf("actions %+v", c.Actions)
	} else {
		for i, x := range c.Actions {
			w := wantActions[i]
			w.ID, w.AgreedAt = x.ID, x.AgreedAt
			if x != w || x.AgreedAt.IsZero() {
				errorf("action %d = %+v\nwant %+v with the time of the yes", i+1, x, w)
			}
		}
	}
	if len(c.CrisisPlan) != 1 || c.CrisisPlan[0].What != "Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen." {
		errorf("crisis and protection plan %+v", c.CrisisPlan)
	}

	// 7 Closing: the topic parked in the preparation has an owner; the
	// responsibilities, the review date; closed with its gaps marked.
	if len(c.Parked) != 1 || c.Parked[0].Text != "Schulweg klären" || c.Parked[0].Phase != conference.PhasePreparation ||
		c.Parked[0].OwnerID != albers.ID {
		errorf("parked %+v", c.Parked)
	}
	for code, p := range map[string]conference.Participant{
		conference.RespCaseLead: albers, conference.RespInformsFamily: albers, conference.RespConvenesReview: weber,
	} {
		if r, ok := c.Responsible(code); !ok || r.ParticipantID != p.ID {
			errorf("responsibility %s = %+v (%v), want %s", code, r, ok, p.Name)
		}
	}
	if c.NextReview != today.AddDays(42) || c.NextReviewTime != "09:30" {
		errorf("next review %v %q", c.NextReview, c.NextReviewTime)
	}
	if c.Status != conference.StatusClosed || c.ClosedAt.IsZero() || len(c.OpenGaps) == 0 {
		errorf("status %q, closed at %v, %d gaps; want closed with its gaps", c.Status, c.ClosedAt, len(c.OpenGaps))
	}
	for _, r := range c.VisiblePhases() {
		if r.State != conference.PhaseDone {
			errorf("phase %s is %q, want done", r.ID, r.State)
		}
	}
}
