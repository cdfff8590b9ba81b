package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

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
	if h.app.workspace() != nil || h.Quit {
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
	h.Key("enter")
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

// footerLine is the last line of the screen: the help line.
func (h *harness) footerLine() string {
	lines := strings.Split(h.screen(), "\n")
	return lines[len(lines)-1]
}

// footerKeys lists the keys the help line names, without "? more" (or
// "F1 more" while typing).
func footerKeys(line string) []string {
	var keys []string
	for _, part := range strings.Split(line, " · ") {
		if f := strings.Fields(part); len(f) > 0 && f[0] != "?" && f[0] != "F1" {
			keys = append(keys, f[0])
		}
	}
	return keys
}

func TestHomeHelpLineShowsTheFiveKeysThatMatterNow(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	line := h.footerLine()
	if got, want := strings.Join(footerKeys(line), " "), "enter n f / e"; got != want {
		t.Errorf("help line keys %q, want %q:\n%s", got, want, line)
	}
	if !strings.HasSuffix(strings.TrimSpace(line), "? mehr") {
		t.Errorf("help line does not end with \"? mehr\": %q", line)
	}
	// With a filter typed, esc to clear it matters.
	h.Type("2026")
	if got, want := strings.Join(footerKeys(h.footerLine()), " "), "enter esc"; got != want {
		t.Errorf("while filtering: keys %q, want %q", got, want)
	}
	if line := h.footerLine(); !strings.HasSuffix(strings.TrimSpace(line), "F1 mehr") {
		t.Errorf("while filtering (? is text) the help line does not end with \"F1 mehr\": %q", line)
	}
	// Every key is still in the full help.
	h.Key("esc")
	h.Key("?")
	for _, want := range []string{"Löschen", "Netzwerktreffen", "gruppieren", "Wiedervorlage"} {
		if !strings.Contains(strings.ToLower(h.screen()), strings.ToLower(want)) {
			t.Errorf("full help lacks %q:\n%s", want, h.screen())
		}
	}
}

func TestHomeHelpLineOnAnEmptyStore(t *testing.T) {
	h := newHarness(t, tuitest.NewRepo(), i18n.EN, 100, 30)
	if got, want := strings.Join(footerKeys(h.footerLine()), " "), "n / N a q"; got != want {
		t.Errorf("empty store: keys %q, want %q:\n%s", got, want, h.footerLine())
	}
}

func TestHomeCountsOpenActions(t *testing.T) {
	repo := tuitest.NewRepo()
	three := conference.New("idacts03", conference.KindCase, start)
	three.CaseCode = "K-3"
	for _, what := range []string{"Hausbesuch", "Kita-Gespräch", "Arzttermin", "Antrag"} {
		three.AddAction(conference.Action{What: what, Due: conference.DateOf(start.AddDate(0, 0, 14))})
	}
	three.AddStatus(three.Actions[1].ID, conference.StatusEntry{Status: conference.FollowUpDone}) // done: no longer open
	repo.Put(three)
	one := conference.New("idacts01", conference.KindCase, start.AddDate(0, 0, -1))
	one.CaseCode = "K-1"
	one.AddAction(conference.Action{What: "Hausbesuch"})
	repo.Put(one)
	late := conference.New("idacts02", conference.KindCase, start.AddDate(0, 0, -30))
	late.CaseCode = "K-2"
	late.AddAction(conference.Action{What: "Bericht", Due: conference.DateOf(start.AddDate(0, 0, -5))})
	late.AddAction(conference.Action{What: "Termin", Due: conference.DateOf(start.AddDate(0, 0, 3))})
	repo.Put(late)
	none := conference.New("idacts00", conference.KindCase, start.AddDate(0, 0, -2))
	none.CaseCode = "K-0"
	repo.Put(none)

	h := newHarness(t, repo, i18n.DE, 120, 30)
	row := func(code string) string {
		for _, l := range strings.Split(h.screen(), "\n") {
			if strings.Contains(l, code+" ") {
				return l
			}
		}
		t.Fatalf("no row for %s:\n%s", code, h.screen())
		return ""
	}
	if r := row("K-3"); !strings.Contains(r, "3 offene Vereinbarungen") {
		t.Errorf("K-3 (4 actions, 1 done): %q, want 3 offene Vereinbarungen", r)
	}
	if r := row("K-1"); !strings.Contains(r, "1 offene Vereinbarung") || strings.Contains(r, "Vereinbarungen") {
		t.Errorf("K-1: %q, want 1 offene Vereinbarung", r)
	}
	if r := row("K-2"); !strings.Contains(r, "⚠ überfällig seit 5 Tagen (2 offen)") {
		t.Errorf("K-2: %q, want the overdue marker with 2 open", r)
	}
	if r := row("K-0"); strings.Contains(r, "offen") {
		t.Errorf("K-0 has no actions: %q", r)
	}
}

func TestHomeClickSelectsThenOpensARow(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	y := -1
	for i, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, "K-2025-044") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("K-2025-044 not listed:\n%s", h.screen())
	}
	click := tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft}
	h.Send(click)
	if h.app.workspace() != nil {
		t.Fatal("the first click opened the conference; it should select it")
	}
	if sel := strings.Split(h.screen(), "\n")[y]; !strings.Contains(sel, "▸") {
		t.Errorf("clicked row not marked selected: %q", sel)
	}
	h.Send(click)
	if c := h.app.Conference(); c == nil || c.CaseCode != "K-2025-044" {
		t.Fatalf("second click opened %v, want K-2025-044", c)
	}
}

func TestHomeClickOutsideTheRowsDoesNothing(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	before := h.screen()
	h.Send(tea.MouseClickMsg{X: 10, Y: 0, Button: tea.MouseLeft})  // header
	h.Send(tea.MouseClickMsg{X: 10, Y: 25, Button: tea.MouseLeft}) // below the rows
	if h.app.workspace() != nil || h.screen() != before {
		t.Errorf("a click outside the rows changed the screen:\n%s", h.screen())
	}
}

// Issue 12: n on the home screen created an empty conference at once. It
// asks for the type and the case code or topic first; esc cancels and
// nothing is created.
func TestHomeNewAsksTheKindAndCaseCodeFirst(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("n")
	for _, want := range []string{"Neue Konferenz", "Fallkennung / Thema", "esc bricht ab"} {
		h.contains(t, want)
	}
	if h.app.Conference() != nil || repo.Saves() != 0 {
		t.Fatal("n created a conference before asking")
	}
	h.Type("K-2026-200")
	h.Key("esc")
	if h.app.Conference() != nil || repo.Saves() != 0 {
		t.Fatal("esc created a conference")
	}
	if list, _ := repo.List(); len(list) != 0 {
		t.Fatalf("esc left %d conferences", len(list))
	}
	h.Key("n")
	h.Type("K-2026-200")
	h.Key("enter")
	c := h.app.Conference()
	if c == nil || c.Kind != conference.KindCase || c.CaseCode != "K-2026-200" {
		t.Fatalf("enter opened %+v, want a case conference K-2026-200", c)
	}
	h.Key("esc")
	h.Key("esc")
	h.Key("N")
	h.Type("Runder Tisch Nord")
	h.Key("enter")
	if c := h.app.Conference(); c == nil || c.Kind != conference.KindNetwork || c.Topic != "Runder Tisch Nord" {
		t.Fatalf("N opened %+v, want a network meeting on its topic", c)
	}
}

// The home filter folds German text like every other search of kofa:
// umlauts written as ue, ß as ss and accents find each other.
func TestHomeFilterFoldsGermanText(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	seed(repo)
	n := conference.New("id0000zy", conference.KindNetwork, start.AddDate(0, 0, -20))
	n.Topic = "Übergänge Schloßstraße"
	repo.Put(n)
	for _, filter := range []string{"übergaenge", "Übergange", "übergänge schlossstrasse", "übergänge SCHLOSSSTRASSE"} {
		h := newHarness(t, repo, i18n.DE, 100, 30)
		h.Type(filter)
		s := h.screen()
		if !strings.Contains(s, "Übergänge Schloßstraße") || strings.Contains(s, "Runder Tisch Nord") {
			t.Errorf("filter %q shows:\n%s", filter, s)
		}
	}
}
