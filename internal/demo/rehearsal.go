package demo

import (
	"time"

	"kofa/internal/conference"
)

// Rehearsal returns the sample conference ready to practise on: running
// again and back in phase 3 (perspectives), where a new facilitator can
// take turns, note contributions and move on through the later phases.
// The closed sample itself is a dead end for practice: kofa shows a
// closed conference read-only. Everything recorded stays; the phases
// keep their states except perspectives, which is current again.
func Rehearsal(lang string, now time.Time) *conference.Conference {
	c := Sample(lang, now)
	c.Reopen(now)
	c.GoTo(conference.PhasePerspectives, now)
	return c
}
