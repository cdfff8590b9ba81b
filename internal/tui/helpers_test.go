package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/phase/prep"
	"kofa/internal/tui/tuitest"
)

// start is the fixed clock start of every test: a Sunday morning in
// November 2026 (no DST change near it).
var start = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// shellEditors are the editors the shell tests run with: preparation and
// opening; every later phase shows the placeholder, so these tests keep
// testing the workspace, whatever the phase editors do.
func shellEditors() map[conference.PhaseID]phase.Factory {
	return map[conference.PhaseID]phase.Factory{
		conference.PhasePreparation: prep.New,
		conference.PhaseOpening:     opening.New,
	}
}

type harness struct {
	*tuitest.Driver
	app  *App
	repo *tuitest.Repo
}

// newHarness starts the root model on repo at w x h, without a terminal.
func newHarness(t testing.TB, repo *tuitest.Repo, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now,
		editors: shellEditors()})
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

// screen returns the current view as plain text.
func (h *harness) screen() string { return ansi.Strip(h.app.View().Content) }

func (h *harness) contains(t testing.TB, want string) {
	t.Helper()
	if s := h.screen(); !strings.Contains(s, want) {
		t.Fatalf("screen lacks %q:\n%s", want, s)
	}
}

// checkWidth fails when a line of the view is wider than w or there are
// more than hgt lines.
func checkWidth(t testing.TB, content string, w, hgt int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) > max(hgt, 1) {
		t.Fatalf("%dx%d: %d lines", w, hgt, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, hgt, i, got, ansi.Strip(l))
		}
	}
}
