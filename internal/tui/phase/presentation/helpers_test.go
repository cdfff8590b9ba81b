package presentation

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
	"kofa/internal/tui/tuitest"
)

var start = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness drives one presentation editor the way the workspace does.
type harness struct {
	t      *testing.T
	ctx    *phase.Context
	editor phase.Editor
	d      *tuitest.Driver
}

func newHarness(t *testing.T, lang i18n.Lang, c *conference.Conference) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	st := theme.Default(false).Styles(true)
	h := &harness{t: t, ctx: &phase.Context{
		Conf: c, Cat: i18n.New(lang), Catalogue: catalogue.Builtin(), Styles: &st,
		Now: clk.Now, Lang: lang,
	}}
	h.editor = New(h.ctx)
	h.d = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		h.editor, cmd = h.editor.Update(msg)
		return cmd
	})
	h.d.Send(phase.SizeMsg{Width: 80, Height: 20})
	h.d.Send(phase.EnterMsg{})
	return h
}

// changes returns the changes reported since the last call.
func (h *harness) changes() []phase.ChangedMsg {
	var out []phase.ChangedMsg
	for _, m := range h.d.Seen {
		if c, ok := m.(phase.ChangedMsg); ok {
			out = append(out, c)
		}
	}
	h.d.Seen = nil
	return out
}

// plain renders the editor without escape sequences.
func (h *harness) plain(w, height int) string { return ansi.Strip(h.editor.View(w, height)) }

func emptyConference() *conference.Conference {
	c := conference.New("k1", conference.KindCase, start)
	c.Status = conference.StatusRunning
	c.CurrentPhase = conference.PhasePresentation
	return c
}

// sampleConference is a small fictional case presentation.
func sampleConference() *conference.Conference {
	c := emptyConference()
	c.Facts = "Kind, 6 Jahre, lebt bei der Mutter. Die Kita meldet seit dem Sommer wiederholt Hämatome an den Oberarmen.\nDer Vater hat Umgang alle zwei Wochen."
	c.HelpInPlace = "SPFH seit 03/2025, 4 Std. pro Woche"
	c.AddChronology(conference.ChronologyEntry{Date: conference.Date{Year: 2025, Month: 3, Day: 1}, Event: "Beginn der Familienhilfe", Source: "ASD-Akte"})
	c.AddChronology(conference.ChronologyEntry{DateText: "Sommer 2025", Event: "Umzug in die neue Wohnung"})
	c.AddChronology(conference.ChronologyEntry{Date: conference.Date{Year: 2026, Month: 11, Day: 12}, Event: "U-Untersuchung: Hämatome an beiden Oberarmen", Source: "Kinderarztpraxis"})
	return c
}

// checkFits fails when a line is wider than w or there are more than h
// lines.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if view != "" && len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

func leave() phase.LeaveMsg { return phase.LeaveMsg{} }
