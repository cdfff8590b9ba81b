package conference

import (
	"testing"
	"time"
)

func TestUndoableChanges(t *testing.T) {
	t.Parallel()
	for op, want := range map[string]bool{
		OpAdd: true, OpUpdate: true, OpRemove: true,
		OpCreate: false, OpPhase: false, OpClose: false, OpReopen: false, OpExport: false, OpImport: false,
		OpUndo: false, OpRedo: false, "": false,
	} {
		if got := Undoable(Change{Op: op, Path: "x"}); got != want {
			t.Errorf("Undoable(%q) = %v, want %v", op, got, want)
		}
	}
}

// An undo takes back what was recorded, never the course of the meeting.
func TestRestoreKeepsTheCourseOfTheMeeting(t *testing.T) {
	t.Parallel()
	c := New("u1", KindCase, t0)
	c.Start(t0)
	c.AddParticipant(Participant{Name: "Petra Albers", Attendance: AttendancePresent})
	c.Facts = "before"
	earlier := c.Clone()

	c.Facts = "after"
	c.AddContribution(Contribution{Text: "later"})
	c.Extend(PhaseOpening, 5*time.Minute)
	c.SetDraft("risks/new", Draft{Texts: []string{"typing"}})
	c.GoTo(PhasePerspectives, t0.Add(10*time.Minute))
	c.SetOrder()
	c.Tick(t0.Add(12 * time.Minute))
	seq, elapsed := c.Seq, c.Elapsed

	c.Restore(earlier)
	if c.Facts != "before" || len(c.Contributions) != 0 {
		t.Errorf("facts %q and %d contributions, want the earlier record", c.Facts, len(c.Contributions))
	}
	if r := c.Phase(PhaseOpening); r.Extended != 0 {
		t.Errorf("the extension of the time box was kept (%v): it is a change like any other", r.Extended)
	}
	if c.CurrentPhase != PhasePerspectives || c.Phase(PhaseOpening).State != PhaseDone {
		t.Errorf("phase %q (opening %q): an undo left the phase", c.CurrentPhase, c.Phase(PhaseOpening).State)
	}
	if c.Elapsed != elapsed || c.Phase(PhaseOpening).Elapsed == 0 {
		t.Errorf("elapsed %v (opening %v): an undo turned the clock back", c.Elapsed, c.Phase(PhaseOpening).Elapsed)
	}
	if _, ok := c.DraftOf("risks/new"); !ok {
		t.Error("an undo took a draft")
	}
	if c.Seq != seq {
		t.Errorf("seq %d, want %d: a new entry could take an undone one's ID", c.Seq, seq)
	}
	c.Tick(t0.Add(13 * time.Minute))
	if c.Elapsed != elapsed+time.Minute {
		t.Errorf("the clock after the undo booked %v, want a minute", c.Elapsed-elapsed)
	}
}
