package presentation

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var start = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness drives one presentation editor the way the workspace does.
type harness struct{ *tuitest.Editor }

func newHarness(t *testing.T, lang i18n.Lang, c *conference.Conference) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	return &harness{tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 80, 20)}
}

// plain renders the editor without escape sequences.
func (h *harness) plain(w, height int) string { return ansi.Strip(h.Ed.View(w, height)) }

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

func leave() phase.LeaveMsg { return phase.LeaveMsg{} }
func enter() phase.EnterMsg { return phase.EnterMsg{} }
