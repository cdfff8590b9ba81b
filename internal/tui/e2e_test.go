package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/tuitest"
)

// TestEndToEndTypeACaseCodeAndQuit runs the real program: a new case
// conference, a case code typed in preparation, quit. The store must hold
// the code, and the last screen must have said "gespeichert".
func TestEndToEndTypeACaseCodeAndQuit(t *testing.T) {
	repo := tuitest.NewRepo()
	env := withDefaults(Env{Repo: repo, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin()})
	tm := teatest.NewTestModel(t, newApp(env, clock.Real(nil)), teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Fallkonferenzen")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Type("n")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Vorbereitung")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Type("K-2026-117")
	// Wait until the store has the code. (The screen's words cannot be
	// matched in the output reliably: the renderer writes only the cells
	// that changed.)
	teatest.WaitFor(t, tm.Output(), func([]byte) bool { return storedCode(repo) == "K-2026-117" },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	app := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if s := app.View().Content; !strings.Contains(s, "✓ gespeichert") {
		t.Errorf("the last screen does not say saved:\n%s", s)
	}
	if app.Conference().CaseCode != "K-2026-117" || storedCode(repo) != "K-2026-117" {
		t.Errorf("model case code %q, stored %q", app.Conference().CaseCode, storedCode(repo))
	}
}

func storedCode(repo *tuitest.Repo) string {
	list, _ := repo.List()
	if len(list) == 0 {
		return ""
	}
	return list[0].CaseCode
}

// TestRunQuitsOnQ drives Run itself over plain streams.
func TestRunQuitsOnQ(t *testing.T) {
	repo := tuitest.NewRepo()
	var out bytes.Buffer
	err := Run(context.Background(), Env{Repo: repo, Lang: i18n.EN, In: strings.NewReader("q"), Out: &out})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	// Without a terminal there is no size to draw into; what matters is
	// that the terminal is left as it was found.
	if o := out.String(); !strings.Contains(o, "\x1b[?1049l") || !strings.Contains(o, "\x1b]2;kofa\a") {
		t.Errorf("alternate screen not left or title not set:\n%q", o)
	}
}

// TestFinishSavesWhenEndedFromOutside: when the program ends without the
// user quitting (a signal, the context), what waits for its debounce is
// committed before Run returns.
func TestFinishSavesWhenEndedFromOutside(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	h.Type("K-77") // the debounce has not fired
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := finish(ctx, h.app, h.app, fmt.Errorf("%w: %w", tea.ErrProgramKilled, context.Canceled))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("finish returned %v, want the context's error", err)
	}
	if got := h.stored(t).CaseCode; got != "K-77" {
		t.Errorf("stored %q, want K-77", got)
	}
}
