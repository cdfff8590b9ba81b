package preview

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/tui/markdown"
)

// renderedMsg carries the minutes rendered for the terminal.
type renderedMsg struct {
	pv    uint64
	gen   int
	lines []string
}

// render starts rendering the minutes of the current choice. It takes a
// few milliseconds, more on a big conference, so it runs as a command;
// until it is back, the screen says so and nothing stale is shown (the
// previous variant may name people the chosen one must not).
func (m *Model) render() tea.Cmd {
	if m.conf == nil || m.layout.Width <= 0 {
		return nil
	}
	m.gen++
	m.rendering, m.shown = true, false
	m.lines = nil
	m.view.SetContentLines(nil)
	m.view.GotoTop()
	c, opt, width, st := m.conf, m.options(m.now()), m.layout.Width, m.looks()
	pv, gen := m.id, m.gen
	return func() tea.Msg {
		return renderedMsg{pv: pv, gen: gen, lines: renderMinutes(c, opt, width, st)}
	}
}

// rendered shows what a render produced, unless a newer one was asked for.
func (m *Model) rendered(msg renderedMsg) {
	if msg.gen != m.gen {
		return
	}
	m.rendering = false
	m.shown = true
	m.lines = msg.lines
	m.view.SetContentLines(msg.lines)
}

// renderMinutes renders the minutes in lines of at most width cells.
func renderMinutes(c *conference.Conference, opt export.Options, width int, st *markdown.Styles) []string {
	return markdown.Render(export.Markdown(c, opt), width, st)
}

// looks are the theme's looks for the minutes, derived again when the
// styles were rebuilt (the terminal told its background). They are made
// here, on the event loop, because the styles may change while a render
// runs.
func (m *Model) looks() *markdown.Styles {
	if m.md == nil || m.mdVersion != m.st.Version() {
		m.md, m.mdVersion = markdown.NewStyles(m.st), m.st.Version()
	}
	return m.md
}
