package tui

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// Issue 18: enter on a search hit opens the conference at that place. A
// conference still running opened at its current phase, so the word just
// found was nowhere on the screen. It opens at the phase of the hit now,
// as alt+number would go there, and says which phase was current and how
// to go back: nothing moves without a word.
func TestSearchOpensARunningConferenceAtTheHit(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	c := conference.New("running0", conference.KindCase, start.AddDate(0, 0, -1))
	c.CaseCode = "K-2026-200"
	c.Start(start.AddDate(0, 0, -1))
	c.AddRisk(conference.RiskEntry{Area: "care", Text: "Beim Hausbesuch Schimmel im Kinderzimmer gesehen."})
	c.GoTo(conference.PhasePresentation, start.AddDate(0, 0, -1))
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("/")
	h.Type("schimmel")
	h.contains(t, "›Schimmel‹")
	h.Key("enter")
	got := h.app.Conference()
	if got == nil || got.ID != "running0" {
		t.Fatalf("enter opened %v", got)
	}
	h.contains(t, "K-2026-200 · 4 Sorgen & Stärken")
	h.contains(t, "Zum Treffer gesprungen; aktuell war 2 Fallvorstellung (alt+2 zurück).")
	if got.CurrentPhase != conference.PhaseWorries {
		t.Errorf("current phase %q, want the phase of the hit", got.CurrentPhase)
	}
	h.Key("alt+2")
	h.contains(t, "K-2026-200 · 2 Fallvorstellung")
}

// A conference in preparation is not started by opening a search hit in a
// later phase (a participant invited is found in the opening): it opens at
// its preparation and names where the word is.
func TestSearchDoesNotStartAConferenceInPreparation(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	c := conference.New("prepared", conference.KindCase, start.AddDate(0, 0, 3))
	c.CaseCode = "K-2026-201"
	c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "ASD Nord"})
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("/")
	h.Type("albers")
	h.contains(t, "›Albers‹")
	h.Key("enter")
	got := h.app.Conference()
	if got == nil || got.ID != "prepared" {
		t.Fatalf("enter opened %v", got)
	}
	if got.Status != conference.StatusPreparing || got.CurrentPhase != conference.PhasePreparation {
		t.Errorf("opening the hit started the conference: status %q, phase %q", got.Status, got.CurrentPhase)
	}
	stored, _ := repo.Get("prepared")
	if stored.Status != conference.StatusPreparing {
		t.Errorf("stored status %q, want preparing", stored.Status)
	}
	h.contains(t, "K-2026-201 · 0 Vorbereitung")
	h.contains(t, "Der Treffer steht in 1 Eröffnung; die Konferenz ist noch in Vorbereitung.")
}
