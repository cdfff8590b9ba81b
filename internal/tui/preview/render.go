package preview

import (
	"image/color"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// renderedMsg carries the minutes rendered for the terminal.
type renderedMsg struct {
	pv    uint64
	gen   int
	lines []string
	err   error
}

// render starts rendering the minutes of the current choice. glamour takes
// a while on a big conference, so it runs as a command; until it is back,
// the screen says so and nothing stale is shown (the previous variant may
// name people the chosen one must not).
func (m *Model) render() tea.Cmd {
	if m.conf == nil || m.layout.Width <= 0 {
		return nil
	}
	m.gen++
	m.rendering, m.shown, m.renderErr = true, false, ""
	m.view.SetContentLines(nil)
	m.view.GotoTop()
	c, opt, width, style := m.conf, m.options(m.now()), m.layout.Width, m.style()
	pv, gen := m.id, m.gen
	return func() tea.Msg {
		lines, err := renderMinutes(c, opt, width, style)
		return renderedMsg{pv: pv, gen: gen, lines: lines, err: err}
	}
}

// rendered shows what a render produced, unless a newer one was asked for.
func (m *Model) rendered(msg renderedMsg) {
	if msg.gen != m.gen {
		return
	}
	m.rendering = false
	if msg.err != nil {
		m.renderErr = m.tr.T("preview.render_failed", msg.err.Error())
		return
	}
	m.shown = true
	m.view.SetContentLines(msg.lines)
}

// renderMinutes renders the minutes with glamour, word-wrapped to width,
// and cuts every line to width: a table too wide to wrap must not break
// the screen.
func renderMinutes(c *conference.Conference, opt export.Options, width int, style string) ([]string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		return nil, err
	}
	out, err := r.Render(string(export.Markdown(c, opt)))
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		lines[i] = widget.Truncate(strings.TrimRight(l, " "), width)
	}
	return lines, nil
}

// style picks the glamour style for the theme and background: the plain
// one without colours for the monochrome theme (NO_COLOR), else the dark
// or light one. A theme that paints its own background decides by that
// colour, not the terminal's.
func (m *Model) style() string {
	if !m.th.HasColor(theme.TokenFg, m.dark) {
		return styles.NoTTYStyle
	}
	dark := m.dark
	if bg := m.st.Background; bg != nil {
		dark = isDark(bg)
	}
	if dark {
		return styles.DarkStyle
	}
	return styles.LightStyle
}

// isDark reports whether a colour is closer to black than to white
// (relative luminance, Rec. 709 weights).
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	lum := 0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)
	return lum < 0x7fff
}
