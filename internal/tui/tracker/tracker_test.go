package tracker

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// t0 is "today" in every test: Sunday, 22 November 2026.
var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

func day(m time.Month, d int) conference.Date { return conference.Date{Year: 2026, Month: m, Day: d} }

// seed stores two conferences with open actions in every state against
// today, and one action done (never listed).
func seed(repo *tuitest.Repo) {
	a := conference.New("confa000", conference.KindCase, t0.AddDate(0, 0, -18))
	a.CaseCode = "K-2026-098"
	weber := a.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", Institution: "Praxis Dr. Weber"}).ID
	demir := a.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume"}).ID
	mueller := a.AddParticipant(conference.Participant{Name: "Jana Müller", Institution: "ASD Süd"}).ID
	a.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: weber, Due: day(11, 18)})
	a.AddAction(conference.Action{What: "Wöchentliche Beobachtung dokumentieren", OwnerID: demir, Due: day(12, 15)})
	a.AddAction(conference.Action{What: "Hausbesuch", OwnerID: mueller, Due: day(11, 21)})
	repo.Put(a)

	b := conference.New("confb000", conference.KindCase, t0.AddDate(0, 0, -7))
	b.CaseCode = "K-2026-117"
	albers := b.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "ASD Nord"}).ID
	b.AddAction(conference.Action{What: "Elterngespräch führen", OwnerID: albers, Due: day(11, 22)})
	b.AddAction(conference.Action{What: "Schutzplan fortschreiben", OwnerID: albers})
	done := b.AddAction(conference.Action{What: "Termin Erziehungsberatung", OwnerID: albers, Due: day(11, 10)})
	b.AddStatus(done.ID, conference.StatusEntry{Status: conference.FollowUpDone})
	repo.Put(b)
}

type harness struct {
	*tuitest.Driver
	t    *testing.T
	m    *Model
	repo *tuitest.Repo
}

func newHarness(t *testing.T, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	repo := tuitest.NewRepo()
	seed(repo)
	st := theme.Default(false).Styles(true)
	clk := tuitest.NewClock(t0)
	m := New(Config{Repo: repo, Msgs: i18n.New(lang), Styles: &st, Clock: clk.Clock()})
	m.SetLayout(layout.Compute(w, h))
	hs := &harness{t: t, m: m, repo: repo}
	hs.Driver = tuitest.NewDriver(t, clk, m.Update)
	hs.Exec(m.Init())
	return hs
}

// keys presses each key in turn.
func (h *harness) keys(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.Key(n)
	}
}

func (h *harness) screen() string { return ansi.Strip(h.m.View()) }

func (h *harness) whats() []string {
	var out []string
	for _, a := range h.m.Rows() {
		out = append(out, a.What)
	}
	return out
}

func (h *harness) mustShow(parts ...string) {
	h.t.Helper()
	s := h.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			h.t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

// sent reports whether a message of msg's type was delivered.
func (h *harness) sent(msg tea.Msg) bool {
	for _, m := range h.Seen {
		if fmt.Sprintf("%T", m) == fmt.Sprintf("%T", msg) {
			return true
		}
	}
	return false
}

func TestOverdueFirstWithDaysInWords(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	want := "Kinderärztliche Nachuntersuchung,Hausbesuch,Elterngespräch führen,Wöchentliche Beobachtung dokumentieren,Schutzplan fortschreiben"
	if got := strings.Join(h.whats(), ","); got != want {
		t.Fatalf("order %s\nwant  %s", got, want)
	}
	h.mustShow("⚠ seit 4 Tagen überfällig", "⚠ seit 1 Tag überfällig", "◷ heute fällig", "· fällig in 23 Tagen",
		"· ohne Frist", "5 offen", "⚠ 2 überfällig", "Dr. Jonas Weber (Praxis Dr. Weber)", "K-2026-098")
	if strings.Contains(h.screen(), "Termin Erziehungsberatung") {
		t.Error("a done action is listed")
	}
}

func TestOverdueOnly(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.Key("o")
	if got := strings.Join(h.whats(), ","); got != "Kinderärztliche Nachuntersuchung,Hausbesuch" {
		t.Fatalf("overdue only: %s", got)
	}
	h.mustShow("[x] nur überfällige")
	h.Key("o")
	if len(h.m.Rows()) != 5 {
		t.Errorf("o again: %d rows, want all 5", len(h.m.Rows()))
	}
}

func TestOwnerFilterIsTypedUmlautAware(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.Key("w")
	if !h.m.Typing() {
		t.Fatal("w did not focus the owner filter")
	}
	h.Type("muller")
	if got := strings.Join(h.whats(), ","); got != "Hausbesuch" {
		t.Fatalf("owner muller: %s", got)
	}
	h.Key("esc") // leaves the field, keeps the filter
	if h.m.Typing() || len(h.m.Rows()) != 1 {
		t.Fatalf("esc: typing %v, %d rows", h.m.Typing(), len(h.m.Rows()))
	}
	h.mustShow("Wer: muller")
	h.Key("x")
	if len(h.m.Rows()) != 5 || strings.Contains(h.screen(), "muller") {
		t.Errorf("x did not clear the filters: %d rows", len(h.m.Rows()))
	}
}

func TestInstitutionFilterCombinesWithOverdue(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.Key("i")
	h.Type("asd")
	if got := strings.Join(h.whats(), ","); got != "Hausbesuch,Elterngespräch führen,Schutzplan fortschreiben" {
		t.Fatalf("institution asd: %s", got)
	}
	h.keys("enter", "o")
	if got := strings.Join(h.whats(), ","); got != "Hausbesuch" {
		t.Errorf("asd and overdue: %s", got)
	}
	h.Key("i")
	h.Type("zzz")
	h.mustShow("Keine offene Vereinbarung passt zu den Filtern")
}

func TestMarkDoneWithDateAndNote(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.Key("d")
	if !h.m.Typing() {
		t.Fatal("d did not open the form")
	}
	h.mustShow("Als erledigt vermerken: Kinderärztliche Nachuntersuchung", "Erledigt am  22.11.2026")
	h.Key("tab")
	h.Type("Befund unauffällig")
	h.Key("enter")
	c, _ := h.repo.Get("confa000")
	if e, _ := c.Latest(c.Actions[0].ID); e.Status != conference.FollowUpDone || e.On != day(11, 22) || e.Note != "Befund unauffällig" {
		t.Fatalf("history after marking: %+v", c.History(c.Actions[0].ID))
	}
	if len(h.m.Rows()) != 4 || h.whats()[0] != "Hausbesuch" {
		t.Errorf("rows after marking: %v", h.whats())
	}
	h.mustShow("✓ Als erledigt vermerkt: Kinderärztliche Nachuntersuchung")
}

func TestMarkDoneOnAnotherDay(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.keys("down", "d")
	for range 10 {
		h.Key("backspace")
	}
	h.Type("21.11.")
	h.Key("enter")
	c, _ := h.repo.Get("confa000")
	if e, _ := c.Latest("a6"); e.Status != conference.FollowUpDone || e.On != day(11, 21) {
		t.Errorf("Hausbesuch after marking: %+v", e)
	}
}

func TestMarkDoneRefusesWhatIsNoDate(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.keys("d", "backspace")
	h.Type("31.2.")
	h.Key("enter")
	if !h.m.Typing() || len(h.m.Rows()) != 5 {
		t.Fatal("an impossible date was taken")
	}
	h.Key("esc")
	if h.m.Typing() {
		t.Error("esc did not cancel the form")
	}
	c, _ := h.repo.Get("confa000")
	if len(c.History(c.Actions[0].ID)) != 0 {
		t.Error("cancelling marked the action")
	}
}

func TestEnterOpensTheConferenceAndEscGoesBack(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.keys("down", "down", "enter")
	found := false
	for _, m := range h.Seen {
		if o, ok := m.(OpenMsg); ok && o.ID == "confb000" {
			found = true
		}
	}
	if !found {
		t.Error("enter did not ask to open the conference of Elterngespräch")
	}
	h.Key("esc")
	if !h.sent(CloseMsg{}) {
		t.Error("esc did not go back")
	}
}

func TestAnOvertakenAnswerIsDropped(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 40)
	h.Key("o") // query 2
	h.Send(loadedMsg{seq: 1, rows: nil})
	if len(h.m.Rows()) != 2 {
		t.Errorf("the answer to an older query replaced the list: %d rows", len(h.m.Rows()))
	}
}

// states puts the tracker into each of its states for the size checks.
var states = map[string]func(h *harness){
	"list":   func(h *harness) {},
	"owner":  func(h *harness) { h.Key("w"); h.Type("Dr. mit einem sehr langen Filtertext") },
	"form":   func(h *harness) { h.keys("d", "tab"); h.Type("eine Notiz") },
	"empty":  func(h *harness) { h.Key("i"); h.Type("zzz"); h.Key("esc") },
	"marked": func(h *harness) { h.keys("d", "enter") },
	// The reviews of agreements and the duties owed above the actions.
	"above": func(h *harness) { withAgreements(h.repo); withReporter(h.t, h); h.Exec(h.m.Init()) },
}

func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, state := range []string{"list", "form"} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", state, lang, size[0], size[1]), func(t *testing.T) {
					h := newHarness(t, lang, size[0], size[1])
					states[state](h)
					v := h.screen()
					checkFits(t, v, size[0], size[1])
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}

func TestViewFitsEverySize(t *testing.T) {
	widths := []int{1, 2, 5, 20, 59, 60, 61, 79, 80, 81, 100, 120, 200, 300}
	heights := []int{1, 2, 5, 19, 20, 21, 23, 24, 25, 30, 40, 100}
	for name, enter := range states {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, i18n.DE, 120, 40)
			enter(h)
			for _, w := range widths {
				for _, ht := range heights {
					h.m.SetLayout(layout.Compute(w, ht))
					checkFits(t, h.m.View(), w, ht)
				}
			}
		})
	}
}

func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > max(h, 1) {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}
