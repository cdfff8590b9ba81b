package conference

import (
	"slices"
	"testing"
	"time"
)

// followUp returns the closed fixture with its second action done, a third
// partly done and a fourth obsolete, and the follow-up conference four weeks
// later.
func followUp(t *testing.T) (prev, c *Conference, ps people) {
	t.Helper()
	prev, ps = closedFixture(t)
	prev.AddStatus(prev.Actions[1].ID, StatusEntry{Status: FollowUpDone, Note: "Termin wahrgenommen"})
	prev.AddStatus(prev.AddAction(Action{What: "Kinderarzttermin", OwnerID: ps.doctor, Due: DateOf(t0).AddDays(10),
		ReportBack: "Anruf"}).ID, StatusEntry{Status: FollowUpPartly})
	prev.AddStatus(prev.AddAction(Action{What: "Antrag Kita-Platz", OwnerID: ps.lead}).ID,
		StatusEntry{Status: FollowUpObsolete, Note: "Familie zieht um"})
	c = NewFollowUp(prev, "f3wup7ka", t0.AddDate(0, 0, 28))
	return prev, c, ps
}

func TestFollowUpCopiesTheCaseAndInvitesEveryoneAgain(t *testing.T) {
	prev, c, _ := followUp(t)
	if c.ID != "f3wup7ka" || c.FollowUpOf != prev.ID || c.Kind != prev.Kind || c.CaseCode != prev.CaseCode {
		t.Errorf("id %q, follow-up of %q, kind %q, case %q", c.ID, c.FollowUpOf, c.Kind, c.CaseCode)
	}
	if c.Family != prev.Family {
		t.Errorf("family %+v not copied", c.Family)
	}
	if c.Date != DateOf(t0.AddDate(0, 0, 28)) || c.Status != StatusPreparing {
		t.Errorf("date %v, status %q", c.Date, c.Status)
	}
	if len(c.Participants) != len(prev.Participants) {
		t.Fatalf("%d participants, want %d", len(c.Participants), len(prev.Participants))
	}
	for i, p := range c.Participants {
		old := prev.Participants[i]
		if p.ID != old.ID || p.Name != old.Name || !slices.Equal(p.Roles, old.Roles) {
			t.Errorf("participant %d: %+v, want a copy of %+v", i, p, old)
		}
		if p.Attendance != AttendancePlanned || !p.JoinedAt.IsZero() || !p.LeftAt.IsZero() {
			t.Errorf("%s: attendance %q joined %v left %v, want planned with no times", p.ID, p.Attendance, p.JoinedAt, p.LeftAt)
		}
	}
	c.Participants[0].Roles[0] = RoleTimeKeeper
	if prev.Participants[0].Roles[0] == RoleTimeKeeper {
		t.Error("the follow-up shares its roles with the previous conference")
	}
	if !slices.Equal(c.Participants[1].LegalBases, prev.Participants[1].LegalBases) || len(c.Participants[1].LegalBases) == 0 {
		t.Errorf("legal bases %+v, want each participant's of the previous conference", c.Participants[1].LegalBases)
	}
	c.Participants[1].LegalBases[0].Scope = "anders"
	if prev.Participants[1].LegalBases[0].Scope == "anders" {
		t.Error("the follow-up shares its legal bases with the previous conference")
	}
	if len(c.Responsibilities) != len(prev.Responsibilities) {
		t.Fatalf("responsibilities %+v, want %+v", c.Responsibilities, prev.Responsibilities)
	}
	for i, r := range c.Responsibilities {
		if !r.Copied {
			t.Errorf("responsibility %s is not marked as copied, so the review would not show it", r.Code)
		}
		r.Copied = false
		if r != prev.Responsibilities[i] {
			t.Errorf("responsibility %+v, want %+v", r, prev.Responsibilities[i])
		}
	}
	if len(c.Actions) != 0 || len(c.Contributions) != 0 || c.Facts != "" || c.Assessment.Category != "" {
		t.Error("the follow-up starts with content of the previous conference")
	}
	if a := c.AddAction(Action{What: "neu"}); prev.Action(a.ID) != nil {
		t.Errorf("new action %s reuses an ID of the previous conference", a.ID)
	}
}

// TestFollowUpReviewsEveryActionOfThePreviousConference: every action of
// the previous conference is up for review, in its order; those already
// done or obsolete come pre-set to that status with their note and carry
// nothing forward, the open and partly done ones wait for the review.
func TestFollowUpReviewsEveryActionOfThePreviousConference(t *testing.T) {
	prev, c, ps := followUp(t)
	if len(prev.Actions) != 4 {
		t.Fatalf("fixture has %d actions, want 4", len(prev.Actions))
	}
	var ids, statuses, notes []string
	for _, r := range c.Reviews {
		ids = append(ids, r.ActionID)
		statuses = append(statuses, r.Status)
		notes = append(notes, r.Note)
	}
	var want []string
	for _, a := range prev.Actions {
		want = append(want, a.ID)
	}
	if !slices.Equal(ids, want) {
		t.Fatalf("reviews of %v, want every action %v", ids, want)
	}
	if want := []string{FollowUpOpen, FollowUpDone, FollowUpOpen, FollowUpObsolete}; !slices.Equal(statuses, want) {
		t.Errorf("statuses %q, want %q (partly done is reviewed in the room)", statuses, want)
	}
	if want := []string{"", "Termin wahrgenommen", "", "Familie zieht um"}; !slices.Equal(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
	for _, r := range c.Reviews {
		if r.CarriedTo != "" {
			t.Errorf("review of %s carries %s forward", r.ActionID, r.CarriedTo)
		}
	}
	if len(c.Actions) != 0 {
		t.Errorf("the follow-up starts with %d actions, want none", len(c.Actions))
	}
	r := c.Reviews[0]
	a := prev.Actions[0]
	if r.What != a.What || r.OwnerID != ps.lead || r.OwnerName != "Petra Albers" || r.Due != a.Due ||
		r.ReportBack != a.ReportBack || r.IfNotDone != a.IfNotDone || r.Status != FollowUpOpen {
		t.Errorf("review %+v does not copy action %+v", r, a)
	}
	if d := c.Reviews[1]; d.What != prev.Actions[1].What || d.OwnerName == "" {
		t.Errorf("done action reviewed as %+v", d)
	}
}

func TestReviewPhaseComesAfterTheOpeningOfAFollowUpOnly(t *testing.T) {
	prev, c, _ := followUp(t)
	if prev.PhaseApplies(PhaseReview) {
		t.Error("a first conference has a review phase")
	}
	if !c.PhaseApplies(PhaseReview) {
		t.Fatal("the follow-up has no review phase")
	}
	if got := c.Phase(PhaseReview).Planned; got != 10*time.Minute {
		t.Errorf("review time box %v, want 10m", got)
	}
	c.Start(at(0))
	if next := c.NextPhase(); next != PhaseReview {
		t.Errorf("after the opening comes %q, want the review", next)
	}
	c.GoTo(PhaseReview, at(5))
	if next := c.NextPhase(); next != PhasePresentation {
		t.Errorf("after the review comes %q, want the presentation", next)
	}
	// A follow-up stored without the phase record (say, by an older kofa
	// import) never offers a phase it cannot enter.
	c.Phases = slices.DeleteFunc(c.Phases, func(r PhaseRecord) bool { return r.ID == PhaseReview })
	if c.PhaseApplies(PhaseReview) {
		t.Error("review applies without its phase record")
	}
}

func TestSetReviewRecordsEachStatus(t *testing.T) {
	_, c, _ := followUp(t)
	id := c.Reviews[0].ActionID
	for _, status := range []string{FollowUpDone, FollowUpPartly, FollowUpNotDone, FollowUpObsolete, FollowUpOpen} {
		if !c.SetReview(id, status, "Notiz "+status) {
			t.Fatalf("status %q refused", status)
		}
		if r := c.Review(id); r.Status != status || r.Note != "Notiz "+status {
			t.Errorf("after %q: %+v", status, r)
		}
	}
	if c.SetReview(id, "vielleicht", "") {
		t.Error("an unknown status was accepted")
	}
	if c.SetReview("a999", FollowUpDone, "") {
		t.Error("a review of an unknown action was accepted")
	}
}

func TestCarryForwardLinksTheNewActionToItsOrigin(t *testing.T) {
	prev, c, ps := followUp(t)
	origin := c.Reviews[0].ActionID
	due := DateOf(t0).AddDays(42)
	a := c.CarryForward(origin, due)
	if a == nil {
		t.Fatal("carry forward refused")
	}
	if a.CarriedFrom != string(prev.ID)+"/"+origin {
		t.Errorf("carried from %q", a.CarriedFrom)
	}
	conf, action, ok := a.Origin()
	if !ok || conf != prev.ID || action != origin {
		t.Errorf("origin %q %q %v", conf, action, ok)
	}
	if a.What != prev.Actions[0].What || a.OwnerID != ps.lead || a.Due != due || a.ReportBack != prev.Actions[0].ReportBack ||
		a.IfNotDone != prev.Actions[0].IfNotDone || a.Agreement().State != AgreedEarlier || !a.AgreedAt.IsZero() || !c.ActionOpen(a.ID) {
		t.Errorf("carried action %+v", a)
	}
	if a.Institution != "Jugendamt Nord" {
		t.Errorf("institution %q, want the owner's", a.Institution)
	}
	r := c.Review(origin)
	if r.Status != FollowUpNotDone || r.CarriedTo != a.ID {
		t.Errorf("review after carrying forward: %+v", r)
	}
	// Carrying again moves the due date of the same action.
	later := due.AddDays(7)
	if b := c.CarryForward(origin, later); b == nil || b.ID != a.ID || b.Due != later || len(c.Actions) != 1 {
		t.Errorf("second carry forward: %+v, %d actions", b, len(c.Actions))
	}
	if c.CarryForward("a999", due) != nil {
		t.Error("an unknown action was carried forward")
	}
	if _, _, ok := (Action{}).Origin(); ok {
		t.Error("an action never carried has an origin")
	}
}

func TestValidateAsksForEveryReviewStatusOnceTheReviewIsPassed(t *testing.T) {
	_, c, _ := followUp(t)
	c.Start(at(0))
	c.GoTo(PhaseReview, at(5))
	if got := problemKeys(Validate(c)); slices.Contains(got, KeyReviewStatusMissing) {
		t.Errorf("status asked for during the review: %v", got)
	}
	c.SetReview(c.Reviews[0].ActionID, FollowUpDone, "")
	c.GoTo(PhasePresentation, at(15))
	var missing []string
	for _, p := range Validate(c) {
		if p.Key == KeyReviewStatusMissing {
			missing = append(missing, p.Path)
		}
	}
	// The done and the obsolete action came with their status; only the
	// partly done one is still to be reviewed.
	want := []string{"reviews/" + c.Reviews[2].ActionID + "/status"}
	if !slices.Equal(missing, want) {
		t.Errorf("missing review status at %v, want %v", missing, want)
	}
	c.Reviews[0].Status = "vielleicht"
	if !slices.Contains(problemKeys(Validate(c)), KeyReviewStatusUnknown) {
		t.Error("an unknown review status is not reported")
	}
}
