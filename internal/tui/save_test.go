package tui

import (
	tea "charm.land/bubbletea/v2"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// newCase starts kofa on an empty store and creates a case conference the
// way a facilitator does: n on the home screen.
func newCase(t *testing.T, repo *tuitest.Repo, lang i18n.Lang) *harness {
	t.Helper()
	h := newHarness(t, repo, lang, 100, 30)
	h.Key("n")
	h.Key("enter") // the type and case code are asked first; the code is typed in the preparation
	if h.app.workspace() == nil {
		t.Fatal("n did not open a workspace")
	}
	return h
}

func (h *harness) stored(t *testing.T) *conference.Conference {
	t.Helper()
	c, err := h.repo.Get(h.app.Conference().ID)
	if err != nil {
		t.Fatalf("conference not in the store: %v", err)
	}
	return c
}

func TestNewConferenceIsStoredAtOnce(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	c := h.stored(t)
	if c.Kind != conference.KindCase || c.CurrentPhase != conference.PhasePreparation {
		t.Errorf("stored kind %q phase %q, want a case conference in preparation", c.Kind, c.CurrentPhase)
	}
	if audit := repo.Audit(c.ID); len(audit) == 0 || audit[0].Op != conference.OpCreate {
		t.Errorf("audit %v, want a create entry first", audit)
	}
	h.contains(t, "✓ gespeichert")
}

func TestSaveIndicatorTellsTheTruth(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	h.Type("K-2026-117")
	if h.app.SaveState() != saver.Saving || strings.Contains(h.screen(), "✓ gespeichert") {
		t.Fatalf("while typing the screen claims saved:\n%s", h.screen())
	}
	h.contains(t, "speichert")
	if got := h.stored(t).CaseCode; got != "" {
		t.Errorf("stored %q before the pause, want nothing yet (debounced)", got)
	}
	h.Advance(saver.Debounce)
	h.contains(t, "✓ gespeichert")
	if got := h.stored(t).CaseCode; got != "K-2026-117" {
		t.Errorf("stored case code %q, want K-2026-117", got)
	}
}

func TestLeavingAFieldSavesAtOnce(t *testing.T) {
	h := newCase(t, tuitest.NewRepo(), i18n.DE)
	h.Type("K-1")
	h.Key("tab")
	if got := h.stored(t).CaseCode; got != "K-1" {
		t.Errorf("stored %q right after tab, want K-1", got)
	}
}

func TestNotSavedIsLoudAndTheRetryLosesNothing(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	repo.FailNextSaves(2)
	h.Type("K-2026-117")
	h.Advance(saver.Debounce)
	h.contains(t, "✗ NICHT GESPEICHERT")
	h.contains(t, "neuer Versuch in 1 s")
	h.Type("-b") // typing is never blocked
	h.Advance(time.Second)
	h.contains(t, "NICHT GESPEICHERT")
	h.Advance(2 * time.Second)
	h.contains(t, "✓ gespeichert")
	if got := h.stored(t).CaseCode; got != "K-2026-117-b" {
		t.Errorf("stored %q, want every character typed during the failures", got)
	}
}

func TestNotSavedIsMarkedWithoutColour(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.EN)
	h.Type("x")
	h.Key("tab") // leaving the field saves at once
	saved := h.app.View().Content
	if reversed, ok := reversedAt(saved, "✓ saved"); !ok || reversed {
		t.Errorf("saved indicator found %v, reversed %v; want it shown, not reversed:\n%q", ok, reversed, saved)
	}
	repo.FailNextSaves(1)
	h.Type("y")
	h.Advance(saver.Debounce)
	failed := h.app.View().Content
	// Reverse video (SGR 7) on the indicator itself and the words, so
	// monochrome screens show it.
	if reversed, ok := reversedAt(failed, "✗ NOT SAVED"); !ok || !reversed {
		t.Errorf("NOT SAVED found %v, reversed %v; want it in words and reversed:\n%q", ok, reversed, failed)
	}
}

// reversedAt reports whether text appears in the raw frame (found) and
// whether reverse video is on where it starts: the SGR sequences right
// before it (since the last reset) set attribute 7.
func reversedAt(frame, text string) (reversed, found bool) {
	i := strings.Index(frame, text)
	if i < 0 {
		return false, false
	}
	var seqs []string // the SGR sequences directly before text, last first
	for rest := frame[:i]; strings.HasSuffix(rest, "m"); {
		start := strings.LastIndex(rest, "\x1b[")
		if start < 0 {
			break
		}
		seq := rest[start+2 : len(rest)-1]
		if strings.Trim(seq, "0123456789;:") != "" {
			break // not an SGR sequence
		}
		seqs = append(seqs, seq)
		rest = rest[:start]
	}
	for j := len(seqs) - 1; j >= 0; j-- { // in the order the terminal reads them
		params := strings.Split(seqs[j], ";")
		for k := 0; k < len(params); k++ {
			switch params[k] {
			case "", "0":
				reversed = false
			case "7":
				reversed = true
			case "27":
				reversed = false
			case "38", "48", "58": // extended colours: skip their arguments
				if k+1 < len(params) && params[k+1] == "5" {
					k += 2
				} else if k+1 < len(params) && params[k+1] == "2" {
					k += 4
				}
			}
		}
	}
	return reversed, true
}

func TestQuitFlushesThePendingSave(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	h.Type("K-9")
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("ctrl+c did not quit")
	}
	if got := h.stored(t).CaseCode; got != "K-9" {
		t.Errorf("stored %q after quitting, want the text typed just before", got)
	}
}

func TestQuitAfterAFailedFlushAsksTwiceBeforeLosingData(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	repo.FailNextSaves(100)
	h.Type("K-9")
	h.Key("ctrl+c")
	if h.Quit {
		t.Fatal("quit although the flush failed")
	}
	h.contains(t, "NICHT GESPEICHERT")
	h.contains(t, "trotzdem beenden")
	h.Key("r") // retry: fails again, the question comes back
	h.contains(t, "trotzdem beenden")
	h.Key("Q")
	h.contains(t, "Wirklich beenden, ohne zu speichern?")
	h.Key("n") // not sure after all
	h.contains(t, "trotzdem beenden")
	repo.FailNextSaves(0)
	h.Key("r")
	if !h.Quit || h.stored(t).CaseCode != "K-9" {
		t.Errorf("quit %v, stored %q; want quit after the retry saved K-9", h.Quit, h.stored(t).CaseCode)
	}
}

func TestQuitAnywayAfterTwoConfirmations(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	repo.FailNextSaves(100)
	h.Type("K-9")
	h.Key("ctrl+c")
	h.Key("Q")
	if h.Quit {
		t.Fatal("quit after the first confirmation")
	}
	h.Key("j")
	if !h.Quit {
		t.Error("j on the second question did not quit")
	}
}

func TestEscGoesHomeOnlyOnceSaved(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	h.Type("K-5")
	h.Key("esc") // leaves the field
	if h.app.workspace() == nil {
		t.Fatal("the first esc (leaving the field) closed the workspace")
	}
	repo.FailNextSaves(1)
	h.Key("esc")
	if h.app.workspace() == nil {
		t.Fatal("closed although the save failed")
	}
	h.contains(t, "Speichern fehlgeschlagen")
	h.Advance(time.Second) // the retry succeeds
	h.Key("esc")
	if h.app.workspace() != nil {
		t.Fatalf("still in the workspace after a saved esc:\n%s", h.screen())
	}
	h.contains(t, "K-5")
}

func TestQuitQuestionFitsEverySize(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.EN)
	repo.FailNextSaves(100)
	h.Type("x")
	h.Key("ctrl+c")
	for _, stage := range []string{"", "Q"} {
		if stage != "" {
			h.Key(stage)
		}
		for _, size := range [][2]int{{1, 1}, {30, 8}, {60, 20}, {80, 24}, {200, 60}} {
			h.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			checkWidth(t, h.app.View().Content, size[0], size[1])
		}
	}
}
