package tui

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// inOpening creates a case conference, types a case code and moves to the
// opening, which starts the conference clock.
func inOpening(t *testing.T, repo *tuitest.Repo, lang i18n.Lang) *harness {
	t.Helper()
	h := newCase(t, repo, lang)
	h.Type("K-2026-117")
	h.Key("f4")
	if got := h.app.Conference().CurrentPhase; got != conference.PhaseOpening {
		t.Fatalf("F4 led to %q, want the opening", got)
	}
	h.Key("esc") // leave the question who facilitates, with which the opening starts, for later
	return h
}

func TestPhaseTimerWarnsAt80PercentAndShowsOverTime(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE) // opening: 5 min
	h.Advance(3*time.Minute + 59*time.Second)
	if header, _, _ := strings.Cut(h.screen(), "\n"); strings.Contains(header, "⚠") {
		t.Fatalf("warning before 80 %%:\n%s", h.screen())
	}
	h.contains(t, "Phase 03:59 / 05:00")
	h.Advance(time.Second) // 4:00 = 80 %
	h.contains(t, "⚠ Phase 04:00 / 05:00")
	h.Advance(4*time.Minute + 12*time.Second)
	h.contains(t, "+03:12 über der Zeit")
	h.contains(t, "▮▮▮▮▮▮▮▮▮▮")
	// Over time never blocks: typing still works.
	h.Key("n")
	h.Type("Anna")
	if !strings.Contains(h.screen(), "Anna") {
		t.Error("typing blocked while over time")
	}
}

func TestTotalTimeCountsAgainstThePlan(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.EN)
	h.Advance(31 * time.Minute)
	h.contains(t, "Total 31 / 90 min")
}

func TestPhaseNavigationNextPrevJump(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	c := h.app.Conference()
	h.Key("]")
	if c.CurrentPhase != conference.PhasePresentation {
		t.Fatalf("] (not typing) led to %q", c.CurrentPhase)
	}
	h.Key("[")
	if c.CurrentPhase != conference.PhaseOpening {
		t.Fatalf("[ led to %q", c.CurrentPhase)
	}
	h.Key("alt+6")
	if c.CurrentPhase != conference.PhaseActions {
		t.Fatalf("alt+6 led to %q", c.CurrentPhase)
	}
	h.Key("ctrl+left")
	if c.CurrentPhase != conference.PhaseAssessment {
		t.Fatalf("ctrl+left led to %q (5a must be left out without an acute result)", c.CurrentPhase)
	}
	h.Key("f3")
	h.Key("alt+7")
	h.Key("f4")
	if c.CurrentPhase != conference.PhaseClosing {
		t.Errorf("F4 on the last phase moved to %q", c.CurrentPhase)
	}
	h.contains(t, "keine weitere Phase")
	if st := c.Phase(conference.PhaseOpening).State; st != conference.PhaseDone {
		t.Errorf("opening state %q after leaving it, want done", st)
	}
}

func TestPlainKeysTypeWhileAFieldHasFocus(t *testing.T) {
	h := newCase(t, tuitest.NewRepo(), i18n.DE) // the case code field has focus
	h.Type("K]+[?")
	c := h.app.Conference()
	if c.CurrentPhase != conference.PhasePreparation || h.app.showHelp {
		t.Fatalf("a plain key acted as a command while typing (phase %q, help %v)", c.CurrentPhase, h.app.showHelp)
	}
	if c.CaseCode != "K]+[?" {
		t.Errorf("case code %q, want every key typed", c.CaseCode)
	}
	h.Key("ctrl+right") // works while typing
	if c.CurrentPhase != conference.PhaseOpening {
		t.Errorf("ctrl+right while typing led to %q", c.CurrentPhase)
	}
}

func TestSkipNeedsAReasonAndMovesOn(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	h.Key("]")
	h.Key("f8")
	h.contains(t, "Phase „Fallvorstellung“ überspringen")
	h.Key("enter")
	h.contains(t, "Bitte einen Grund angeben")
	h.Type("Fakten liegen allen schriftlich vor")
	h.Key("enter")
	c := h.stored(t)
	r := c.Phase(conference.PhasePresentation)
	if r.State != conference.PhaseSkipped || r.SkipReason != "Fakten liegen allen schriftlich vor" {
		t.Fatalf("stored presentation %+v, want skipped with the reason", r)
	}
	if c.CurrentPhase != conference.PhasePerspectives {
		t.Errorf("after skipping: phase %q, want perspectives", c.CurrentPhase)
	}
	h.contains(t, "⤼ 2 Fallvorstellung")
	h.Key("f9")
	h.contains(t, "Fakten liegen allen schriftlich vor")
	h.Key("esc")
	// Revisiting a skipped phase makes it current again; nothing is lost.
	h.Key("alt+2")
	if got := h.app.Conference().Phase(conference.PhasePresentation).State; got != conference.PhaseCurrent {
		t.Errorf("revisited skipped phase is %q, want current", got)
	}
}

func TestSkipDialogCancels(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	h.Key("f8")
	h.Type("x")
	h.Key("esc")
	if got := h.app.Conference().Phase(conference.PhaseOpening).State; got != conference.PhaseCurrent {
		t.Errorf("esc in the skip dialog left the phase %q", got)
	}
}

func TestExtendAddsFiveMinutes(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	h.Key("+")
	h.Key("f5")
	h.contains(t, "Phase 00:00 / 15:00")
	if got := h.stored(t).Phase(conference.PhaseOpening).Extended; got != 10*time.Minute {
		t.Errorf("stored extension %v, want 10m", got)
	}
}

func TestParkFromAnyPhaseWithoutLeavingIt(t *testing.T) {
	h := newCase(t, tuitest.NewRepo(), i18n.DE)
	h.Key("f6") // while typing the case code
	h.contains(t, "Thema parken")
	h.Key("enter")
	h.contains(t, "Bitte das Thema eintragen")
	h.Type("Schulweg klären")
	h.Key("enter")
	h.Key("ctrl+right")
	h.Key("esc")
	h.Key("ctrl+p")
	h.Type("Kontakt zum Vater")
	h.Key("tab")
	h.Key("enter")
	c := h.stored(t)
	if len(c.Parked) != 2 {
		t.Fatalf("parked %d topics, want 2", len(c.Parked))
	}
	if c.Parked[0].Phase != conference.PhasePreparation || c.Parked[1].Phase != conference.PhaseOpening {
		t.Errorf("parked in phases %q, %q", c.Parked[0].Phase, c.Parked[1].Phase)
	}
	if c.CurrentPhase != conference.PhaseOpening {
		t.Errorf("parking moved the conference to %q", c.CurrentPhase)
	}
	h.contains(t, "Parkplatz (2)")
}

func TestElapsedTimeIsSavedEveryThirtySeconds(t *testing.T) {
	repo := tuitest.NewRepo()
	h := inOpening(t, repo, i18n.DE)
	h.Advance(31 * time.Second)
	if got := h.stored(t).Elapsed; got < 30*time.Second {
		t.Errorf("stored elapsed %v after 31 s, want at least 30 s", got)
	}
}

func TestResumeAfterRestartKeepsPhaseAndElapsed(t *testing.T) {
	repo := tuitest.NewRepo()
	h := inOpening(t, repo, i18n.DE)
	h.Key("]")
	h.Advance(3*time.Minute + 20*time.Second)
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("did not quit")
	}
	id := h.app.Conference().ID

	// kofa is closed for two hours; then the facilitator opens it again.
	h2 := newHarness(t, repo, i18n.DE, 100, 30) // a new clock, as after a restart
	h2.Advance(2 * time.Hour)
	h2.Key("enter")
	c := h2.app.Conference()
	if c == nil || c.ID != id {
		t.Fatal("enter on home did not open the conference")
	}
	if c.CurrentPhase != conference.PhasePresentation {
		t.Errorf("resumed in %q, want the presentation", c.CurrentPhase)
	}
	if got := c.Phase(conference.PhasePresentation).Elapsed; got != 3*time.Minute+20*time.Second {
		t.Errorf("presentation elapsed %v, want 3m20s", got)
	}
	h2.Advance(10 * time.Second)
	if got := c.Phase(conference.PhasePresentation).Elapsed; got != 3*time.Minute+30*time.Second {
		t.Errorf("after 10 s more: %v, want 3m30s (time while closed does not count)", got)
	}
	h2.contains(t, "Phase 03:30 / 10:00")
}
