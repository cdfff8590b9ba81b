package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// caseConf stores a case conference days before start.
func caseConf(repo *tuitest.Repo, id conference.ID, code string, daysAgo int) *conference.Conference {
	c := conference.New(id, conference.KindCase, start.AddDate(0, 0, -daysAgo))
	c.CaseCode = code
	c.Status = conference.StatusClosed
	repo.Put(c)
	return c
}

// lineIndex returns the screen line holding s, or -1.
func lineIndex(screen, s string) int {
	for i, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

func TestHomeGroupsTheConferencesOfACase(t *testing.T) {
	repo := tuitest.NewRepo()
	caseConf(repo, "c117a000", "K-2026-117", 0)
	caseConf(repo, "c098a000", "K-2026-098", 7)
	caseConf(repo, "c117b000", "K-2026-117", 14)
	n := conference.New("net00000", conference.KindNetwork, start.AddDate(0, 0, -20))
	n.Topic = "Runder Tisch Nord"
	repo.Put(n)
	caseConf(repo, "c117c000", "K-2026-117", 28)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	s := h.screen()
	if lineIndex(s, "08.11.2026") < lineIndex(s, "15.11.2026") {
		t.Fatalf("not by date before grouping:\n%s", s)
	}
	h.Key("g")
	s = h.screen()
	head, mid, last := lineIndex(s, "K-2026-117 (3)"), lineIndex(s, "├ K-2026-117"), lineIndex(s, "└ K-2026-117")
	other := lineIndex(s, "K-2026-098")
	if head < 0 || mid != head+1 || last != head+2 || other != head+3 {
		t.Fatalf("case K-2026-117 not grouped (head %d, %d, %d, other %d):\n%s", head, mid, last, other, s)
	}
	if !strings.Contains(s, "nach Fall gruppiert") {
		t.Error("grouping is not said in words")
	}
	// The tree rows are the older conferences of the case, newest first.
	if !strings.Contains(strings.Split(s, "\n")[mid], "08.11.2026") {
		t.Errorf("second row of the case is not the conference of 08.11.:\n%s", s)
	}
	h.Key("g")
	if strings.Contains(h.screen(), "K-2026-117 (3)") {
		t.Error("g did not ungroup")
	}
}

// previous is a closed case conference with three people, a
// responsibility, two open actions and one done.
func previous(repo *tuitest.Repo) *conference.Conference {
	c := conference.New("prev0000", conference.KindCase, start.AddDate(0, 0, -28))
	c.CaseCode = "K-2026-117"
	weber := c.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", Institution: "Praxis Dr. Weber",
		Attendance: conference.AttendancePresent, JoinedAt: start.AddDate(0, 0, -28)}).ID
	albers := c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "ASD Nord",
		Attendance: conference.AttendancePresent}).ID
	c.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume", Attendance: conference.AttendanceExcused})
	c.SetResponsibility(conference.RespCaseLead, albers, "")
	c.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: weber, Due: conference.DateOf(start.AddDate(0, 0, -4))})
	c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: albers, Due: conference.DateOf(start.AddDate(0, 0, 3))})
	done := c.AddAction(conference.Action{What: "Termin Erziehungsberatung", OwnerID: albers})
	c.AddStatus(done.ID, conference.StatusEntry{Status: conference.FollowUpDone})
	c.Status = conference.StatusClosed
	repo.Put(c)
	return c
}

func TestHomeStartsAFollowUpOfTheCase(t *testing.T) {
	repo := tuitest.NewRepo()
	previous(repo)
	older := caseConf(repo, "old00000", "K-2026-117", 60)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("end") // the oldest conference of the case: f still follows up the newest
	h.Key("f")
	c := h.app.Conference()
	if c == nil {
		t.Fatalf("f opened nothing:\n%s", h.screen())
	}
	if c.FollowUpOf != "prev0000" || c.ID == older.ID || c.CaseCode != "K-2026-117" {
		t.Fatalf("follow-up of %q, code %q; want a new conference following prev0000", c.FollowUpOf, c.CaseCode)
	}
	if len(c.Participants) != 3 || c.Participants[0].Attendance != conference.AttendancePlanned ||
		!c.Participants[0].JoinedAt.IsZero() {
		t.Errorf("participants %+v, want all three as planned", c.Participants)
	}
	if r, ok := c.Responsible(conference.RespCaseLead); !ok || c.Participant(r.ParticipantID).Name != "Petra Albers" {
		t.Errorf("responsibilities %+v not copied", c.Responsibilities)
	}
	if len(c.Reviews) != 3 || c.Reviews[0].What != "Kinderärztliche Nachuntersuchung" || c.Reviews[0].Status != conference.FollowUpOpen ||
		c.Reviews[2].What != "Termin Erziehungsberatung" || c.Reviews[2].Status != conference.FollowUpDone {
		t.Errorf("reviews %+v, want the two open actions to review and the done one as done", c.Reviews)
	}
	if _, err := repo.Get(c.ID); err != nil {
		t.Errorf("the follow-up is not saved: %v", err)
	}
	h.contains(t, "1a Rückblick")
	h.Key("esc") // leaves the field the preparation starts in
	h.Key("esc")
	if h.app.workspace() != nil {
		t.Fatalf("esc did not go home:\n%s", h.screen())
	}
	h.Key("g")
	h.contains(t, "K-2026-117 (3)")
}

func TestHomeSearchFindsAnyoneAndOpens(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	c := caseConf(repo, "withjana", "K-2025-001", 90)
	c.AddParticipant(conference.Participant{Name: "Jana Müller", Institution: "Kita Sonnenblume"})
	c.Facts = "Mia kam mit Hämatomen in die Kita."
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("/")
	if !h.app.home.Typing() {
		t.Fatal("/ did not open the search")
	}
	h.Type("muller")
	s := h.screen()
	if !strings.Contains(s, "K-2025-001") || !strings.Contains(s, "gefunden in: Teilnehmende") ||
		strings.Contains(s, "K-2026-117") || !strings.Contains(s, "1 Konferenz gefunden") {
		t.Fatalf("search muller:\n%s", s)
	}
	for range 6 {
		h.Key("backspace")
	}
	h.Type("hamatom") // any text, umlaut-blind
	h.contains(t, "gefunden in: Text")
	h.Key("enter")
	if got := h.app.Conference(); got == nil || got.ID != "withjana" {
		t.Fatalf("enter opened %v", got)
	}
}

func TestHomeSearchEscGoesBackToTheList(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.EN, 100, 30)
	h.Key("/")
	h.Type("zzz")
	h.contains(t, "Nothing found.")
	h.Key("esc")
	if h.app.home.Typing() {
		t.Fatal("esc did not close the search")
	}
	h.contains(t, "K-2026-117")
	h.Key("q")
	if !h.Quit {
		t.Error("q after the search did not quit")
	}
}

func TestHomeCountsOverdueActionsAndOpensTheTracker(t *testing.T) {
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.contains(t, "⚠ 1 Vereinbarung überfällig")
	h.contains(t, "⚠ überfällig seit 4 Tagen (2 offen)")
	h.Key("a")
	h.contains(t, "Wiedervorlage – offene Vereinbarungen")
	h.contains(t, "⚠ seit 4 Tagen überfällig")
	h.Key("d")
	h.Key("enter")
	h.Key("esc")
	if h.app.actionTracker() != nil {
		t.Fatal("esc did not leave the tracker")
	}
	if strings.Contains(h.screen(), "Vereinbarung überfällig") {
		t.Errorf("home still counts the action marked done:\n%s", h.screen())
	}
	c, _ := repo.Get("prev0000")
	if c.ActionStatus(c.Actions[0].ID) != conference.FollowUpDone {
		t.Error("the tracker did not mark the action done")
	}
}

func TestTrackerOpensTheConferenceOfAnAction(t *testing.T) {
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("a")
	h.Key("enter")
	if c := h.app.Conference(); c == nil || c.ID != "prev0000" || h.app.top().s != h.app.workspace() {
		t.Fatalf("enter in the tracker opened %v", c)
	}
}

// auditRepo is the fake with the store's audit log, for the question
// whether minutes were exported before deleting.
type auditRepo struct {
	*tuitest.Repo
	exported map[conference.ID]time.Time
}

func (r auditRepo) Audit(id conference.ID) ([]conference.AuditEntry, error) {
	var out []conference.AuditEntry
	if at, ok := r.exported[id]; ok {
		out = append(out, conference.AuditEntry{At: at, Op: conference.OpExport, Path: "minutes/full"})
	}
	return out, nil
}

// harnessOn starts the root model on any repository.
func harnessOn(t *testing.T, repo Repository, lang i18n.Lang, w, ht int) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now,
		editors: shellEditors()})
	app := newApp(env, clk.Clock())
	h := &harness{app: app}
	h.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	h.Send(tea.WindowSizeMsg{Width: w, Height: ht})
	h.Exec(app.Init())
	return h
}

func TestHomeListsConferencesPastRetentionAndAsksBeforeDeleting(t *testing.T) {
	fake := tuitest.NewRepo()
	fake.SetRetentionDays(365)
	caseConf(fake, "new00000", "K-2026-117", 10)
	caseConf(fake, "old00000", "K-2024-007", 400)
	caseConf(fake, "old00001", "K-2024-003", 500)
	repo := auditRepo{Repo: fake, exported: map[conference.ID]time.Time{"old00001": start.AddDate(0, 0, -30)}}
	h := harnessOn(t, repo, i18n.DE, 120, 30)
	h.contains(t, "⌛ 2 über der Aufbewahrungsfrist")
	h.contains(t, "⌛ Aufbewahrungsfrist abgelaufen")
	h.Key("r")
	s := h.screen()
	if strings.Contains(s, "K-2026-117") || !strings.Contains(s, "K-2024-007") ||
		!strings.Contains(s, "Aufbewahrungsfrist (365 Tage) abgelaufen") {
		t.Fatalf("r does not list only the conferences past retention:\n%s", s)
	}
	h.Key("d")
	h.contains(t, "noch nicht exportiert")
	h.Key("n")
	if _, err := fake.Get("old00000"); err != nil {
		t.Fatal("deleted without a yes")
	}
	h.Key("down")
	h.Key("d")
	h.contains(t, "am 23.10.2026 exportiert")
	h.Key("j")
	if _, err := fake.Get("old00001"); err == nil {
		t.Fatal("j did not delete")
	}
	h.contains(t, "⌛ Aufbewahrungsfrist (365 Tage)")
	h.Key("r")
	h.contains(t, "K-2026-117")
}

func TestHomeWithoutRetentionPeriodListsNothingPast(t *testing.T) {
	repo := tuitest.NewRepo()
	caseConf(repo, "old00000", "K-2020-001", 2000)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	if strings.Contains(h.screen(), "Aufbewahrungsfrist") {
		t.Errorf("a conference is past a retention period that is not set:\n%s", h.screen())
	}
	h.Key("r") // does nothing
	h.contains(t, "K-2020-001")
}

func TestOpeningSuggestsFromTheStoresDirectory(t *testing.T) {
	repo := tuitest.NewRepo()
	repo.SetDirectory([]directory.Entry{
		{ID: "d1", Name: "Jana Müller", Institution: "Kita Sonnenblume", Discipline: "Erzieherin"},
		{ID: "d2", Name: "Markus Brandt", Institution: "Polizei Nord"},
	})
	h := newCase(t, repo, i18n.DE)
	h.Type("K-2026-117")
	h.Key("f4")     // the opening asks who facilitates first;
	h.Key("ctrl+s") // left for later, the quick-add form follows
	h.Type("Muller")
	h.contains(t, "Jana Müller · Kita Sonnenblume · Erzieherin")
	h.Key("down")
	h.Key("enter")
	h.Key("enter") // past the roles
	h.Key("enter") // and the legal basis, nothing picked: adds
	ps := h.app.Conference().Participants
	if len(ps) != 1 || ps[0].Name != "Jana Müller" || ps[0].Institution != "Kita Sonnenblume" {
		t.Errorf("participants %+v", ps)
	}
}

// TestBetweenScreensFitEverySize puts home, the search and the tracker
// into their states and checks every size for lines too wide or too many.
func TestBetweenScreensFitEverySize(t *testing.T) {
	states := map[string][]string{
		"grouped":   {"g"},
		"search":    {"/", "a", "l", "b", "e", "r", "s"},
		"retention": {"r"},
		"confirm":   {"r", "d"},
		"tracker":   {"a"},
		"marking":   {"a", "d", "tab", "x"},
		"filtering": {"a", "w", "p", "e"},
	}
	widths := []int{1, 2, 10, 59, 60, 61, 79, 80, 99, 100, 120, 200, 300}
	heights := []int{1, 2, 10, 19, 20, 23, 24, 30, 40, 100}
	for name, keys := range states {
		t.Run(name, func(t *testing.T) {
			fake := tuitest.NewRepo()
			fake.SetRetentionDays(365)
			previous(fake)
			seed(fake)
			caseConf(fake, "old00000", "K-2024-007 mit einem sehr langen Fallcode", 400)
			h := harnessOn(t, fake, i18n.DE, 120, 40)
			for _, k := range keys {
				h.Key(k)
			}
			for _, w := range widths {
				for _, ht := range heights {
					h.Send(tea.WindowSizeMsg{Width: w, Height: ht})
					checkWidth(t, h.app.View().Content, w, ht)
				}
			}
		})
	}
}

// Issue 18: esc in a conference opened from the follow-up list went home;
// it goes back to the list, which reads the actions anew.
func TestEscFromAConferenceOpenedInTheTrackerReturnsToIt(t *testing.T) {
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("a")
	h.Key("enter")
	if h.app.Conference() == nil {
		t.Fatal("enter opened nothing")
	}
	for range 3 {
		if h.app.workspace() == nil {
			break
		}
		h.Key("esc")
	}
	if h.app.workspace() != nil || h.app.actionTracker() == nil {
		t.Fatalf("esc did not return to the follow-up list:\n%s", h.screen())
	}
	h.contains(t, "Wiedervorlage")
	h.Key("esc")
	if h.app.actionTracker() != nil {
		t.Error("esc in the follow-up list did not go home")
	}
}

// Issue 18: deleting a conference removed its open actions without a word,
// and the follow-up said "Folgekonferenz zu: demk2ra7", an ID that no
// longer existed. The question names what goes and how to keep it; the
// follow-up keeps a readable reference and says on home what it is.
func TestDeleteNamesWhatGoesWithTheConference(t *testing.T) {
	repo := tuitest.NewRepo()
	prev := previous(repo)
	next := conference.NewFollowUp(prev, "next0000", start)
	repo.Put(next)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	if l := h.screen(); !strings.Contains(l, "Folgekonferenz") {
		t.Errorf("home does not label the follow-up:\n%s", l)
	}
	for i, s := range h.app.home.Shown() {
		if s.ID == "prev0000" {
			for range i {
				h.Key("down")
			}
		}
	}
	h.Key("d")
	for _, want := range []string{"2 offene Vereinbarungen", "Folgekonferenz vom", "kofa archive export prev0000"} {
		h.contains(t, want)
	}
	h.Key("j")
	if _, err := repo.Get("prev0000"); err == nil {
		t.Fatal("j did not delete")
	}
	c, _ := repo.Get("next0000")
	if c.Predecessor.Title != "K-2026-117" || c.Predecessor.Date != prev.Date {
		t.Errorf("the follow-up lost its reference: %+v", c.Predecessor)
	}
}

// Issue 18: starting a second follow-up of the same conference warns and
// offers the existing one.
func TestSecondFollowUpOffersTheExistingOne(t *testing.T) {
	repo := tuitest.NewRepo()
	prev := conference.New("alone000", conference.KindNetwork, start.AddDate(0, 0, -28))
	prev.Topic = "Runder Tisch"
	repo.Put(prev)
	next := conference.NewFollowUp(prev, "next0000", start.AddDate(0, 0, -30)) // dated before: home lists it second
	next.Topic = "Runder Tisch Folgetreffen"
	repo.Put(next)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	for i, s := range h.app.home.Shown() {
		if s.ID == "alone000" {
			for range i {
				h.Key("down")
			}
		}
	}
	saves := repo.Saves()
	h.Key("f")
	h.contains(t, "Folgekonferenz gibt es schon")
	if repo.Saves() != saves {
		t.Fatal("a second follow-up was created before asking")
	}
	h.Key("j")
	if c := h.app.Conference(); c == nil || c.ID != "next0000" {
		t.Fatalf("yes opened %v, want the existing follow-up", c)
	}
}

// Issue 18: conferences past the retention period are marked on home, and
// the key that lists them is on the help line there.
func TestRetentionKeyIsOnTheHomeHelpLine(t *testing.T) {
	fake := tuitest.NewRepo()
	fake.SetRetentionDays(365)
	caseConf(fake, "new00000", "K-2026-117", 10)
	caseConf(fake, "old00000", "K-2024-007", 400)
	h := newHarness(t, fake, i18n.DE, 120, 30)
	lines := strings.Split(h.screen(), "\n")
	if help := lines[len(lines)-1]; !strings.Contains(help, "r Aufbewahrungsfrist abgelaufen") {
		t.Errorf("help line %q lacks the retention key", help)
	}
	if row := lines[lineIndex(h.screen(), "K-2024-007")]; !strings.Contains(row, "⌛") {
		t.Errorf("the conference past retention is not marked: %q", row)
	}
}

// Issue 18: search said only "found in: text". It shows the words around
// the hit with the hit marked, and enter opens the conference at that
// place (a closed one shows the phase the hit is in).
func TestSearchShowsTheHitInItsContextAndOpensThere(t *testing.T) {
	repo := tuitest.NewRepo()
	c := caseConf(repo, "withmold", "K-2025-001", 90)
	c.Facts = "Die Familie wohnt seit Mai in der Lindenstraße."
	c.AddRisk(conference.RiskEntry{Area: "care", Text: "Beim Hausbesuch Schimmel im Kinderzimmer gesehen, das Kind hustet."})
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("/")
	h.Type("schimmel")
	h.contains(t, "4 Sorgen & Stärken: Beim Hausbesuch ›Schimmel‹ im Kinderzimmer")
	h.Key("enter")
	got := h.app.Conference()
	if got == nil || got.ID != "withmold" {
		t.Fatalf("enter opened %v", got)
	}
	h.contains(t, "K-2025-001 · 4 Sorgen & Stärken") // the phase of the hit, not the closing
}

// Issue 18: "⚑ 1 Wiedervorlage überfällig" stayed on home after the
// review conference was held. Holding it fulfils the review date.
func TestHoldingTheReviewFulfilsTheReviewDate(t *testing.T) {
	repo := tuitest.NewRepo()
	prev := previous(repo)
	prev.NextReview = conference.DateOf(start.AddDate(0, 0, -2))
	repo.Put(prev)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.contains(t, "1 Wiedervorlage überfällig")
	next := conference.NewFollowUp(prev, "next0000", start)
	next.Start(start)
	repo.Put(next)
	h = newHarness(t, repo, i18n.DE, 120, 30)
	if s := h.screen(); strings.Contains(s, "Wiedervorlage überfällig") {
		t.Errorf("the review date is still overdue after the review was held:\n%s", s)
	}
}
