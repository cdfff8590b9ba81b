package tui

import (
	"testing"

	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// Issue 18: f on a case whose follow-up was just started (and not held
// yet) made a follow-up of that follow-up without a word: the case's
// newest conference is the new one, which has no follow-up yet. Pressing f
// twice left two planned conferences. The second f offers to open the one
// in preparation instead.
func TestFollowUpTwiceOnACaseOffersTheOneInPreparation(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("f")
	first := h.app.Conference()
	if first == nil || first.FollowUpOf != "prev0000" {
		t.Fatalf("f opened %v", first)
	}
	h.Key("esc")
	h.Key("esc")
	if h.app.workspace() != nil {
		t.Fatalf("esc did not go home:\n%s", h.screen())
	}
	for _, sel := range []string{"prev0000", string(first.ID)} {
		for i, s := range h.app.home.Shown() {
			if string(s.ID) == sel {
				h.Key("home")
				for range i {
					h.Key("down")
				}
			}
		}
		saves := repo.Saves()
		h.Key("f")
		h.contains(t, "schon angelegt")
		if repo.Saves() != saves {
			t.Fatalf("f on %s started another conference before asking", sel)
		}
		if n := len(h.app.home.Shown()); n != 2 {
			t.Fatalf("%d conferences listed, want 2", n)
		}
		h.Key("n")
	}
	h.Key("f")
	h.Key("j")
	if c := h.app.Conference(); c == nil || c.ID != first.ID {
		t.Fatalf("yes opened %v, want the follow-up in preparation %s", c, first.ID)
	}
}
