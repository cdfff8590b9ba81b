package workspace

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/tui/layout"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/widget"
)

// View renders the workspace into its layout. The root draws the "too
// small" notice itself, so the layout here is full or compact.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	if m.projector {
		return m.projectorView()
	}
	lines := make([]string, 0, l.Height)
	lines = append(lines, m.header(l.Width))
	main := m.mainLines()
	if l.Mode == layout.Full {
		rule := m.st.Subtle.Render(strings.Repeat("─", l.Width))
		lines = append(lines, rule)
		side := m.sidebarLines(l.Sidebar.W, l.Sidebar.H)
		bar := m.st.Subtle.Render("│")
		for y := range l.Body.H {
			s := ""
			if y < len(side) {
				s = side[y]
			}
			lines = append(lines, widget.Pad(s, l.Sidebar.W)+bar+" "+main[y])
		}
		lines = append(lines, rule)
	} else {
		lines = append(lines, m.strip(l.Width))
		lines = append(lines, main...)
	}
	lines = append(lines, m.footer(l.Width))
	return strings.Join(lines, "\n")
}

// mainLines renders the main area: the editor (or an open dialog over it)
// and the notice line, exactly Main.H lines, none wider than Main.W.
func (m *Model) mainLines() []string {
	w, h := m.layout.Main.W, m.layout.Main.H
	var body string
	if m.dialog != nil {
		body = lipgloss.Place(w, h-1, lipgloss.Center, lipgloss.Center, m.dialog.View(w, h-1))
	} else {
		body = m.editor().View(w, m.editorHeight())
	}
	lines := strings.Split(body, "\n")
	if len(lines) > h-1 {
		lines = lines[:h-1]
	}
	for i, l := range lines {
		lines[i] = widget.Truncate(l, w)
	}
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	notice := ""
	if m.notice != "" {
		notice = widget.Truncate(m.st.Info.Render(m.notice), w)
	}
	return append(lines, notice)
}

// saveIndicator shows whether the store has everything: "✓ saved" only
// after the store confirmed; "NOT SAVED" reversed and in words when a
// commit failed.
func (m *Model) saveIndicator() string {
	switch m.saver.State() {
	case saver.Saved:
		return m.st.SaveOK.Render("✓ " + m.cat.T("common.saved"))
	case saver.Failed:
		secs := int(m.saver.RetryAt().Sub(m.clock.Now()).Seconds() + 0.999)
		return m.st.SaveFail.Render("✗ "+m.cat.T("common.not_saved")) + " " +
			m.st.Error.Render(m.cat.T("tui.ws.retry_in", max(0, secs)))
	}
	return m.st.Muted.Render("↻ " + m.cat.T("common.saving"))
}

// footer is the save indicator and the five keys that matter now.
func (m *Model) footer(width int) string {
	ind := m.saveIndicator()
	if m.demo {
		ind += " " + m.st.Badge.Render(m.cat.T("tui.demo.short"))
	}
	return widget.Truncate(ind+"   "+m.helpLine(width-ansi.StringWidth(ind)-3), width)
}

// shortKeys are the keys of the help line: the editor's (or dialog's)
// first, then the workspace's, five in all, then help.
func (m *Model) shortKeys() []key.Binding {
	var out []key.Binding
	seen := map[string]bool{}
	add := func(bs ...key.Binding) {
		for _, b := range bs {
			if h := b.Help(); b.Enabled() && len(out) < 5 && !seen[h.Key] {
				seen[h.Key] = true
				out = append(out, b)
			}
		}
	}
	switch {
	case m.dialog != nil:
		add(m.dialog.KeyMap().ShortHelp()...)
	case m.projector:
		add(m.keys.Projector)
	default:
		var editor []key.Binding
		if m.editable() {
			editor = m.editor().KeyMap().ShortHelp()
		}
		add(editor[:min(len(editor), 2)]...)
		add(m.activeKeys().forTyping(m.Typing()).ShortHelp()...)
		add(editor...)
	}
	return out
}

func (m *Model) helpLine(width int) string {
	sep := m.st.Subtle.Render(" · ")
	helpPart := m.st.HelpKey.Render("F1/?") + " " + m.st.HelpDesc.Render(m.cat.T("common.help"))
	room := width - ansi.StringWidth(helpPart)
	var b strings.Builder
	for _, k := range m.shortKeys() {
		h := k.Help()
		part := m.st.HelpKey.Render(h.Key) + " " + m.st.HelpDesc.Render(h.Desc) + sep
		if ansi.StringWidth(b.String())+ansi.StringWidth(part) > room {
			break // whole entries or none: a cut-off key helps nobody
		}
		b.WriteString(part)
	}
	return widget.Truncate(b.String()+helpPart, width)
}

// KeyMap returns every key of the workspace right now, the focused
// component's first, for the help overlay.
func (m *Model) KeyMap() help.KeyMap {
	var groups [][]key.Binding
	switch {
	case m.dialog != nil:
		groups = m.dialog.KeyMap().FullHelp()
	case m.projector:
		groups = [][]key.Binding{{m.keys.Projector}}
	default:
		if m.editable() {
			groups = append(groups, m.editor().KeyMap().FullHelp()...)
		}
		keys := m.activeKeys().forTyping(m.Typing())
		keys.Back.SetEnabled(!m.Typing())
		groups = append(groups, keys.FullHelp()...)
	}
	return fullHelp(groups)
}

// fullHelp is a help.KeyMap made of groups.
type fullHelp [][]key.Binding

func (f fullHelp) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, g := range f {
		out = append(out, g...)
	}
	return out
}

func (f fullHelp) FullHelp() [][]key.Binding { return f }
