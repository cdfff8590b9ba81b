package agreements

import (
	"strings"

	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// View renders the screen: the header, the register (the shared list with
// its detail and forms), a status line and the footer.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	return widget.ListScreen(m.st, l.Width, l.Height, l.Mode == layout.Full, m.header(l.Width), m.summary(l.Width), m.body, m.footer(l.Width))
}

func (m *Model) header(w int) string {
	back := m.keys.Back
	back.SetEnabled(!m.Typing())
	return widget.ScreenHeader(m.st, m.tr.T("common.app.name"), m.tr.T("cooperation.export.title"), back, w)
}

// summary is the line under the header: what the screen is for, and
// whether everything is written.
func (m *Model) summary(w int) string {
	if !m.loaded {
		return m.st.Muted.Render(m.tr.T("common.loading"))
	}
	state := m.st.Success.Render("✓ " + m.tr.T("tuiagreements.saved"))
	if len(m.dirty) > 0 || len(m.writing) > 0 {
		state = m.st.Muted.Render("… " + m.tr.T("tuiagreements.saving"))
	}
	return widget.Spread(m.st.Muted.Render(m.tr.T("tuiagreements.hint")), state, w)
}

// body is the list, or the question before a deletion, and the line of
// the last error: exactly h lines.
func (m *Model) body(w, h int) []string {
	if h <= 0 {
		return nil
	}
	var status []string
	if m.err != "" {
		for _, line := range widget.Wrap("⚠ "+m.err, w) {
			status = append(status, m.st.Error.Render(line))
		}
	}
	var lines []string
	switch {
	case !m.loaded:
	case m.confirm != nil:
		lines = strings.Split(m.confirm.View(w), "\n")
	default:
		lines = strings.Split(m.list.View(w, max(0, h-len(status))), "\n")
	}
	for len(lines) < h-len(status) {
		lines = append(lines, "")
	}
	return widget.FitLines(append(lines[:max(0, min(len(lines), h-len(status)))], status...), w, h)
}

func (m *Model) footer(w int) string {
	return widget.KeyFooter(m.tr, m.st, m.KeyMap().ShortHelp(), m.Typing(), w)
}
