package tui

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// seed stores three conferences on different days.
func seed(repo *tuitest.Repo) {
	for i, code := range []string{"K-2026-098", "K-2026-117", "K-2025-044"} {
		c := conference.New(conference.ID("id0000"+string(rune('a'+i))), conference.KindCase, start.AddDate(0, 0, -10*i))
		c.CaseCode = code
		repo.Put(c)
	}
	n := conference.New("id0000zz", conference.KindNetwork, start.AddDate(0, 0, -40))
	n.Topic = "Runder Tisch Nord"
	n.NextReview = conference.DateOf(start.AddDate(0, 0, -3))
	repo.Put(n)
}

func TestHomeListsNewestFirst(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	s := h.screen()
	a, b, c := strings.Index(s, "K-2026-098"), strings.Index(s, "K-2026-117"), strings.Index(s, "K-2025-044")
	if a < 0 || b < a || c < b {
		t.Fatalf("not newest first:\n%s", s)
	}
	h.contains(t, "Netzwerktreffen")
	h.contains(t, "Wiedervorlage überfällig")
	h.contains(t, "1 Wiedervorlage überfällig")
}

func TestHomeTypingFiltersAndEnterOpens(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Type("2025")
	s := h.screen()
	if strings.Contains(s, "K-2026-098") || !strings.Contains(s, "K-2025-044") {
		t.Fatalf("filter 2025 shows:\n%s", s)
	}
	h.Key("enter")
	if c := h.app.Conference(); c == nil || c.CaseCode != "K-2025-044" {
		t.Fatalf("enter opened %v", c)
	}
}

func TestHomeFilterKeepsCommandLettersAsText(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("/")
	h.Type("nord")
	if h.app.ws != nil || h.Quit {
		t.Fatal("n or d acted as a command while filtering")
	}
	h.contains(t, "Runder Tisch Nord")
	h.Key("esc")
	h.contains(t, "K-2026-117")
}

func TestHomeNewNetworkMeetingAsksNothing(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newHarness(t, repo, i18n.EN, 100, 30)
	h.contains(t, "kofa demo")
	h.Key("N")
	c := h.app.Conference()
	if c == nil || c.Kind != conference.KindNetwork || c.CurrentPhase != conference.PhasePreparation {
		t.Fatalf("N opened %+v, want a network meeting in preparation", c)
	}
	h.Type("Round table north")
	h.Key("tab")
	h.Key("esc")
	h.Key("esc")
	h.contains(t, "Round table north")
	h.contains(t, "network meeting")
}

func TestHomeDeleteAsksWithCodeAndDate(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("d")
	h.contains(t, "K-2026-098 vom 22.11.2026")
	h.Key("enter") // enter does not confirm a deletion
	h.Key("n")
	if _, err := repo.Get("id0000a"); err != nil {
		t.Fatal("deleted without a yes")
	}
	h.Key("d")
	h.Key("j")
	if _, err := repo.Get("id0000a"); err == nil {
		t.Fatal("j did not delete")
	}
	if strings.Contains(h.screen(), "K-2026-098") {
		t.Error("the deleted conference is still listed")
	}
}

func TestHomeQuit(t *testing.T) {
	h := newHarness(t, tuitest.NewRepo(), i18n.DE, 100, 30)
	h.Key("q")
	if !h.Quit {
		t.Error("q on home did not quit")
	}
}

func TestHomeReviewSoonMarker(t *testing.T) {
	repo := tuitest.NewRepo()
	c := conference.New("idsoon00", conference.KindCase, start)
	c.CaseCode = "K-1"
	c.NextReview = conference.DateOf(start.Add(5 * 24 * time.Hour))
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.contains(t, "⚑ Wiedervorlage 27.11.2026")
}
