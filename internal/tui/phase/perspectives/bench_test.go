package perspectives

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// BenchmarkKeystroke is one typed letter (Update and View at 120x40) in a
// round of 12 speakers and 150 contributions.
func BenchmarkKeystroke(b *testing.B) {
	c := conference.New("k1", conference.KindCase, start)
	c.Status = conference.StatusRunning
	c.CurrentPhase = conference.PhasePerspectives
	for i := range 12 {
		c.AddParticipant(conference.Participant{Name: fmt.Sprintf("Teilnehmer:in %d", i), Institution: "ASD", Attendance: conference.AttendancePresent})
	}
	c.SetOrder()
	for i := range 150 {
		c.AddContribution(conference.Contribution{
			SpeakerID: c.Speaking.Order[i%12], Text: "Beobachtung mit etwas längerem Text, der umbrochen werden muss",
			Provenance: conference.ProvenanceObserved, Source: "Hausbesuch",
		})
	}
	h := newHarness(b, i18n.DE, c)
	h.Drv.Type("Mutter wirkte beim Termin erschöpft")
	// A letter and its deletion in turn, so the text keeps a real length.
	keys := []tea.KeyPressMsg{tuitest.KeyPress("a"), tuitest.KeyPress("backspace")}
	w, ht := tuitest.EditorSize(120, 40)
	i := 0
	for b.Loop() {
		h.Ed, _ = h.Ed.Update(keys[i%2])
		_ = h.Ed.View(w, ht)
		i++
	}
}
