package conference

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

func newCase() *Conference {
	c := New("k7m2qxa9", KindCase, t0)
	c.CaseCode = "K-2026-117"
	return c
}

func TestNewStartsInPreparation(t *testing.T) {
	c := newCase()
	if c.Status != StatusPreparing || c.CurrentPhase != PhasePreparation {
		t.Fatalf("status %q phase %q, want preparing in preparation", c.Status, c.CurrentPhase)
	}
	if got := c.Phase(PhasePreparation).State; got != PhaseCurrent {
		t.Errorf("preparation is %q, want current", got)
	}
	if c.Date != DateOf(t0) || c.PlannedMinutes != DefaultPlannedMinutes {
		t.Errorf("date %v, planned %d", c.Date, c.PlannedMinutes)
	}
	var ids []PhaseID
	for _, r := range c.Phases {
		ids = append(ids, r.ID)
	}
	// Only a follow-up conference has the review phase (NewFollowUp).
	want := slices.DeleteFunc(slices.Clone(PhaseOrder), func(id PhaseID) bool { return id == PhaseReview })
	if !slices.Equal(ids, want) {
		t.Errorf("phases %v, want %v", ids, want)
	}
	if got := c.Phase(PhasePerspectives).Planned; got != 15*time.Minute {
		t.Errorf("perspectives time box %v, want 15m", got)
	}
}

func TestStartOpensTheConference(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	if c.Status != StatusRunning || !c.StartedAt.Equal(at(0)) {
		t.Errorf("status %q started %v", c.Status, c.StartedAt)
	}
	if c.CurrentPhase != PhaseOpening || c.Phase(PhasePreparation).State != PhaseDone {
		t.Errorf("phase %q, preparation %q", c.CurrentPhase, c.Phase(PhasePreparation).State)
	}
}

func TestNextAndPrevPhaseSkipImmediateSafetyUnlessAcute(t *testing.T) {
	tests := []struct {
		category   string
		from       PhaseID
		next, prev PhaseID
	}{
		{CategoryLatent, PhaseAssessment, PhaseActions, PhaseWorries},
		{CategoryLatent, PhaseActions, PhaseClosing, PhaseAssessment},
		{"", PhaseAssessment, PhaseActions, PhaseWorries},
		{CategoryNeedForHelp, PhaseActions, PhaseClosing, PhaseAssessment},
		{CategoryAcute, PhaseAssessment, PhaseSafety, PhaseWorries},
		{CategoryAcute, PhaseSafety, PhaseActions, PhaseAssessment},
		{CategoryAcute, PhaseActions, PhaseClosing, PhaseSafety},
		{"", PhasePreparation, PhaseOpening, ""},
		{"", PhaseClosing, "", PhaseActions},
	}
	for _, tt := range tests {
		c := newCase()
		c.Assessment.Category = tt.category
		c.GoTo(tt.from, at(0))
		if got := c.NextPhase(); got != tt.next {
			t.Errorf("%s, from %s: NextPhase = %q, want %q", tt.category, tt.from, got, tt.next)
		}
		if got := c.PrevPhase(); got != tt.prev {
			t.Errorf("%s, from %s: PrevPhase = %q, want %q", tt.category, tt.from, got, tt.prev)
		}
	}
}

func TestVisiblePhasesShowSafetyOnlyWhenAcute(t *testing.T) {
	c := newCase()
	hasSafety := func() bool {
		return slices.ContainsFunc(c.VisiblePhases(), func(r PhaseRecord) bool { return r.ID == PhaseSafety })
	}
	if hasSafety() {
		t.Error("safety shown without an acute result")
	}
	c.Assessment.Category = CategoryAcute
	if !hasSafety() {
		t.Error("safety hidden after an acute result")
	}
	if n := len(c.VisiblePhases()); n != len(PhaseOrder)-1 { // all but the review
		t.Errorf("%d visible phases, want %d", n, len(PhaseOrder)-1)
	}
}

func TestGoToBooksTimeToThePhaseLeft(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.GoTo(PhasePresentation, at(4))
	c.GoTo(PhaseOpening, at(14)) // back to add someone who came late
	c.GoTo(PhasePresentation, at(15))
	c.Tick(at(17))

	if got := c.Phase(PhaseOpening).Elapsed; got != 5*time.Minute {
		t.Errorf("opening elapsed %v, want 5m over both visits", got)
	}
	if got := c.Phase(PhasePresentation).Elapsed; got != 12*time.Minute {
		t.Errorf("presentation elapsed %v, want 12m over both visits", got)
	}
	if c.Elapsed != 17*time.Minute {
		t.Errorf("conference elapsed %v, want 17m", c.Elapsed)
	}
	if got := c.Phase(PhaseOpening).State; got != PhaseDone {
		t.Errorf("opening left again is %q, want done", got)
	}
	if c.CurrentPhase != PhasePresentation || c.Phase(PhasePresentation).State != PhaseCurrent {
		t.Errorf("current %q (%q)", c.CurrentPhase, c.Phase(PhasePresentation).State)
	}
}

func TestGoToKeepsWhatWasRecorded(t *testing.T) {
	c, _ := fixture(t)
	// Everything but the phase bookkeeping must survive going back and
	// forth between phases.
	content := func(c *Conference) string {
		x := c.Clone()
		x.Phases, x.CurrentPhase, x.Elapsed, x.Speaking = nil, "", 0, SpeakingOrder{}
		data, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	before := content(c)
	c.GoTo(PhasePresentation, at(81))
	c.GoTo(PhaseWorries, at(82))
	c.GoTo(PhaseClosing, at(83))
	if after := content(c); after != before {
		t.Errorf("going back and forth changed recorded content:\nbefore %s\n after %s", before, after)
	}
}

func TestGoToUnknownPhaseIsRefused(t *testing.T) {
	c := newCase()
	if c.GoTo("lunch", at(0)) {
		t.Error("GoTo(lunch) = true")
	}
	if c.CurrentPhase != PhasePreparation || c.Status != StatusPreparing {
		t.Errorf("refused GoTo changed the conference: %q %q", c.CurrentPhase, c.Status)
	}
}

func TestSkipWithReasonMovesOn(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.GoTo(PhasePresentation, at(5))
	if !c.Skip(PhasePresentation, "Alle kennen den Fall", at(6)) {
		t.Fatal("Skip with reason refused")
	}
	r := c.Phase(PhasePresentation)
	if r.State != PhaseSkipped || r.SkipReason != "Alle kennen den Fall" {
		t.Errorf("skipped phase is %q with reason %q", r.State, r.SkipReason)
	}
	if r.Elapsed != time.Minute {
		t.Errorf("skipped phase elapsed %v, want the 1m spent before skipping", r.Elapsed)
	}
	if c.CurrentPhase != PhasePerspectives || c.Phase(PhasePerspectives).State != PhaseCurrent {
		t.Errorf("after skipping, current is %q", c.CurrentPhase)
	}
}

func TestSkipWithoutReasonIsRefused(t *testing.T) {
	for _, reason := range []string{"", "   "} {
		c := newCase()
		c.Start(at(0))
		if c.Skip(PhaseOpening, reason, at(1)) {
			t.Errorf("Skip with reason %q accepted", reason)
		}
		if c.CurrentPhase != PhaseOpening || c.Phase(PhaseOpening).State != PhaseCurrent {
			t.Errorf("refused skip changed the phase: %q %q", c.CurrentPhase, c.Phase(PhaseOpening).State)
		}
	}
}

func TestSkipAheadKeepsTheCurrentPhase(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	if !c.Skip(PhaseWorries, "in der letzten Konferenz besprochen", at(1)) {
		t.Fatal("Skip refused")
	}
	if c.CurrentPhase != PhaseOpening {
		t.Errorf("current %q, want opening", c.CurrentPhase)
	}
	if c.Phase(PhaseWorries).State != PhaseSkipped {
		t.Errorf("worries %q, want skipped", c.Phase(PhaseWorries).State)
	}
	// Revisiting a skipped phase takes the skip back.
	c.GoTo(PhaseWorries, at(2))
	if r := c.Phase(PhaseWorries); r.State != PhaseCurrent || r.SkipReason != "" {
		t.Errorf("revisited phase %q with reason %q", r.State, r.SkipReason)
	}
}

func TestExtendGrowsTheTimeBox(t *testing.T) {
	c := newCase()
	c.Extend(PhasePerspectives, 5*time.Minute)
	c.Extend(PhasePerspectives, 5*time.Minute)
	c.Extend("lunch", time.Hour) // ignored
	r := c.Phase(PhasePerspectives)
	if r.Extended != 10*time.Minute || r.TimeBox() != 25*time.Minute {
		t.Errorf("extended %v, time box %v; want 10m, 25m", r.Extended, r.TimeBox())
	}
}

func TestPhaseNumbers(t *testing.T) {
	var got []string
	for _, id := range PhaseOrder {
		got = append(got, PhaseNumber(id))
	}
	want := []string{"0", "1", "1a", "2", "3", "4", "5", "5a", "6", "7"}
	if !slices.Equal(got, want) {
		t.Errorf("phase numbers %v, want %v", got, want)
	}
	if PhaseNumber("lunch") != "?" {
		t.Error("unknown phase has a number")
	}
}
