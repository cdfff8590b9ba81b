package perspectives

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var start = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness drives one perspectives editor the way the workspace does.
type harness struct{ *tuitest.Editor }

func newHarness(t testing.TB, lang i18n.Lang, c *conference.Conference) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	c.Resume(start)
	return &harness{tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)}
}

// tick moves the clock on and books the time, as the workspace's
// one-second tick does.
func (h *harness) tick(d time.Duration) {
	h.Drv.Advance(d)
	h.Ctx.Conf.Tick(h.Drv.Clock.Now())
}

// plain renders the editor without escape sequences.
func (h *harness) plain(w, height int) string { return ansi.Strip(h.Ed.View(w, height)) }

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

func leave() phase.LeaveMsg { return phase.LeaveMsg{} }
func enter() phase.EnterMsg { return phase.EnterMsg{} }
