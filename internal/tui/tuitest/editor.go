package tuitest

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
)

// This file is the harness the phase editor tests share: it stands in for
// the workspace, which owns the context, routes messages to the editor and
// takes the changes it recorded after every message.

// PhaseContext returns the context a phase editor gets in the tests: the
// conference c, the catalogues of lang, the built-in catalogue, the
// default theme's styles and the clock now.
func PhaseContext(c *conference.Conference, lang i18n.Lang, now func() time.Time) *phase.Context {
	st := theme.Default(false).Styles(true)
	return &phase.Context{Conf: c, Msgs: i18n.New(lang), Catalogue: catalogue.Builtin(), Styles: &st, Now: now, Lang: lang}
}

// Editor drives one phase editor like the workspace does: it routes
// messages to it, runs its commands synchronously and collects the changes
// it recorded, right after each message.
type Editor struct {
	tb  testing.TB
	Ctx *phase.Context
	Ed  phase.Editor
	Drv *Driver
	// Changes holds every change recorded, in order, but drafts.
	Changes []phase.Recorded
	// Drafts counts the drafts saved or dropped (recorded without a
	// change to audit).
	Drafts int
	// W and H are the editor's size, which View renders.
	W, H int
}

// NewEditor creates the editor of ctx with factory, tells it its size
// w x h and enters its phase. Timers run on clk.
func NewEditor(tb testing.TB, clk *Clock, ctx *phase.Context, factory phase.Factory, w, h int) *Editor {
	tb.Helper()
	e := &Editor{tb: tb, Ctx: ctx, Ed: factory(ctx)}
	e.Drv = NewDriver(tb, clk, func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		e.Ed, cmd = e.Ed.Update(msg)
		for _, r := range ctx.TakeRecorded() {
			if r.Change == (conference.Change{}) {
				e.Drafts++
				continue
			}
			e.Changes = append(e.Changes, r)
		}
		return cmd
	})
	e.Resize(w, h)
	e.Drv.Send(phase.EnterMsg{})
	return e
}

// Resize tells the editor its new size.
func (e *Editor) Resize(w, h int) {
	e.tb.Helper()
	e.W, e.H = w, h
	e.Drv.Send(phase.SizeMsg{Width: w, Height: h})
}

// Key sends key presses, named as Driver.Key knows them.
func (e *Editor) Key(names ...string) {
	e.tb.Helper()
	for _, n := range names {
		e.Drv.Key(n)
	}
}

// Type sends one key press per rune of s.
func (e *Editor) Type(s string) {
	e.tb.Helper()
	e.Drv.Type(s)
}

// View renders the editor without colours: what the tests read is what a
// monochrome terminal shows, so meaning must not hang on colour.
func (e *Editor) View() string { return ansi.Strip(e.Ed.View(e.W, e.H)) }

// TakeChanges returns the changes recorded since the last call.
func (e *Editor) TakeChanges() []phase.Recorded {
	out := e.Changes
	e.Changes = nil
	return out
}

// Paths lists the changes recorded as "op path".
func (e *Editor) Paths() []string {
	out := make([]string, 0, len(e.Changes))
	for _, c := range e.Changes {
		out = append(out, c.Change.Op+" "+c.Change.Path)
	}
	return out
}

// HasChange reports whether a change "op path" was recorded.
func (e *Editor) HasChange(want string) bool { return slices.Contains(e.Paths(), want) }

// MustShow fails the test for every part the view lacks.
func (e *Editor) MustShow(parts ...string) {
	e.tb.Helper()
	v := e.View()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			e.tb.Errorf("view lacks %q:\n%s", p, v)
		}
	}
}

// MustNotShow fails the test for every part the view shows.
func (e *Editor) MustNotShow(parts ...string) {
	e.tb.Helper()
	v := e.View()
	for _, p := range parts {
		if strings.Contains(v, p) {
			e.tb.Errorf("view shows %q:\n%s", p, v)
		}
	}
}

// Line returns the view line that contains s ("" if none).
func (e *Editor) Line(s string) string {
	for _, l := range strings.Split(e.View(), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// Click is a left click at x, y (relative to the editor's area).
func Click(x, y int) tea.Msg { return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft} }

// CheckFits fails when a line of view is wider than w or view has more
// than h lines (an empty view has none).
func CheckFits(tb testing.TB, view string, w, h int) {
	tb.Helper()
	lines := strings.Split(view, "\n")
	if view != "" && len(lines) > h {
		tb.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			tb.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

// EditorSize is the area the workspace gives an editor in a terminal of
// w x h cells: its main area less the notice line.
func EditorSize(w, h int) (int, int) {
	m := layout.Compute(w, h).Main
	return m.W, m.H - 1
}
