package workspace

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// phaseSymbol gives each phase state a symbol, so the sidebar means the
// same without colour: current ▸, done ✓, skipped ⤼, not covered ✗. The
// phase shown is marked ▸ also when a closed conference is looked at.
func (m *Model) phaseSymbol(r conference.PhaseRecord) (string, func(...string) string) {
	if r.ID == m.shown() {
		return "▸", m.st.Highlight.Render
	}
	switch r.State {
	case conference.PhaseCurrent:
		return "▸", m.st.Highlight.Render
	case conference.PhaseDone:
		return "✓", m.st.Success.Render
	case conference.PhaseSkipped:
		return "⤼", m.st.Muted.Render
	case conference.PhaseNotCovered:
		return "✗", m.st.Warning.Render
	}
	return " ", m.st.App.Render
}

// sidebarRow is everything a phase line of the sidebar is drawn from.
type sidebarRow struct {
	id      conference.PhaseID
	state   conference.PhaseState
	started bool // some time was spent in the phase
	minutes int
	shown   bool
	width   int
	styles  uint64
}

// parkingKey is what the parking lot's line is drawn from.
type parkingKey struct {
	parked, width int
	styles        uint64
}

// sidebarLines renders the phase list and the parking lot into width cells.
func (m *Model) sidebarLines(width, height int) []string {
	var lines []string
	for i, r := range m.conf.VisiblePhases() {
		k := sidebarRow{
			id: r.ID, state: r.State, started: r.Elapsed > 0, minutes: int(r.Elapsed.Minutes()),
			shown: r.ID == m.shown(), width: width, styles: m.st.Version(),
		}
		lines = append(lines, m.memo.side.Get(i, k, func(sidebarRow) string { return m.sidebarLine(r, width) }))
	}
	parking := m.memo.parking.Get(parkingKey{len(m.conf.Parked), width, m.st.Version()}, func(k parkingKey) string {
		return widget.Truncate(m.st.Muted.Render(m.tr.T("tui.ws.parking", k.parked)), width)
	})
	lines = append(lines, "", parking)
	if len(lines) > height {
		lines = lines[:height]
	}
	return lines
}

// sidebarLine is the line of phase r: symbol, number, name, minutes spent.
func (m *Model) sidebarLine(r conference.PhaseRecord, width int) string {
	sym, style := m.phaseSymbol(r)
	name := sym + " " + m.conf.PhaseNumber(r.ID) + " " + m.phaseName(r.ID)
	minutes := ""
	if r.Elapsed > 0 {
		minutes = fmt.Sprintf("%d′", int(r.Elapsed.Minutes()))
	}
	name = widget.Truncate(name, width-ansi.StringWidth(minutes)-1)
	gap := max(1, width-ansi.StringWidth(name)-ansi.StringWidth(minutes))
	line := style(name) + strings.Repeat(" ", gap) + m.st.Muted.Render(minutes)
	if r.ID == m.shown() {
		line = m.st.Selected.Render(widget.Pad(name, width-ansi.StringWidth(minutes))) + m.st.Muted.Render(minutes)
	}
	return widget.Truncate(line, width)
}

// sidebarPhaseAt returns the phase on sidebar line y.
func (m *Model) sidebarPhaseAt(y int) (conference.PhaseID, bool) {
	phases := m.conf.VisiblePhases()
	if y < 0 || y >= len(phases) {
		return "", false
	}
	return phases[y].ID, true
}

// stripSegments are the compact layout's phase cells: symbol and number.
func (m *Model) stripSegments() ([]string, []conference.PhaseID) {
	var segs []string
	var ids []conference.PhaseID
	for _, r := range m.conf.VisiblePhases() {
		sym, _ := m.phaseSymbol(r)
		segs = append(segs, sym+m.conf.PhaseNumber(r.ID))
		ids = append(ids, r.ID)
	}
	return segs, ids
}

// strip renders the one-line phase strip of the compact layout.
func (m *Model) strip(width int) string {
	segs, ids := m.stripSegments()
	var b strings.Builder
	for i, s := range segs {
		r := m.conf.Phase(ids[i])
		_, style := m.phaseSymbol(*r)
		if ids[i] == m.shown() {
			b.WriteString(m.st.Selected.Render(s))
		} else {
			b.WriteString(style(s))
		}
		b.WriteString(" ")
	}
	b.WriteString(m.st.Muted.Render(m.tr.T("tui.ws.parking", len(m.conf.Parked))))
	return widget.Truncate(b.String(), width)
}

// stripPhaseAt returns the phase drawn at column x of the strip.
func (m *Model) stripPhaseAt(x int) (conference.PhaseID, bool) {
	segs, ids := m.stripSegments()
	pos := 0
	for i, s := range segs {
		w := ansi.StringWidth(s)
		if x >= pos && x < pos+w {
			return ids[i], true
		}
		pos += w + 1
	}
	return "", false
}
