package tracker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// Issue 18: marking an action done a second time replaced the first note.
// The tracker adds an entry each time, shows the history of the selected
// action in full, and a lists the settled actions too.
func TestMarkingTwiceKeepsTheHistoryAndShowsIt(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.keys("d", "tab")
	h.Type("Hausbesuch am Montag")
	h.Key("enter")
	h.keys("a") // the settled ones too
	h.mustShow("alle, auch erledigte")
	for i, a := range h.m.Rows() {
		if a.What == "Kinderärztliche Nachuntersuchung" {
			h.m.list.SetCursor(i)
		}
	}
	h.keys("d", "tab")
	h.Type("Bericht liegt vor")
	h.Key("enter")
	c, _ := h.repo.Get("confa000")
	hist := c.History(c.Actions[0].ID)
	if len(hist) != 2 || hist[0].Note != "Hausbesuch am Montag" || hist[1].Note != "Bericht liegt vor" {
		t.Fatalf("history %+v", hist)
	}
	h.mustShow("└ 22.11.2026: erledigt – Hausbesuch am Montag", "└ 22.11.2026: erledigt – Bericht liegt vor", "✓ erledigt")
}

// Issue 18: a done date in the future is refused; one more than a year
// back needs a question.
func TestDoneDateInTheFutureIsRefusedLongAgoAsked(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.keys("d")
	for range 10 {
		h.Key("backspace")
	}
	h.Type("23.11.2026")
	h.keys("tab", "enter")
	if !h.m.Typing() {
		t.Fatal("a date in the future was taken")
	}
	h.mustShow("Das Datum liegt in der Zukunft")
	for range 10 {
		h.Key("backspace")
	}
	h.Type("01.10.2025")
	h.keys("tab", "enter")
	h.mustShow("Datum mehr als ein Jahr zurück?")
	c, _ := h.repo.Get("confa000")
	if len(c.StatusLog) != 0 {
		t.Fatal("recorded before the answer")
	}
	h.Key("j")
	c, _ = h.repo.Get("confa000")
	if e, ok := c.Latest(c.Actions[0].ID); !ok || e.On != (conference.Date{Year: 2025, Month: 10, Day: 1}) {
		t.Errorf("after yes: %+v", c.StatusLog)
	}
}

// Issue 18: the follow-up list groups by case, with a case column.
func TestGroupsByCase(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.mustShow("K-2026-098", "K-2026-117")
	h.keys("g")
	h.mustShow("nach Fall gruppiert")
	var cases []string
	for _, a := range h.m.Rows() {
		if len(cases) == 0 || cases[len(cases)-1] != a.Title {
			cases = append(cases, a.Title)
		}
	}
	if strings.Join(cases, ",") != "K-2026-098,K-2026-117" {
		t.Errorf("cases in order %v: the actions of a case are not together", cases)
	}
}

// Issue 18: a key in the follow-up list writes the reminders as a
// calendar file, without personal data, and asks before replacing it.
func TestCalendarKeyWritesTheReminders(t *testing.T) {
	dir := t.TempDir()
	repo := tuitest.NewRepo()
	seed(repo)
	st := theme.Default(false).Styles(true)
	clk := tuitest.NewClock(t0)
	m := New(Config{Repo: repo, Msgs: i18n.New(i18n.DE), Styles: &st, Clock: clk.Clock(), Folder: func() string { return dir }})
	m.SetLayout(layout.Compute(120, 40))
	h := &harness{t: t, m: m, repo: repo}
	h.Driver = tuitest.NewDriver(t, clk, m.Update)
	h.Exec(m.Init())
	h.keys("k")
	data, err := os.ReadFile(filepath.Join(dir, calendarFile))
	if err != nil {
		t.Fatalf("no calendar file: %v\n%s", err, h.screen())
	}
	ics := string(data)
	if !strings.Contains(ics, "BEGIN:VEVENT") || !strings.Contains(ics, "K-2026-098 · Vereinbarung #1 fällig") ||
		strings.Contains(ics, "Nachuntersuchung") || strings.Contains(ics, "Jonas") || strings.Contains(ics, "Demir") {
		t.Errorf("calendar:\n%s", ics)
	}
	h.mustShow("Termine in " + dir)
	h.keys("k")
	h.mustShow("Kalenderdatei ersetzen?")
	h.keys("j")
	h.mustShow("Termine in " + dir)
}
