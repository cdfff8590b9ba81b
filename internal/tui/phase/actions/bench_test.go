package actions

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// BenchmarkKeystroke measures one key (Update and View) in the table of a
// large conference: 12 participants, 150 contributions, 60 risk entries
// and 40 actions. Every View validates the conference once.
func BenchmarkKeystroke(b *testing.B) {
	c, ps := fixture()
	for i := range 8 {
		c.AddParticipant(conference.Participant{Name: fmt.Sprintf("Person %d", i), Institution: "Beratungsstelle"})
	}
	for i := range 150 {
		c.AddContribution(conference.Contribution{SpeakerID: ps.weber, Text: fmt.Sprintf("Beitrag %d", i),
			Provenance: conference.ProvenanceObserved})
	}
	for range 60 {
		c.AddRisk(conference.RiskEntry{Area: "basic_care", Text: "Sorge", Intensity: conference.IntensityMarked})
	}
	for i := len(c.Actions); i < 40; i++ {
		c.AddAction(conference.Action{What: fmt.Sprintf("Vereinbarung %d", i), OwnerID: ps.demir,
			Due: conference.Date{Year: 2026, Month: 12, Day: 1}, ReportBack: "Anruf"})
	}
	h := newHarness(b, c, i18n.DE)
	h.Resize(94, 35)
	keys := []tea.KeyPressMsg{tuitest.KeyPress("down"), tuitest.KeyPress("up")}
	b.ResetTimer()
	for i := range b.N {
		h.Ed, _ = h.Ed.Update(keys[i%2])
		_ = h.Ed.View(94, 35)
	}
}
