package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// Drafts are data: what a form holds and nobody submitted yet is stored
// like every field, after the same typing pause, and comes back after a
// restart in the same form, with the cursor where it stood. "✓ saved"
// covers it.

// reopen starts kofa again on repo and opens the newest conference from
// the home screen, as after a crash.
func reopen(t *testing.T, repo *tuitest.Repo) *harness {
	t.Helper()
	h := newFullHarness(t, repo, i18n.DE, 120, 40)
	h.Key("enter")
	if h.app.Conference() == nil {
		t.Fatal("enter on the home screen did not open the conference")
	}
	return h
}

func TestSavedCoversAHalfTypedContribution(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhasePerspectives), i18n.DE)
	h.Type("Mia kam ohne Jacke")
	if h.app.SaveState() == saver.Saved || strings.Contains(h.screen(), "✓ gespeichert") {
		t.Fatalf("the header says saved while the draft is not stored:\n%s", h.screen())
	}
	h.Advance(saver.Debounce)
	h.contains(t, "✓ gespeichert")
	d, ok := h.stored(t).DraftOf("contributions/new")
	if !ok || d.Texts[0] != "Mia kam ohne Jacke" {
		t.Fatalf("stored draft %+v (%v), want the text typed", d, ok)
	}
	for _, a := range repo.Audit(h.app.Conference().ID) {
		if a.Op == "" || strings.HasPrefix(a.Path, "contributions") || strings.HasPrefix(a.Path, "drafts") {
			t.Errorf("the draft wrote an audit entry %+v: it is not part of the record yet", a)
		}
	}
}

// TestCtrlCKeepsAHalfTypedContributionADraft: quitting with a contribution
// half typed submitted it as finished, with whatever tag was set. It stays
// a draft, and after a restart typing goes on in it, at the cursor.
func TestCtrlCKeepsAHalfTypedContributionADraft(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhasePerspectives), i18n.DE)
	before := len(h.app.Conference().Contributions)
	h.Type("Mia kam ohne Jake")
	h.Key("left")
	h.Key("left") // a letter forgotten before the "k"
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("ctrl+c did not quit")
	}
	stored := h.stored(t)
	if len(stored.Contributions) != before {
		t.Fatalf("quitting submitted the draft: %+v", stored.Contributions[before:])
	}
	if d, ok := stored.DraftOf("contributions/new"); !ok || d.Texts[0] != "Mia kam ohne Jake" {
		t.Fatalf("stored draft %+v (%v), want the half-typed text", d, ok)
	}

	again := reopen(t, repo)
	again.contains(t, "Mia kam ohne Jake")
	again.Type("c")
	again.contains(t, "Mia kam ohne Jacke")
	again.Key("ctrl+s")
	c := again.app.Conference()
	if len(c.Contributions) != before+1 || c.Contributions[before].Text != "Mia kam ohne Jacke" {
		t.Fatalf("contributions %+v, want the draft submitted once finished", c.Contributions[before:])
	}
	if _, ok := c.DraftOf("contributions/new"); ok {
		t.Error("the submitted contribution is still a draft")
	}
}

func TestATopicBeingParkedSurvivesACrashInItsDialog(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhaseWorries), i18n.DE)
	h.Key("f6")
	h.Type("Schulwechsel im Somme")
	h.Advance(saver.Debounce) // stored; then kofa is killed: nothing else runs
	h.contains(t, "✓ gespeichert")

	again := reopen(t, repo)
	again.contains(t, "Thema parken")
	again.contains(t, "Schulwechsel im Somme")
	again.Type("r")
	again.Key("ctrl+s")
	c := again.app.Conference()
	if len(c.Parked) != 1 || c.Parked[0].Text != "Schulwechsel im Sommer" {
		t.Fatalf("parked %+v, want the topic as finished after the restart", c.Parked)
	}
	if _, ok := c.DraftOf("parked/new"); ok {
		t.Error("the parked topic is still a draft")
	}
}

func TestEscKeepsTheDraftOfADialog(t *testing.T) {
	t.Parallel()
	h := openRunning(t, tuitest.NewRepo(), running(conference.PhaseWorries), i18n.DE)
	h.Key("f6")
	h.Type("Umzug")
	h.Key("esc")
	if strings.Contains(h.screen(), "Thema parken") {
		t.Fatal("esc did not close the dialog")
	}
	h.Key("f6")
	h.contains(t, "Umzug")
	if len(h.app.Conference().Parked) != 0 {
		t.Error("esc parked the topic")
	}
}
