package conference

import (
	"slices"
	"testing"
)

// Regression: AddChronology promised date order but appended.
func TestChronologyStaysInDateOrder(t *testing.T) {
	c := newCase()
	day := func(n int) Date { return DateOf(t0).AddDays(n) }
	c.AddChronology(ChronologyEntry{Date: day(-10), Event: "B"})
	c.AddChronology(ChronologyEntry{DateText: "Sommer 2025", Event: "undated"})
	c.AddChronology(ChronologyEntry{Date: day(-3), Event: "D"})
	added := c.AddChronology(ChronologyEntry{Date: day(-20), Event: "A"})
	c.AddChronology(ChronologyEntry{Date: day(-5), Event: "C"})
	c.AddChronology(ChronologyEntry{Date: day(-5), Event: "C2"}) // same day: after the earlier entry

	var got []string
	for _, e := range c.Chronology {
		got = append(got, e.Event)
	}
	want := []string{"A", "B", "undated", "C", "C2", "D"}
	if !slices.Equal(got, want) {
		t.Errorf("chronology %v, want %v", got, want)
	}
	if added.Event != "A" || added.ID == "" {
		t.Errorf("AddChronology returned %+v, want the inserted entry", *added)
	}
}

func TestAddContributionDefaultsToTheCurrentPhase(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.GoTo(PhasePerspectives, at(10))
	x := c.AddContribution(Contribution{SpeakerID: "p1", Text: "beobachtet", At: at(11)})
	y := c.AddContribution(Contribution{SpeakerID: "p2", Text: "nachgetragen", Phase: PhasePresentation})
	if x.Phase != PhasePerspectives || y.Phase != PhasePresentation {
		t.Errorf("phases %q and %q", x.Phase, y.Phase)
	}
	if got := c.ContributionsBy("p1"); len(got) != 1 || got[0].Text != "beobachtet" {
		t.Errorf("ContributionsBy(p1) = %v", got)
	}
}

func TestViewEmpty(t *testing.T) {
	if !(View{}).Empty() || !(View{MissingReason: "krank"}).Empty() {
		t.Error("a view without what was said or how is not empty")
	}
	if (View{Said: "x"}).Empty() || (View{HowObtained: "Zeichnung"}).Empty() {
		t.Error("a recorded view counts as empty")
	}
}

func TestTitleAndPseudonymised(t *testing.T) {
	c := newCase()
	if c.Title() != "K-2026-117" {
		t.Errorf("case title %q", c.Title())
	}
	n := New("x", KindNetwork, t0)
	n.Topic = "Runder Tisch Kinderschutz Nord"
	if n.Title() != n.Topic {
		t.Errorf("network title %q", n.Title())
	}
	if !c.Pseudonymised() {
		t.Error("a conference without anyone at the table must run pseudonymised")
	}
	c.AddParticipant(Participant{Name: "Aylin Demir", InstitutionType: "kita"})
	c.AddParticipant(Participant{Name: "Jana S.", Family: true})
	if !c.Pseudonymised() {
		t.Error("a professional without legal basis at the table, still not pseudonymised")
	}
	c.Participants[0].LegalBases = []LegalBasis{{Basis: LegalPseudonymised}, {Basis: LegalKKG4Para2}}
	if !c.Pseudonymised() {
		t.Error("pseudonymised consultations only, still not pseudonymised")
	}
	c.Participants[0].LegalBases = append(c.Participants[0].LegalBases, LegalBasis{Basis: LegalConsent})
	if c.Pseudonymised() {
		t.Error("everyone at the table released: still pseudonymised (the family needs no basis)")
	}
	c.AddParticipant(Participant{Name: "Claudia Neumann", InstitutionType: "insofa", Attendance: AttendanceExcused})
	if c.Pseudonymised() {
		t.Error("someone who sent apologies made the conference pseudonymised")
	}
}
