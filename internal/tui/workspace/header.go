package workspace

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// barCells is the width of the time-box bar.
const barCells = 10

func (m *Model) phaseName(id conference.PhaseID) string { return phase.Name(m.tr, id) }

// readOnlyBadge marks a closed conference, which can only be looked at.
func (m *Model) readOnlyBadge() string {
	return m.st.Badge.Render(m.tr.T("tui.ws.read_only"))
}

// title is the case code or topic, or a placeholder while none is typed.
func (m *Model) title() string {
	if t := m.conf.Title(); t != "" {
		return t
	}
	return m.tr.T("tui.ws.untitled")
}

// headerKey is everything the header is drawn from: it changes with the
// clocks (once a second while the conference runs), not with a key typed.
type headerKey struct {
	title    string
	kind     conference.Kind // numbers the phases
	shown    conference.PhaseID
	record   conference.PhaseRecord // of the phase shown; zero when it has none
	elapsed  time.Duration          // the conference's
	planned  int                    // minutes; with start, what the planned end comes from
	start    string
	end      string // agreed in the room
	readOnly bool
	width    int
	styles   uint64
}

// header renders the top line: title and phase on the left, the phase's
// time box and the total time on the right. On a narrow screen the bar
// goes first, then the planned end, then the words; the clocks and the
// title stay.
func (m *Model) header(width int) string {
	c := m.conf
	k := headerKey{
		title: c.Title(), kind: c.Kind, shown: m.shown(), elapsed: c.Elapsed, planned: c.PlannedMinutes,
		start: c.StartTime, end: c.AgreedEnd, readOnly: m.readOnly(), width: width, styles: m.st.Version(),
	}
	if r := c.Phase(k.shown); r != nil {
		k.record = *r
	}
	return m.memo.header.Get(k, func(headerKey) string { return m.drawHeader(width) })
}

func (m *Model) drawHeader(width int) string {
	cur := m.shown()
	left := m.st.Title.Render(m.title()) + m.st.Muted.Render(" · ") +
		m.st.App.Render(m.conf.PhaseNumber(cur)+" "+m.phaseName(cur))
	leftW := ansi.StringWidth(left)
	variants := m.timerVariants()
	right := variants[len(variants)-1]
	for _, v := range variants {
		if leftW+2+ansi.StringWidth(v) <= width {
			right = v
			break
		}
	}
	if ansi.StringWidth(right)+minTitle > width {
		return widget.Truncate(left, width)
	}
	l := widget.Truncate(left, width-ansi.StringWidth(right)-2)
	return l + strings.Repeat(" ", width-ansi.StringWidth(l)-ansi.StringWidth(right)) + right
}

// minTitle is the room the title keeps before the timers give way.
const minTitle = 18

// timerVariants are the timer block from the fullest to the shortest.
func (m *Model) timerVariants() []string {
	variants := m.clockVariants()
	if !m.readOnly() {
		return variants
	}
	// The badge comes first and stays longest: the clocks stand still.
	badge := m.readOnlyBadge()
	for i, v := range variants {
		variants[i] = strings.TrimSpace(badge + "  " + v)
	}
	return append(variants, badge)
}

// clockVariants are the phase and total clocks from the fullest to the
// shortest.
func (m *Model) clockVariants() []string {
	r := m.conf.Phase(m.shown())
	total, totalShort := m.total()
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, "  ")
	}
	if r == nil || r.TimeBox() <= 0 {
		clock := ""
		if r != nil && r.Elapsed > 0 {
			clock = m.st.TimerOK.Render(m.tr.T("tui.ws.phase_clock_open", phase.Clock(r.Elapsed)))
		}
		return []string{join(clock, total), join(clock, totalShort), totalShort}
	}
	clock, clockShort := m.phaseClock(*r)
	return []string{
		join(clock, m.bar(*r), total),
		join(clock, total),
		join(clock, totalShort),
		join(clockShort, totalShort),
		clockShort,
	}
}

// phaseClock shows elapsed against the time box; from 80 % in the warning
// style with a ⚠, past 100 % in the over-time style with the overrun in
// words, so the state never depends on colour. The short form drops the
// word "Phase".
func (m *Model) phaseClock(r conference.PhaseRecord) (string, string) {
	short := phase.Clock(r.Elapsed) + "/" + phase.Clock(r.TimeBox())
	long := m.tr.T("tui.ws.phase_clock", phase.Clock(r.Elapsed), phase.Clock(r.TimeBox()))
	switch r.Level() {
	case conference.TimeWarn:
		return m.st.TimerWarn.Render("⚠ " + long), m.st.TimerWarn.Render("⚠ " + short)
	case conference.TimeOver:
		over := m.tr.T("tui.ws.over_time", phase.Clock(r.Elapsed-r.TimeBox()))
		return m.st.TimerOver.Render("⚠ " + long + " " + over), m.st.TimerOver.Render("⚠ " + short + " " + over)
	}
	return m.st.TimerOK.Render(long), m.st.TimerOK.Render(short)
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

// total shows the conference time against the planned duration and end;
// the short form leaves out the end.
func (m *Model) total() (string, string) {
	c := m.conf
	text := m.tr.T("tui.ws.total", int(c.Elapsed.Minutes()), c.PlannedMinutes)
	short := text
	if end, ok := phase.PlannedEnd(c); ok {
		text += " " + m.tr.T("tui.ws.until", end)
	}
	style := m.st.Muted.Render
	if c.PlannedMinutes > 0 && c.Elapsed.Minutes() > float64(c.PlannedMinutes) {
		style = m.st.TimerOver.Render
		text, short = "⚠ "+text, "⚠ "+short
	}
	return style(text), style(short)
}
