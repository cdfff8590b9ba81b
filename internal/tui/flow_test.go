package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// These tests drive the root model with every real phase editor, on the
// fake clock: what the phase packages test on their own, checked once
// more where the workspace's tick, saving and restarts meet them.

// newFullHarness is newHarness with the real editors of every phase.
func newFullHarness(t testing.TB, repo *tuitest.Repo, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now})
	app := newApp(env, clk.Clock())
	h0 := &harness{app: app, repo: repo}
	h0.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	h0.Send(tea.WindowSizeMsg{Width: w, Height: h})
	h0.Exec(app.Init())
	return h0
}

// people of running().
const (
	albers = "p1"
	weber  = "p2"
	demir  = "p3"
	brandt = "p4" // excused
)

// running is a case conference that started ten minutes before start and
// has just moved to phase id: three people present, one excused.
func running(id conference.PhaseID) *conference.Conference {
	return runningKind(conference.KindCase, id)
}

// runningKind is running for a conference of kind (a handover of the
// same case).
func runningKind(kind conference.Kind, id conference.PhaseID) *conference.Conference {
	c := conference.New("idflow01", kind, start.Add(-24*time.Hour))
	c.CaseCode = "K-2026-117"
	c.KeyQuestion = "Ist Mia zu Hause ausreichend geschützt?"
	for _, p := range []conference.Participant{
		{Name: "Petra Albers", InstitutionType: "asd", Institution: "ASD Nord", Roles: []string{conference.RoleFacilitator}},
		{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Institution: "Praxis Dr. Weber"},
		{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"},
		{Name: "Markus Brandt", InstitutionType: "police", Attendance: conference.AttendanceExcused},
	} {
		if p.Attendance == "" {
			p.Attendance = conference.AttendancePresent
		}
		c.AddParticipant(p)
	}
	c.Start(start.Add(-10 * time.Minute))
	c.GoTo(id, start)
	return c
}

// openRunning stores c and opens it from the home screen like a user.
func openRunning(t *testing.T, repo *tuitest.Repo, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	repo.Put(c)
	h := newFullHarness(t, repo, lang, 120, 40)
	h.Key("enter")
	if h.app.Conference() == nil || h.app.Conference().ID != c.ID {
		t.Fatal("enter on the home screen did not open the conference")
	}
	return h
}

// line returns the first screen line that names s in a list: titles such
// as "Beiträge: Petra Albers" and input headers do not count.
func (h *harness) line(s string) string {
	for _, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, s) && !strings.Contains(l, ": "+s) && !strings.Contains(l, "── ") {
			return l
		}
	}
	return ""
}

func TestSpeakerRotationWithTheWorkspaceClock(t *testing.T) {
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhasePerspectives), i18n.DE)
	h.contains(t, "neuer Beitrag: Petra Albers")
	if l := h.line("Markus Brandt"); strings.Contains(l, "▸") || strings.Contains(l, "✓") {
		t.Errorf("the excused participant is in the speaking order: %q", l)
	}
	h.Advance(30 * time.Second)
	if l := h.line("Petra Albers"); !strings.Contains(l, "▸") || !strings.Contains(l, "00:30") {
		t.Errorf("the first speaker after 30 s: %q", l)
	}
	// While typing, n is a letter; ctrl+n passes the word and keeps what
	// was typed as a contribution of the one who said it.
	h.Type("Mutter wirkt erschöpft, nimmt aber Hilfe an")
	if got := h.app.Conference().Speaking.Speaker(); got != albers {
		t.Fatalf("typing n passed the word to %q", got)
	}
	h.Key("ctrl+n")
	h.contains(t, "neuer Beitrag: Dr. Jonas Weber")
	h.Advance(45 * time.Second)
	if l := h.line("Petra Albers"); !strings.Contains(l, "✓") || !strings.Contains(l, "00:30") {
		t.Errorf("the first speaker's time must stop when the word passes: %q", l)
	}
	if l := h.line("Dr. Jonas Weber"); !strings.Contains(l, "▸") || !strings.Contains(l, "00:45") {
		t.Errorf("the second speaker after 45 s: %q", l)
	}
	h.contains(t, "Phase 01:15 / 15:00")
	// Out of turn: the facilitator gives the word to Demir; passing on
	// then goes back to whoever has not spoken, and the round ends.
	h.Key("esc")
	h.Key("down")
	h.Key("w")
	h.Key("n")
	c := h.app.Conference()
	if !c.Speaking.HasSpoken(demir) || c.Speaking.Speaker() != weber {
		t.Errorf("after Demir's turn the word is with %q, want Weber (not yet done)", c.Speaking.Speaker())
	}
	h.Key("n")
	h.contains(t, "Alle haben gesprochen")
	h.Advance(saver.Debounce)
	stored := h.stored(t)
	if len(stored.Contributions) != 1 || stored.Contributions[0].SpeakerID != albers ||
		stored.Contributions[0].Text != "Mutter wirkt erschöpft, nimmt aber Hilfe an" {
		t.Errorf("stored contributions %+v", stored.Contributions)
	}
	if got := stored.Speaking.Spoken[albers]; got != 30*time.Second {
		t.Errorf("stored speaking time of the first speaker %v, want 30s", got)
	}
	if len(stored.Speaking.Done) != 3 {
		t.Errorf("stored round %+v, want everyone done", stored.Speaking)
	}
}

func TestActionValidationInTheWorkspace(t *testing.T) {
	repo := tuitest.NewRepo()
	c := running(conference.PhaseActions)
	c.Assessment.Category = conference.CategoryLatent
	h := openRunning(t, repo, c, i18n.DE)
	h.contains(t, "ein Krisen- und Schutzplan fehlt noch")
	h.Key("n")
	h.Type("Hausbesuch")
	h.Key("ctrl+s")
	h.Key("esc")
	h.Key("y")
	h.contains(t, "Vereinbarung 1 kann noch nicht als zugesagt gelten")
	if row := h.line("Hausbesuch"); !strings.Contains(row, "⚠ fehlt") {
		t.Errorf("the row does not say what is missing: %q", row)
	}
	if a := h.stored(t).Actions; len(a) != 1 || a[0].Agreed {
		t.Fatalf("stored actions %+v, want one, not agreed", a)
	}
	// Owner and due date given: now it can be agreed.
	h.Key("enter")
	h.Key("tab")
	h.Type("Weber")
	h.Key("tab") // the owner; the institution is filled and passed
	h.Type("+14d")
	h.Key("tab")
	h.Type("Telefon an ASD")
	h.Key("esc")
	h.Key("y")
	a := h.stored(t).Actions[0]
	if !a.Agreed || a.OwnerID != weber || a.Due != conference.DateOf(start).AddDays(14) || a.Institution != "Praxis Dr. Weber" {
		t.Errorf("stored action %+v, want agreed, Weber, due in 14 days", a)
	}
	if row := h.line("Hausbesuch"); !strings.Contains(row, "06.12.2026") || !strings.Contains(row, "✓") {
		t.Errorf("row %q", row)
	}
	h.Key("w")
	h.Type("Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen")
	h.Key("ctrl+s") // the plan's first entry
	h.Key("esc")    // back to the actions
	if strings.Contains(h.screen(), "ein Krisen- und Schutzplan fehlt noch") {
		t.Errorf("the contingency warning stays after the plan was typed:\n%s", h.screen())
	}
	if got := h.stored(t).CrisisPlan; len(got) != 1 || got[0].What != "Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen" {
		t.Errorf("stored plan %+v", got)
	}
}

func TestRevealOfRatingsSurvivesARestart(t *testing.T) {
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhaseAssessment), i18n.DE)
	h.contains(t, "Eigene Einschätzung: Petra Albers")
	h.Type("latent")
	h.Key("enter")
	h.Type("4")
	h.Key("enter")
	h.Type("akut")
	h.Key("enter")
	h.Type("2")
	h.Key("enter")
	h.Key("esc") // Demir has not decided yet
	h.contains(t, "2 von 3 abgegeben · verdeckt")
	if l := h.line("Petra Albers"); strings.Contains(l, "latent") || strings.Contains(l, "4") {
		t.Errorf("a hidden rating shows: %q", l)
	}
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("did not quit")
	}

	// Restarted: the ratings given are there and still hidden.
	h = newFullHarness(t, repo, i18n.DE, 120, 40)
	h.Key("enter")
	h.contains(t, "2 von 3 abgegeben · verdeckt")
	if l := h.line("Dr. Jonas Weber"); strings.Contains(l, "akut") || strings.Contains(l, "2 ▼") {
		t.Errorf("a hidden rating shows after the restart: %q", l)
	}
	h.Key("r")
	h.contains(t, "Einschätzungen aufdecken?")
	h.contains(t, "Aylin Demir")
	h.Key("n")
	if h.app.Conference().RatingsRevealed {
		t.Fatal("n revealed the ratings")
	}
	h.Key("r")
	h.Key("j")
	h.contains(t, "aufgedeckt")
	h.contains(t, "min 2 · Median 3 · max 4 (n = 2)")
	if l := h.line("Dr. Jonas Weber"); !strings.Contains(l, "akut") || !strings.Contains(l, "2 ▼ min") {
		t.Errorf("revealed row %q", l)
	}
	if !h.stored(t).RatingsRevealed {
		t.Error("the reveal was not saved")
	}
}

func TestResumeAfterRestartKeepsTheSpeakerAndTheirTime(t *testing.T) {
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhasePerspectives), i18n.DE)
	h.Advance(20 * time.Second)
	h.Key("ctrl+n")
	h.Advance(40 * time.Second)
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("did not quit")
	}

	// kofa was closed for an hour (a crash, a laptop lid); the same
	// speaker has the word, and only the time kofa ran counts.
	h = newFullHarness(t, repo, i18n.DE, 120, 40)
	h.Advance(time.Hour)
	h.Key("enter")
	c := h.app.Conference()
	if c.CurrentPhase != conference.PhasePerspectives || c.Speaking.Speaker() != weber {
		t.Fatalf("resumed in %q with %q speaking, want the perspectives with Weber", c.CurrentPhase, c.Speaking.Speaker())
	}
	h.contains(t, "neuer Beitrag: Dr. Jonas Weber")
	h.contains(t, "Phase 01:00 / 15:00")
	h.Advance(5 * time.Second)
	if l := h.line("Dr. Jonas Weber"); !strings.Contains(l, "▸") || !strings.Contains(l, "00:45") {
		t.Errorf("the speaker's time after the restart: %q, want 00:45", l)
	}
	if l := h.line("Petra Albers"); !strings.Contains(l, "✓") || !strings.Contains(l, "00:20") {
		t.Errorf("the first speaker: %q, want done after 00:20", l)
	}
}
