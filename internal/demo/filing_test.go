package demo

import (
	"slices"
	"testing"

	"kofa/internal/conference"
)

// TestFilingShowsWhatAnOfficeFiles checks the second sample has what it is
// meant to show (DOMAIN.md: what a protocol a youth-welfare office files
// needs), so the golden minutes of it keep proving something.
func TestFilingShowsWhatAnOfficeFiles(t *testing.T) {
	t.Parallel()
	for _, lang := range langs {
		c := Filing(lang, now)
		family := 0
		for _, a := range c.Actions {
			if c.OwnedByFamily(a) {
				family++
			}
		}
		var resolved []string
		for _, d := range c.Assessment.Dissent {
			resolved = append(resolved, d.Resolution)
		}
		var gaps []string
		for _, p := range c.OpenGaps {
			gaps = append(gaps, p.Key)
		}
		have := map[string]bool{
			"siblings, each with a result":  len(c.Children) == 2 && len(c.ChildResults) == 2,
			"two carers, different custody": len(c.Carers) == 2 && c.Carers[0].Custody != c.Carers[1].Custody,
			"each carer's view and stance":  !c.Carers[0].View.Empty() && !c.Carers[1].View.Empty() && c.Carers[0].Stance != c.Carers[1].Stance,
			"someone without a legal basis": slices.Contains(gaps, conference.KeyParticipantNoBasis),
			"actions of the family":         family >= 2,
			"dissent resolved, one on an action": slices.Contains(resolved, conference.DissentEscalation) &&
				slices.ContainsFunc(c.Assessment.Dissent, func(d conference.Dissent) bool { return d.ActionID != "" }),
			"a phase passed through":         c.Phase(conference.PhasePresentation).State == conference.PhaseNotCovered,
			"crisis plan up to family court": slices.ContainsFunc(c.CrisisPlan, func(e conference.CrisisEntry) bool { return e.FamilyCourt }),
			"weighty indications answered":   len(c.UnansweredWeighty()) == 0,
			"corrected times":                c.StartedAt.Hour() == 9 && c.ActualEnd().Hour() == 10,
			"released":                       c.Released(),
		}
		for what, ok := range have {
			if !ok {
				t.Errorf("%s: the filed case lacks %s", lang, what)
			}
		}
		if len(gaps) != 2 {
			t.Errorf("%s: gaps %v, want only the police's missing legal basis (at the table and as a recipient)", lang, gaps)
		}
	}
}
