package perspectives

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

// harness drives one perspectives editor the way the workspace does.
type harness struct {
	t      testing.TB
	ctx    *phase.Context
	clk    *tuitest.Clock
	editor phase.Editor
	d      *tuitest.Driver
}

func newHarness(t testing.TB, lang i18n.Lang, c *conference.Conference) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	st := theme.Default(false).Styles(true)
	h := &harness{t: t, clk: clk, ctx: &phase.Context{
		Conf: c, Cat: i18n.New(lang), Catalogue: catalogue.Builtin(), Styles: &st,
		Now: clk.Now, Lang: lang,
	}}
	c.Resume(start)
	h.editor = New(h.ctx)
	h.d = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		h.editor, cmd = h.editor.Update(msg)
		return cmd
	})
	h.d.Send(phase.SizeMsg{Width: 100, Height: 30})
	h.d.Send(phase.EnterMsg{})
	return h
}

// tick moves the clock on and books the time, as the workspace's
// one-second tick does.
func (h *harness) tick(d time.Duration) {
	h.d.Advance(d)
	h.ctx.Conf.Tick(h.clk.Now())
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

// line returns the speaking-order row (the left column of the wide
// layout) holding s.
func (h *harness) line(w, height int, s string) string {
	for _, l := range strings.Split(h.plain(w, height), "\n") {
		left, _, _ := strings.Cut(l, "│")
		if strings.Contains(left, s) {
			return left
		}
	}
	return ""
}

// sampleConference is a fictional case conference in its round of
// perspectives: four professionals present, the mother present (family:
// not in the speaking order) and one excused.
func sampleConference() *conference.Conference {
	c := conference.New("k1", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Status = conference.StatusRunning
	c.CurrentPhase = conference.PhasePerspectives
	add := func(p conference.Participant) {
		if p.Attendance == "" {
			p.Attendance = conference.AttendancePresent
		}
		c.AddParticipant(p)
	}
	add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "ASD"})                           // p1
	add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Discipline: "Kinderarzt"})        // p2
	add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"})              // p3
	add(conference.Participant{Name: "Frau M.", InstitutionType: "parent", Family: true, Relationship: "Mutter"})           // p4
	add(conference.Participant{Name: "Markus Brandt", InstitutionType: "police", Attendance: conference.AttendanceExcused}) // p5
	return c
}

func networkConference() *conference.Conference {
	c := sampleConference()
	c.Kind = conference.KindNetwork
	c.Topic = "Runder Tisch Kinderschutz Nord"
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
func enter() phase.EnterMsg { return phase.EnterMsg{} }
