package conference

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// caseOfTwo returns a case held twice: the first conference (closed) and
// its follow-up (closed), in which the first's house visit was carried
// forward and a new action agreed; the first's documentation is still
// open in the first conference.
func caseOfTwo(t *testing.T) (first, second *Conference, ps people) {
	t.Helper()
	first, ps = closedFixture(t)
	second = NewFollowUp(first, "f3wup7ka", at(60*24*27))
	second.Date = DateOf(t0).AddDays(28)
	second.Start(at(60 * 24 * 28))
	// The house visit was not done: carried forward with a new date.
	second.CarryForward(first.Actions[0].ID, DateOf(t0).AddDays(35))
	second.SetReview(first.Actions[1].ID, FollowUpPartly, "läuft")
	second.AddAction(Action{What: "Elterngespräch", OwnerID: ps.school, Due: DateOf(t0).AddDays(40), ReportBack: "Anruf"})
	second.CrisisPlan = []CrisisEntry{{ID: "k90", If: "Hausbesuch scheitert", What: "ASD lädt ein", WhoID: ps.lead,
		ActionID: second.Actions[0].ID}}
	second.SetResponsibility(RespCaseLead, ps.lead, "")
	second.Close(at(60*24*28 + 80))
	// What the store does when the follow-up is saved: the review reaches
	// the first conference.
	first.ApplyReviews(second.ID, second.Date, second.ReviewOutcomes(), at(60*24*28+81))
	return first, second, ps
}

func TestNewHandoverCarriesEveryOpenActionOfTheCase(t *testing.T) {
	t.Parallel()
	first, second, ps := caseOfTwo(t)
	other := New("o7o7o7o7", KindCase, t0)
	other.CaseCode = "K-anderer-Fall"
	other.Status = StatusClosed
	other.AddAction(Action{What: "fremd"})
	now := at(60 * 24 * 30)

	from := LatestHeld([]*Conference{second, other, first}, first.CaseCode)
	if from != second {
		t.Fatalf("starts from %v, want the newest conference of the case", from)
	}
	h := NewHandover(from, []*Conference{second, other, first}, "h4nd0v3r", "Jugendamt Musterstadt", now)

	if h.Kind != KindHandover || h.CaseCode != first.CaseCode || h.Handover.To != "Jugendamt Musterstadt" ||
		h.Handover.From != second.ID || h.Handover.FromDate != second.Date {
		t.Fatalf("handover frame: %+v %+v", h, h.Handover)
	}
	if !slices.Equal(h.Order(), HandoverPhaseOrder) || h.PhaseNumber(PhaseConfirmation) != "7" || h.PhaseNumber(PhaseClosing) != "8" {
		t.Errorf("phases %v, confirmation %s", h.Order(), h.PhaseNumber(PhaseConfirmation))
	}
	var whats []string
	for _, x := range h.Takeovers() {
		whats = append(whats, x.What)
		if x.Owner != "" {
			t.Errorf("%s: a new owner is decided in the handover, got %q", x.What, x.Owner)
		}
	}
	// The first's documentation is still open (partly done in the review);
	// its house visit was carried forward, so it lives on in the second.
	want := []string{"Beobachtung dokumentieren", "Hausbesuch", "Elterngespräch"}
	if !slices.Equal(whats, want) {
		t.Fatalf("takeovers %v, want %v", whats, want)
	}
	doc := h.Handover.Takeovers[0]
	if doc.From != first.ID || doc.PreviousOwner != "Aylin Demir" || doc.PreviousInstitution != "Kita Sonnenblume" ||
		doc.Status != FollowUpPartly {
		t.Errorf("takeover of the first conference: %+v", doc)
	}
	if len(h.CrisisPlan) != 1 || h.CrisisPlan[0].ActionID != h.Handover.Takeovers[1].ID {
		t.Errorf("crisis plan %+v: the entry of the house visit belongs to its takeover", h.CrisisPlan)
	}
	if len(h.Participants) != len(second.Participants) || h.Participants[0].Attendance != AttendancePlanned {
		t.Errorf("participants %+v", h.Participants)
	}
	if len(h.Contacts()) != 1 || h.Contacts()[0].Name != "Petra Albers" {
		t.Errorf("contacts %+v: the case lead first", h.Contacts())
	}
	if h.Family.Mode != "" {
		t.Errorf("family mode %q: whether the family takes part is recorded in the handover", h.Family.Mode)
	}
	if problems := Validate(h); !hasKey(problems, KeyFamilyModeMissing) || hasKey(problems, KeyKeyQuestionMissing) {
		t.Errorf("a new handover: %v", problems)
	}
	_ = ps
}

func hasKey(ps []Problem, key string) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Key == key })
}

func TestAClosedHandoverHandsTheActionsOverInTheirConferences(t *testing.T) {
	t.Parallel()
	first, second, _ := caseOfTwo(t)
	now := at(60 * 24 * 30)
	h := NewHandover(second, []*Conference{first, second}, "h4nd0v3r", "Pflegekinderdienst", now)
	if h.HandedOver() != nil {
		t.Fatal("a handover in preparation hands nothing over yet")
	}
	h.RemoveTakeover(h.Handover.Takeovers[2].ID) // the parents' talk stays here
	h.Start(now)
	h.Close(now.Add(time.Hour))

	out := h.HandedOver()
	if len(out[first.ID]) != 1 || len(out[second.ID]) != 1 {
		t.Fatalf("handed over %v", out)
	}
	if !first.ApplyHandover(out[first.ID], now) || !second.ApplyHandover(out[second.ID], now) {
		t.Fatal("nothing recorded")
	}
	if first.ActionOpen(first.Actions[1].ID) || second.ActionOpen(second.Actions[0].ID) {
		t.Error("an action handed over is no longer open where it was agreed")
	}
	if !second.ActionOpen(second.Actions[1].ID) {
		t.Error("the action kept back stays open")
	}
	e, _ := second.Latest(second.Actions[0].ID)
	if e.Status != FollowUpHandedOver || e.In != h.ID || e.CarriedTo != 2 {
		t.Errorf("entry %+v", e)
	}
	if first.ApplyHandover(out[first.ID], now) {
		t.Error("recorded twice")
	}
	if probs := Validate(second); hasKey(probs, KeyFollowUpUnknown) {
		t.Errorf("handed over is a status an action may have: %v", probs)
	}
}

func TestReceiptIsRecordedOnlyForAHandoverHeld(t *testing.T) {
	t.Parallel()
	_, second, _ := caseOfTwo(t)
	now := at(60 * 24 * 30)
	h := NewHandover(second, []*Conference{second}, "h4nd0v3r", "Grundschule", now)
	h.Date = DateOf(now)
	if h.ReceiptPending() {
		t.Error("pending before it was held")
	}
	if err := h.ConfirmReceipt("Frau Kurz", DateOf(now), now); !errors.Is(err, ErrHandoverNotHeld) {
		t.Errorf("before held: %v", err)
	}
	h.Start(now)
	if !h.ReceiptPending() {
		t.Error("not pending once held")
	}
	for _, tc := range []struct {
		by   string
		on   Date
		want error
	}{
		{"", DateOf(now), ErrReceiptWhoNeeded},
		{"Frau Kurz", DateOf(now).AddDays(1), ErrStatusInFuture},
		{"Frau Kurz", DateOf(now).AddDays(-1), ErrReceiptBeforeHandover},
	} {
		if err := h.ConfirmReceipt(tc.by, tc.on, now); !errors.Is(err, tc.want) {
			t.Errorf("%q %v: %v, want %v", tc.by, tc.on, err, tc.want)
		}
	}
	later := now.Add(72 * time.Hour)
	if err := h.ConfirmReceipt("Frau Kurz", DateOf(later), later); err != nil {
		t.Fatal(err)
	}
	if h.ReceiptPending() {
		t.Error("still pending")
	}
	if d, ok := h.ReceiptDays(); !ok || d != 3 {
		t.Errorf("receipt took %d days (%v)", d, ok)
	}
	if err := second.ConfirmReceipt("x", DateOf(now), now); !errors.Is(err, ErrNoHandover) {
		t.Errorf("a case conference: %v", err)
	}
}

func TestCooperationCheckKeepsTheOrderItAsks(t *testing.T) {
	t.Parallel()
	c := New("c1c1c1c1", KindCase, t0)
	if !c.HasCheck() || New("n", KindNetwork, t0).HasCheck() {
		t.Error("only a case conference asks the check")
	}
	c.SkipCheck(at(1))
	c.SetSeam(SeamFamily, SeamNo, "", at(2))
	c.SetSeam(SeamInformation, SeamPartly, "Einladung kam spät", at(3))
	if c.SetSeam("weather", SeamYes, "", at(3)) || c.SetSeam(SeamRoles, "maybe", "", at(3)) {
		t.Error("an unknown seam or answer was taken")
	}
	k := c.CooperationCheck
	if k.Skipped || len(k.Answers) != 2 || k.Answers[0].Seam != SeamInformation || k.Answers[1].Seam != SeamFamily {
		t.Fatalf("check %+v", k)
	}
	c.SetSeam(SeamFamily, "", "", at(4))
	if a, ok := c.CooperationCheck.Answer(SeamFamily); ok {
		t.Errorf("taken back, still %+v", a)
	}
}
