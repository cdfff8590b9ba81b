package tui

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// sidebarMark matches the marker of the phase shown in the sidebar.
var sidebarMark = regexp.MustCompile(`▸ [0-7]`)

// closedSample opens the closed demo sample (every real editor) and
// returns it with the sample as JSON, to prove nothing changed.
func closedSample(t *testing.T) (*harness, []byte) {
	t.Helper()
	h := sampleHarness(t, i18n.DE, 100, 30, false, true)
	return h, asJSON(t, demo.Sample(string(i18n.DE), start))
}

func asJSON(t *testing.T, c *conference.Conference) []byte {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// unchanged fails unless the open conference (if any) and the stored one
// are still the sample, byte for byte, and nothing was saved or audited.
func unchanged(t *testing.T, h *harness, want []byte, saves int) {
	t.Helper()
	if c := h.app.Conference(); c != nil && string(asJSON(t, c)) != string(want) {
		t.Error("the closed conference changed in memory")
	}
	stored, err := h.repo.Get(demo.ID)
	if err != nil || string(asJSON(t, stored)) != string(want) {
		t.Errorf("the closed conference changed in the store (%v)", err)
	}
	if h.repo.Saves() != saves || len(h.repo.Audit(demo.ID)) != 0 {
		t.Errorf("%d saves (want %d), audit %v", h.repo.Saves(), saves, h.repo.Audit(demo.ID))
	}
}

func TestClosedConferenceIsOnlyLookedAt(t *testing.T) {
	h, want := closedSample(t)
	saves := h.repo.Saves()
	h.contains(t, "abgeschlossen – nur lesen")
	h.contains(t, "▸ 7 Abschluss")
	c := h.app.Conference()
	for _, step := range []struct{ key, shown string }{
		{"alt+2", "▸ 2 Fallvorstellung"},
		{"]", "▸ 3 Perspektiven"},
		{"f4", "▸ 4 Sorgen"},
		{"ctrl+left", "▸ 3 Perspektiven"},
		{"[", "▸ 2 Fallvorstellung"},
		{"f3", "▸ 1 Eröffnung"},
	} {
		h.Key(step.key)
		h.contains(t, step.shown)
		if c.CurrentPhase != conference.PhaseClosing || len(sidebarMark.FindAllString(h.screen(), -1)) != 1 {
			t.Fatalf("%s: current phase %q, want the closing; one phase marked:\n%s", step.key, c.CurrentPhase, h.screen())
		}
	}
	h.Send(tea.MouseClickMsg{X: 3, Y: 2, Button: tea.MouseLeft}) // first phase line: 0 preparation
	h.contains(t, "▸ 0 Vorbereitung")

	// What would change it does nothing, and says how to change it.
	for _, k := range []string{"f5", "f6", "f8", "ctrl+p", "ctrl+t"} {
		h.Key(k)
		if s := h.screen(); strings.Contains(s, "Thema parken") || strings.Contains(s, "überspringen") {
			t.Fatalf("%s opened a dialog on a closed conference:\n%s", k, s)
		}
	}
	h.Key("alt+2")
	h.Type("Neue Fakten")
	h.contains(t, "Zum Ändern in Phase 7 mit r wieder öffnen")
	h.Paste("eingefügt")
	h.Send(tea.MouseClickMsg{X: 40, Y: 6, Button: tea.MouseLeft})
	h.Advance(2 * time.Minute) // the clocks stand still
	unchanged(t, h, want, saves)
	h.Key("esc")
	if h.app.workspace() != nil {
		t.Fatal("esc did not go back to the overview")
	}
	unchanged(t, h, want, saves)
}

// TestClosedConferenceKeysChangeNothingInAnyPhase presses, in every phase
// of the closed sample, the keys that edit when it runs: arrows move
// between fields and choose in picks there, letters type, enter and the
// number keys open forms; the closing's own keys too.
func TestClosedConferenceKeysChangeNothingInAnyPhase(t *testing.T) {
	h, want := closedSample(t)
	saves := h.repo.Saves()
	// Not esc, which leaves the workspace, nor e, which opens the
	// minutes in the closing.
	keys := []string{"down", "down", "down", "pgdown", "up", "home", "end", "enter", "tab", "space", "n", "d", "x", "y", "j", "u", "a", "delete", "backspace"}
	for _, id := range conference.PhaseOrder {
		if !h.app.Conference().PhaseApplies(id) {
			continue
		}
		h.Key("alt+" + conference.PhaseNumber(id)[:1])
		for _, k := range keys {
			h.Key(k)
		}
	}
	for _, sec := range []string{"1", "2", "3", "4", "5"} {
		h.Key(sec)
		for _, k := range keys {
			h.Key(k)
		}
	}
	if h.app.workspace() == nil {
		t.Fatal("the workspace closed")
	}
	unchanged(t, h, want, saves)
}

// helpKeys matches the help overlay's lines for the keys that change a
// conference: extend, skip, park, and the presentation's own.
var helpKeys = regexp.MustCompile(`(?m)^ *(\+/F5|F5|F6|F8|n|enter|d)  +`)

func TestClosedConferenceHelpTellsTheTruth(t *testing.T) {
	h, _ := closedSample(t)
	h.Key("alt+2")
	footer := h.screen()[strings.LastIndex(h.screen(), "\n"):]
	if !strings.Contains(footer, "blättern") || strings.Contains(footer, "parken") || strings.Contains(footer, "+5 min") {
		t.Errorf("help line %q", footer)
	}
	h.Key("?")
	s := h.screen()
	if keys := helpKeys.FindAllString(s, -1); len(keys) > 0 {
		t.Errorf("help offers %q on a closed conference:\n%s", keys, s)
	}
	h.contains(t, "nächste Phase")
}

func TestReopenMakesTheClosedConferenceWorkAgain(t *testing.T) {
	h, _ := closedSample(t)
	c := h.app.Conference()
	h.Key("alt+2")
	h.Key("alt+7")
	h.Key("r")
	h.contains(t, "Konferenz wieder öffnen?")
	h.Key("j")
	if c.Status != conference.StatusRunning || c.CurrentPhase != conference.PhaseClosing ||
		c.Phase(conference.PhaseClosing).State != conference.PhaseCurrent {
		t.Fatalf("after reopening: %q in %q (%q), want running in the closing, current",
			c.Status, c.CurrentPhase, c.Phase(conference.PhaseClosing).State)
	}
	if strings.Contains(h.screen(), "nur lesen") {
		t.Errorf("still marked read-only:\n%s", h.screen())
	}
	if got := h.stored(t); got.Status != conference.StatusRunning {
		t.Errorf("stored status %q, want running", got.Status)
	}
	h.Key("alt+2")
	if c.CurrentPhase != conference.PhasePresentation || c.Phase(conference.PhaseClosing).State != conference.PhaseDone {
		t.Fatalf("alt+2 after reopening: phase %q", c.CurrentPhase)
	}
	r := c.Phase(conference.PhasePresentation)
	elapsed, extended := r.Elapsed, r.Extended
	h.Key("f5")
	h.Advance(time.Minute)
	if r.Extended != extended+5*time.Minute || r.Elapsed != elapsed+time.Minute {
		t.Errorf("extended %v elapsed %v, want +5 min and one minute more", r.Extended-extended, r.Elapsed-elapsed)
	}
	h.Key("f6")
	h.contains(t, "Thema parken")
}

func TestClosingInTheWorkspaceMakesItReadOnly(t *testing.T) {
	h := sampleHarness(t, i18n.DE, 100, 30, false, false) // the rehearsal, in phase 3
	c := h.app.Conference()
	h.Key("alt+7")
	h.Key("5")
	h.Key("enter")
	h.Key("j")
	if c.Status != conference.StatusClosed {
		t.Fatalf("status %q after closing", c.Status)
	}
	h.contains(t, "abgeschlossen – nur lesen")
	h.contains(t, "▸ 7 Abschluss")
	if got := h.stored(t); got.Status != conference.StatusClosed {
		t.Errorf("stored status %q, want closed", got.Status)
	}
	h.Key("alt+3")
	h.contains(t, "▸ 3 Perspektiven")
	if c.CurrentPhase != conference.PhaseClosing || c.Phase(conference.PhasePerspectives).State != conference.PhaseDone {
		t.Errorf("looking at phase 3 made it %q (current phase %q)", c.Phase(conference.PhasePerspectives).State, c.CurrentPhase)
	}
}

// TestReleaseIsSavedAlthoughTheConferenceIsClosed: a closed conference is
// read-only, but releasing its minutes from the closing is what a closed
// conference is for, and is saved.
func TestReleaseIsSavedAlthoughTheConferenceIsClosed(t *testing.T) {
	h := sampleHarness(t, i18n.DE, 100, 30, false, false) // the rehearsal, in phase 3
	c := h.app.Conference()
	h.Key("alt+7")
	h.Key("5")
	if c.Status != conference.StatusRunning {
		t.Fatalf("status %q", c.Status)
	}
	h.Key("enter")
	h.Key("j")
	if c.Status != conference.StatusClosed {
		t.Fatalf("status %q after closing", c.Status)
	}
	h.Key("f")
	h.Type("Sandra Vogt")
	h.Key("tab")
	h.Type("Teamleitung ASD")
	h.Key("tab")
	h.Key("enter")
	got := h.stored(t)
	if !got.Released() || got.Release.By != "Sandra Vogt" {
		t.Errorf("stored release %+v, want it saved", got.Release)
	}
}
