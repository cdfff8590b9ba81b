package conference

import (
	"slices"
	"testing"
	"time"
)

func TestCloseMarksPhasesNotReachedAsNotCovered(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.GoTo(PhasePresentation, at(5))
	c.Skip(PhasePerspectives, "Zeit", at(5))
	c.GoTo(PhaseWorries, at(6))
	c.Close(at(20))

	want := map[PhaseID]PhaseState{
		PhasePreparation:  PhaseDone,
		PhaseOpening:      PhaseDone,
		PhasePresentation: PhaseNotCovered, // one minute, nothing recorded: passed through
		PhasePerspectives: PhaseSkipped,
		PhaseWorries:      PhaseDone,
		PhaseAssessment:   PhaseNotCovered,
		PhaseSafety:       PhaseNotStarted, // does not apply without an acute result
		PhaseActions:      PhaseNotCovered,
		PhaseClosing:      PhaseNotCovered,
	}
	for id, state := range want {
		if got := c.Phase(id).State; got != state {
			t.Errorf("%s is %q, want %q", id, got, state)
		}
	}
	if c.Status != StatusClosed || !c.ClosedAt.Equal(at(20)) {
		t.Errorf("status %q closed %v", c.Status, c.ClosedAt)
	}
	if got := c.Phase(PhaseWorries).Elapsed; got != 14*time.Minute {
		t.Errorf("worries elapsed %v, want 14m booked at close", got)
	}
}

func TestCloseCoversSafetyWhenAcute(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.Assessment.Category = CategoryAcute
	c.Close(at(10))
	if got := c.Phase(PhaseSafety).State; got != PhaseNotCovered {
		t.Errorf("safety after an acute result is %q, want not_covered", got)
	}
}

func TestCloseRecordsOpenGaps(t *testing.T) {
	c, _ := fixture(t)
	c.Distribution = nil
	c.Withdraw(c.Actions[1].ID)
	c.Close(at(85))
	got := problemSet(c.OpenGaps)
	want := []string{"actions/a21/agreed " + KeyActionNotConfirmed, "distribution " + KeyDistributionMissing}
	if !slices.Equal(got, want) {
		t.Errorf("open gaps %q, want %q", got, want)
	}

	complete, _ := closedFixture(t)
	if len(complete.OpenGaps) != 0 {
		t.Errorf("complete conference closed with gaps %v", complete.OpenGaps)
	}
}

func TestCloseOfAnUnstartedConferenceCoversNothing(t *testing.T) {
	c := newCase()
	c.Close(at(0))
	for _, r := range c.Phases {
		if r.ID == PhaseSafety || r.ID == PhasePreparation {
			continue
		}
		if r.State != PhaseNotCovered {
			t.Errorf("%s is %q, want not_covered", r.ID, r.State)
		}
	}
}

func TestReopenCountsOnFromNow(t *testing.T) {
	c, _ := closedFixture(t)
	c.Distribution = nil
	c.Close(at(82))
	elapsed := c.Elapsed
	c.Reopen(at(200))
	if c.Status != StatusRunning || !c.ClosedAt.IsZero() || c.OpenGaps != nil {
		t.Errorf("reopened: status %q closed %v gaps %v", c.Status, c.ClosedAt, c.OpenGaps)
	}
	c.Tick(at(203))
	if c.Elapsed != elapsed+3*time.Minute {
		t.Errorf("elapsed %v after reopening, want %v", c.Elapsed, elapsed+3*time.Minute)
	}

	running := newCase()
	running.Start(at(0))
	running.Reopen(at(5))
	if running.Status != StatusRunning || running.CurrentPhase != PhaseOpening {
		t.Error("Reopen changed a conference that was not closed")
	}
}
