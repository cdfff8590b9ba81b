package workspace

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// barCells is the width of the time-box bar.
const barCells = 10

// phaseKeys are the catalogue keys of the phase names.
var phaseKeys = map[conference.PhaseID]string{
	conference.PhasePreparation:  "tui.phase.preparation",
	conference.PhaseOpening:      "tui.phase.opening",
	conference.PhasePresentation: "tui.phase.presentation",
	conference.PhasePerspectives: "tui.phase.perspectives",
	conference.PhaseWorries:      "tui.phase.worries",
	conference.PhaseAssessment:   "tui.phase.assessment",
	conference.PhaseSafety:       "tui.phase.safety",
	conference.PhaseActions:      "tui.phase.actions",
	conference.PhaseClosing:      "tui.phase.closing",
}

func (m *Model) phaseName(id conference.PhaseID) string { return m.cat.T(phaseKeys[id]) }

// title is the case code or topic, or a placeholder while none is typed.
func (m *Model) title() string {
	if t := m.conf.Title(); t != "" {
		return t
	}
	return m.cat.T("tui.ws.untitled")
}

// header renders the top line: title and phase on the left, the phase's
// time box and the total time on the right. What does not fit is dropped
// from the right part first (total, then bar), then the title is cut.
func (m *Model) header(width int) string {
	cur := m.conf.CurrentPhase
	left := m.st.Title.Render(m.title()) + m.st.Muted.Render(" · ") +
		m.st.App.Render(conference.PhaseNumber(cur)+" "+m.phaseName(cur))
	parts := m.timerParts()
	for len(parts) > 0 {
		right := strings.Join(parts, "  ")
		if ansi.StringWidth(right)+12 <= width {
			room := width - ansi.StringWidth(right) - 2
			l := widget.Truncate(left, room)
			return l + strings.Repeat(" ", width-ansi.StringWidth(l)-ansi.StringWidth(right)) + right
		}
		parts = parts[:len(parts)-1]
	}
	return widget.Truncate(left, width)
}

// timerParts are the pieces of the timer block, most important first:
// the phase clock (with its over-time words), the bar, the total.
func (m *Model) timerParts() []string {
	r := m.conf.Phase(m.conf.CurrentPhase)
	var parts []string
	if r != nil && r.TimeBox() > 0 {
		parts = append(parts, m.phaseClock(*r), m.bar(*r))
	} else if r != nil && r.Elapsed > 0 {
		parts = append(parts, m.st.TimerOK.Render(m.cat.T("tui.ws.phase_clock_open", phase.Clock(r.Elapsed))))
	}
	return append(parts, m.total())
}

// phaseClock shows elapsed against the time box; from 80 % in the warning
// style with a ⚠, past 100 % in the over-time style with the overrun in
// words, so the state never depends on colour.
func (m *Model) phaseClock(r conference.PhaseRecord) string {
	text := m.cat.T("tui.ws.phase_clock", phase.Clock(r.Elapsed), phase.Clock(r.TimeBox()))
	switch r.Level() {
	case conference.TimeWarn:
		return m.st.TimerWarn.Render("⚠ " + text)
	case conference.TimeOver:
		return m.st.TimerOver.Render("⚠ " + text + " " + m.cat.T("tui.ws.over_time", phase.Clock(r.Elapsed-r.TimeBox())))
	}
	return m.st.TimerOK.Render(text)
}

// bar draws the share of the time box used, like ▮▮▮▯▯.
func (m *Model) bar(r conference.PhaseRecord) string {
	filled := min(barCells, int(int64(r.Elapsed)*barCells/int64(r.TimeBox())))
	s := strings.Repeat("▮", filled) + strings.Repeat("▯", barCells-filled)
	switch r.Level() {
	case conference.TimeWarn:
		return m.st.TimerWarn.Render(s)
	case conference.TimeOver:
		return m.st.TimerOver.Render(s)
	}
	return m.st.TimerOK.Render(s)
}

// total shows the conference time against the planned duration and end.
func (m *Model) total() string {
	c := m.conf
	text := m.cat.T("tui.ws.total", int(c.Elapsed.Minutes()), c.PlannedMinutes)
	if end, ok := phase.PlannedEnd(c); ok {
		text += " " + m.cat.T("tui.ws.until", end)
	}
	if c.PlannedMinutes > 0 && c.Elapsed.Minutes() > float64(c.PlannedMinutes) {
		return m.st.TimerOver.Render("⚠ " + text)
	}
	return m.st.Muted.Render(text)
}
