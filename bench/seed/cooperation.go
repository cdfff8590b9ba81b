package seed

import (
	"math/rand/v2"
	"time"

	"kofa/internal/conference"
)

// Cooperation returns the i-th seeded conference for the report across
// cases (internal/report), and with it, now and then, the handover of its
// case: a Varied conference whose closed version has what the report
// counts varied too. Actions are done on time, late, not at all or are
// still open, more or less often by institution; the child's view is
// sometimes missing, dissent sometimes recorded, the cooperation check
// mostly answered, sometimes skipped; every 15th closed conference's case
// is handed over, most handovers confirmed after some days.
func Cooperation(i int, now time.Time, rng *rand.Rand) []*conference.Conference {
	c := Varied(i, now, rng)
	if c.Status != conference.StatusClosed {
		return []*conference.Conference{c}
	}
	today := conference.DateOf(now)
	c.StatusLog = nil
	for _, a := range c.Actions {
		settleAction(c, a, today, rng)
	}
	if rng.IntN(100) < 15 {
		c.ChildView = conference.View{MissingReason: c.ChildView.MissingReason}
	}
	if rng.IntN(100) < 75 {
		c.Assessment.Dissent = nil
	}
	at := c.ClosedAt
	switch n := rng.IntN(100); {
	case n < 70:
		for _, seam := range conference.Seams {
			if rng.IntN(10) == 0 {
				continue // not every seam is answered
			}
			c.SetSeam(seam, conference.SeamAnswers[weighted(rng, 6, 3, 1)], "", at)
		}
	case n < 85:
		c.SkipCheck(at)
	}
	out := []*conference.Conference{c}
	if i%15 == 7 {
		out = append(out, handoverOf(c, now, rng))
	}
	return out
}

// lateness is how often actions of an institution are done late or not
// at all, in percent: the report should show a difference.
var lateness = map[string]int{
	"asd": 15, "kita": 10, "paediatrician": 35, "school_social_work": 45,
	"provider_family_support": 20, "insofa": 10, "police": 5,
}

// settleAction gives action a a history: done on time or late, not done,
// obsolete, or still open (overdue once its day has passed).
func settleAction(c *conference.Conference, a conference.Action, today conference.Date, rng *rand.Rand) {
	inst := ""
	if p := c.Participant(a.OwnerID); p != nil {
		inst = p.InstitutionType
	}
	late := lateness[inst]
	on := func(d conference.Date) conference.Date {
		if d.After(today) {
			return today
		}
		return d
	}
	switch n := rng.IntN(100); {
	case a.Due.After(today) && n < 70:
		// not due yet: mostly still open
	case n < late/3:
		// still open, overdue when its day has passed
	case n < late/2:
		c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpNotDone, On: on(a.Due)})
	case n < late:
		c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: on(a.Due.AddDays(1 + rng.IntN(40)))})
	case n < late+5:
		c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpObsolete, On: on(a.Due)})
	default:
		c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: on(a.Due.AddDays(-rng.IntN(5)))})
	}
}

// weighted picks an index with the given weights.
func weighted(rng *rand.Rand, weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := rng.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// handoverOf is the handover of c's case, held a week after c, closed,
// and mostly confirmed after some days.
func handoverOf(c *conference.Conference, now time.Time, rng *rand.Rand) *conference.Conference {
	held := c.Date.Time(time.UTC).AddDate(0, 0, 7).Add(10 * time.Hour)
	if held.After(now) {
		held = now
	}
	h := conference.NewHandover(c, []*conference.Conference{c}, conference.NewID(), "Jugendamt Musterstadt", held)
	h.Date = conference.DateOf(held)
	x := h.Handover
	x.Route = conference.Routes[weighted(rng, 5, 2, 2, 1)]
	x.Mode = conference.HandoverModes[weighted(rng, 6, 3, 1)]
	x.Receiver = "Frau Kurz"
	for i := range x.Takeovers {
		x.Takeovers[i].Owner = "Frau Kurz"
	}
	h.Family = conference.FamilyParticipation{Mode: conference.FamilyPresent}
	h.Start(held)
	h.Close(held.Add(45 * time.Minute))
	if rng.IntN(100) < 80 {
		on := h.Date.AddDays(rng.IntN(21))
		if today := conference.DateOf(now); on.After(today) {
			on = today
		}
		_ = h.ConfirmReceipt("Frau Kurz", on, now)
	}
	h.UpdatedAt = held.Add(time.Hour)
	// As the store records it when the handover is saved.
	c.ApplyHandover(h.HandedOver()[c.ID], held.Add(time.Hour))
	return h
}
