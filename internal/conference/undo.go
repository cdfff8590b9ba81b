package conference

import "slices"

// Undoable reports whether a change is one an undo takes back: what was
// recorded about the case (an entry added, changed or removed, a field
// typed), not the course of the meeting (a phase entered or skipped, the
// conference closed or reopened), nor what happened to the record itself
// (created, exported, imported, an undo).
func Undoable(ch Change) bool {
	switch ch.Op {
	case OpAdd, OpUpdate, OpRemove:
		return true
	}
	return false
}

// Restore makes c hold what earlier held, an earlier state of the same
// conference, except for the course of the meeting, which an undo never
// turns back: the clock (elapsed times, per phase and per speaker), the
// phase shown and the phases' states and skip reasons, the status with
// its times and gaps, and the forms' drafts. Entity numbers only grow, so
// an entry added after the undo never takes the ID of one undone.
func (c *Conference) Restore(earlier *Conference) {
	live := *c
	*c = *earlier
	c.lastTick = live.lastTick
	c.Elapsed = live.Elapsed
	c.CurrentPhase = live.CurrentPhase
	c.Status, c.StartedAt, c.ClosedAt, c.OpenGaps = live.Status, live.StartedAt, live.ClosedAt, live.OpenGaps
	c.Drafts = live.Drafts
	c.Seq = max(live.Seq, earlier.Seq)
	c.UpdatedAt = live.UpdatedAt
	c.Speaking.Spoken = live.Speaking.Spoken
	phases := slices.Clone(live.Phases)
	for i := range phases {
		if r := earlier.Phase(phases[i].ID); r != nil {
			phases[i].Planned, phases[i].Extended = r.Planned, r.Extended
		}
	}
	c.Phases = phases
}
