package demo

import (
	"bytes"
	"testing"
	"time"

	"kofa/internal/conference"
)

func TestRehearsalRunsInPerspectivesWithEverythingRecorded(t *testing.T) {
	for _, lang := range langs {
		sample, c := Sample(lang, now), Rehearsal(lang, now)
		if c.Status != conference.StatusRunning || !c.ClosedAt.IsZero() || len(c.OpenGaps) != 0 {
			t.Errorf("%s: status %q closed at %v gaps %d, want running", lang, c.Status, c.ClosedAt, len(c.OpenGaps))
		}
		if c.CurrentPhase != conference.PhasePerspectives || c.Phase(conference.PhasePerspectives).State != conference.PhaseCurrent {
			t.Errorf("%s: current phase %q, want perspectives", lang, c.CurrentPhase)
		}
		for _, r := range sample.Phases {
			if got := c.Phase(r.ID); r.ID != conference.PhasePerspectives && got.State != r.State {
				t.Errorf("%s: phase %s is %q, the sample has it %q", lang, r.ID, got.State, r.State)
			}
		}
		// Apart from status and phase, it is the sample, item for item.
		back := *c
		back.Status, back.ClosedAt, back.OpenGaps = sample.Status, sample.ClosedAt, sample.OpenGaps
		back.CurrentPhase = sample.CurrentPhase
		back.Phases = append([]conference.PhaseRecord(nil), c.Phases...)
		for i := range back.Phases {
			back.Phases[i].State = sample.Phase(back.Phases[i].ID).State
		}
		if !bytes.Equal(marshal(t, &back), marshal(t, sample)) {
			t.Errorf("%s: the rehearsal lost or changed recorded content", lang)
		}
	}
}

func TestRehearsalClockStartsAtZeroFromNow(t *testing.T) {
	c := Rehearsal("de", now)
	before := c.Phase(conference.PhasePerspectives).Elapsed
	c.Tick(now.Add(time.Minute))
	if got := c.Phase(conference.PhasePerspectives).Elapsed - before; got != time.Minute {
		t.Errorf("a minute of practice booked %v to perspectives", got)
	}
}
