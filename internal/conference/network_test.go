package conference

import (
	"slices"
	"testing"
	"time"
)

// newNetwork is a network meeting in preparation with two participants.
func newNetwork() (c *Conference, police, asd string) {
	c = New("n4t7w2kq", KindNetwork, t0)
	c.Topic = "Runder Tisch Kinderschutz Nord"
	police = c.AddParticipant(Participant{Name: "Markus Brandt", InstitutionType: "police"}).ID
	asd = c.AddParticipant(Participant{Name: "Petra Albers", InstitutionType: "asd", Roles: []string{RoleFacilitator}}).ID
	return c, police, asd
}

func phaseIDs(c *Conference) []PhaseID {
	var out []PhaseID
	for _, r := range c.Phases {
		out = append(out, r.ID)
	}
	return out
}

func TestANetworkMeetingHasItsOwnPhases(t *testing.T) {
	t.Parallel()
	c, _, _ := newNetwork()
	want := []PhaseID{PhasePreparation, PhaseOpening, PhaseReports, PhaseAgenda, PhaseCooperation, PhaseClosing}
	if got := phaseIDs(c); !slices.Equal(got, want) {
		t.Fatalf("phases %v, want %v", got, want)
	}
	var total time.Duration
	for _, r := range c.Phases {
		total += r.Planned
	}
	if total != DefaultPlannedMinutes*time.Minute {
		t.Errorf("the time boxes add up to %v, want the meeting's %d minutes", total, DefaultPlannedMinutes)
	}
	for _, id := range []PhaseID{PhasePresentation, PhaseWorries, PhaseAssessment, PhaseSafety} {
		if c.PhaseApplies(id) {
			t.Errorf("%s applies to a network meeting", id)
		}
	}
	c.Assessment.Category = CategoryAcute // never set in a network meeting; still no safety phase
	c.Start(at(0))
	var walk []PhaseID
	for id := c.CurrentPhase; id != ""; id = c.NextPhase() {
		walk = append(walk, id)
		c.GoTo(id, at(float64(len(walk))))
	}
	if want := want[1:]; !slices.Equal(walk, want) {
		t.Errorf("F4 walks %v, want %v", walk, want)
	}
	if got := c.PrevPhase(); got != PhaseCooperation {
		t.Errorf("before the closing comes %q, want cooperation", got)
	}
}

func TestPhaseNumbersCountTheKindsOwnPhases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		kind Kind
		id   PhaseID
		want string
	}{
		{KindNetwork, PhasePreparation, "0"}, {KindNetwork, PhaseOpening, "1"}, {KindNetwork, PhaseReview, "1a"},
		{KindNetwork, PhaseReports, "2"}, {KindNetwork, PhaseAgenda, "3"}, {KindNetwork, PhaseCooperation, "4"},
		{KindNetwork, PhaseClosing, "5"},
		{KindCase, PhaseClosing, "7"}, {KindCase, PhaseSafety, "5a"}, {KindCase, PhaseActions, "6"},
	}
	for _, tt := range tests {
		if got := tt.kind.PhaseNumber(tt.id); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.kind, tt.id, got, tt.want)
		}
	}
}

func TestSetKindChangesThePhasesOnlyInPreparation(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.Extend(PhaseOpening, 5*time.Minute)
	if !c.SetKind(KindNetwork) {
		t.Fatal("a conference in preparation could not become a network meeting")
	}
	if got, want := phaseIDs(c), []PhaseID{PhasePreparation, PhaseOpening, PhaseReports, PhaseAgenda, PhaseCooperation, PhaseClosing}; !slices.Equal(got, want) {
		t.Fatalf("phases %v, want %v", got, want)
	}
	if c.Phase(PhaseOpening).Extended != 5*time.Minute || c.Phase(PhasePreparation).State != PhaseCurrent {
		t.Errorf("the opening lost its extension or preparation is no longer current: %+v", c.Phases[:2])
	}
	if !c.SetKind(KindCase) || !slices.Equal(phaseIDs(c), slices.DeleteFunc(slices.Clone(PhaseOrder), func(id PhaseID) bool { return id == PhaseReview })) {
		t.Errorf("back to a case conference: %v", phaseIDs(c))
	}
	c.Start(at(0))
	if c.SetKind(KindNetwork) || c.Kind != KindCase || c.Phase(PhaseWorries) == nil {
		t.Error("a started conference changed its kind")
	}
	if c.SetKind("round_table") {
		t.Error("an unknown kind was taken")
	}
}

func TestTheNextMeetingCarriesTheOpenItemsForward(t *testing.T) {
	t.Parallel()
	prev, police, asd := newNetwork()
	prev.Start(at(0))
	fachtag := prev.AddAgendaItem(AgendaItem{Title: "Fachtag Kinderschutz", LeadID: police, Status: ItemParked}).ID
	done := prev.AddAgendaItem(AgendaItem{Title: "Meldewege", LeadID: asd, Decisions: "Meldebogen gilt", Status: ItemDone}).ID
	leitfaden := prev.AddAgendaItem(AgendaItem{Title: "Leitfaden Schule"}).ID
	a1 := prev.AddAction(Action{What: "Raum anfragen", OwnerID: police, Due: DateOf(t0).AddDays(30), Item: fachtag}).ID
	a2 := prev.AddAction(Action{What: "Meldebogen verteilen", OwnerID: asd, Due: DateOf(t0).AddDays(14), Item: done}).ID
	prev.Park("Datenschutz bei Fallberatungen", asd, at(30))
	prev.NextReview, prev.NextReviewTime = DateOf(t0).AddDays(90), "14:00"

	c := NewFollowUp(prev, "n9x3m5pq", at(60))
	if c.Kind != KindNetwork || c.Topic != prev.Topic || c.Phase(PhaseReview) == nil || c.Phase(PhaseWorries) != nil {
		t.Fatalf("next meeting: kind %q topic %q phases %v", c.Kind, c.Topic, phaseIDs(c))
	}
	if c.Date != prev.NextReview || c.StartTime != "14:00" {
		t.Errorf("next meeting on %v at %q, want the date and time agreed for it", c.Date, c.StartTime)
	}
	var titles []string
	for _, it := range c.Agenda {
		titles = append(titles, it.Title)
		if it.Status != ItemOpen || it.Discussion != "" || it.Decisions != "" || it.CarriedDate != prev.Date {
			t.Errorf("carried item %+v: want it open, empty and dated from the last meeting", it)
		}
	}
	if want := []string{"Fachtag Kinderschutz", "Leitfaden Schule", "Datenschutz bei Fallberatungen"}; !slices.Equal(titles, want) {
		t.Fatalf("agenda %v, want %v (the item dealt with stays behind)", titles, want)
	}
	if it := c.Agenda[0]; it.ID != fachtag || it.LeadID != police || it.CarriedFrom != "n4t7w2kq/"+fachtag {
		t.Errorf("the parked item lost its ID, lead or origin: %+v", it)
	}
	if it := c.Agenda[1]; it.ID != leitfaden {
		t.Errorf("the item never dealt with: %+v", it)
	}
	if it := c.Agenda[2]; it.LeadID != asd || it.ID == fachtag || c.AgendaItem(it.ID) != &c.Agenda[2] {
		t.Errorf("the parked topic: %+v", it)
	}
	if len(c.Reviews) != 2 || c.Reviews[0].Item != fachtag {
		t.Fatalf("reviews %+v", c.Reviews)
	}
	// Carried forward in the review, an action goes back under its item,
	// and one whose item stayed behind under none.
	if a := c.CarryForward(a1, DateOf(t0).AddDays(120)); a == nil || a.Item != fachtag {
		t.Errorf("carried action %+v, want it under the carried item", a)
	}
	if a := c.CarryForward(a2, DateOf(t0).AddDays(120)); a == nil || a.Item != "" {
		t.Errorf("carried action %+v, want it under no item", a)
	}
	if got := c.ItemActions(fachtag); len(got) != 1 || got[0].What != "Raum anfragen" {
		t.Errorf("actions of the carried item: %+v", got)
	}
}

func TestTheNextMeetingAgreedForADayPastIsDatedToday(t *testing.T) {
	t.Parallel()
	prev, _, _ := newNetwork()
	prev.NextReview = DateOf(t0).AddDays(-1)
	if c := NewFollowUp(prev, "n9x3m5pq", t0); c.Date != DateOf(t0) {
		t.Errorf("dated %v, want today", c.Date)
	}
}

func TestACaseFollowUpCarriesNoAgenda(t *testing.T) {
	t.Parallel()
	prev := newCase()
	prev.Park("Schulwechsel", "", at(3))
	if c := NewFollowUp(prev, "f3wup7ka", at(10)); len(c.Agenda) != 0 {
		t.Errorf("a case follow-up got an agenda: %+v", c.Agenda)
	}
}

func TestRemovingAnAgendaItemKeepsItsActions(t *testing.T) {
	t.Parallel()
	c, police, _ := newNetwork()
	item := c.AddAgendaItem(AgendaItem{Title: "Fachtag"}).ID
	c.AddAction(Action{What: "Raum anfragen", OwnerID: police, Item: item})
	ok, n := c.RemoveAgendaItem(item)
	if !ok || n != 1 || len(c.Agenda) != 0 {
		t.Fatalf("removed %v with %d actions; agenda %+v", ok, n, c.Agenda)
	}
	if len(c.Actions) != 1 || c.Actions[0].Item != "" || len(c.ItemActions("")) != 1 {
		t.Errorf("the action is gone or still names the item: %+v", c.Actions)
	}
	if ok, _ := c.RemoveAgendaItem(item); ok {
		t.Error("removed an item twice")
	}
}

func TestValidateANetworkMeeting(t *testing.T) {
	t.Parallel()
	c, police, _ := newNetwork()
	c.Start(at(0))
	c.AddAgendaItem(AgendaItem{Title: "", LeadID: "p99", Status: "maybe"})
	c.AddAction(Action{What: "Raum anfragen", OwnerID: police, Due: DateOf(t0).AddDays(30)})
	c.GoTo(PhaseClosing, at(80))
	keys := map[string]bool{}
	for _, p := range Validate(c) {
		keys[p.Key] = true
	}
	for _, k := range []string{KeyItemTitleMissing, KeyItemStatusUnknown, KeyItemLeadUnknown, KeyNextMeetingMissing} {
		if !keys[k] {
			t.Errorf("no %s among %v", k, keys)
		}
	}
	for _, k := range []string{KeyActionReportMissing, KeyNextReviewMissing, KeyCaseCodeMissing, KeyKeyQuestionMissing,
		KeyLegalBasisMissing, KeyFamilyModeMissing, KeyChildViewMissing, KeyCategoryMissing, KeyResponsibilityMissed} {
		if keys[k] {
			t.Errorf("a network meeting is asked for %s", k)
		}
	}
}
