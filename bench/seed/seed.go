// Package seed builds the conferences the benchmarks run on: many
// realistic ones for a full store (Varied, Fill) and one very large one
// for the keystroke, save and export measurements (Large).
//
// Everything is derived from the fictional sample conference
// (internal/demo), so no real person's data is ever involved.
package seed

import (
	"fmt"
	"math/rand/v2"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
)

// Years is how far back the seeded conferences reach.
const Years = 3

// Varied returns the i-th seeded conference: the sample conference on a
// day within Years before now, with its own ID and case code, in German or
// English, closed, running or still in preparation, with some actions
// still open. rng decides the variation, so a fixed seed gives the same
// store shape (IDs stay random).
func Varied(i int, now time.Time, rng *rand.Rand) *conference.Conference {
	day := now.AddDate(0, 0, -rng.IntN(Years*365))
	lang := "de"
	if rng.IntN(10) < 3 {
		lang = "en"
	}
	code := fmt.Sprintf("K-%d-%04d", day.Year(), i%10000)

	if rng.IntN(100) < 8 {
		return preparing(code, day, lang)
	}
	c := demo.Sample(lang, day)
	c.ID = conference.NewID()
	c.CaseCode = code
	if rng.IntN(100) < 12 {
		// Running: reopened and standing in one of the later phases.
		at := c.UpdatedAt
		c.Reopen(at)
		c.GoTo(conference.PhaseOrder[1+rng.IntN(len(conference.PhaseOrder)-1)], at)
		return c
	}
	settleActions(c, now, rng)
	return c
}

// preparing is a conference set up but not held yet.
func preparing(code string, day time.Time, lang string) *conference.Conference {
	c := conference.New(conference.NewID(), conference.KindCase, day.AddDate(0, 0, -7))
	c.Date = conference.DateOf(day)
	c.CaseCode = code
	c.StartTime = "09:00"
	if lang == "en" {
		c.Occasion = "Report by the Kita: child (6) often comes without breakfast."
		c.KeyQuestion = "Is the child reliably cared for at home?"
	} else {
		c.Occasion = "Meldung der Kita: Kind (6) kommt oft ohne Frühstück."
		c.KeyQuestion = "Ist die Versorgung des Kindes zu Hause verlässlich gesichert?"
	}
	return c
}

// settleActions records follow-ups the way a tracker would: the older the
// conference, the more of its actions are done.
func settleActions(c *conference.Conference, now time.Time, rng *rand.Rand) {
	age := c.Date.DaysUntil(conference.DateOf(now))
	for i := range c.Actions {
		a := &c.Actions[i]
		switch {
		case age < 30 && rng.IntN(3) > 0:
			// recent: mostly still open
		case rng.IntN(10) == 0:
			c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpPartly, On: a.Due})
		case rng.IntN(10) == 0:
			c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpObsolete, On: a.Due})
		default:
			c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: a.Due})
		}
	}
}
