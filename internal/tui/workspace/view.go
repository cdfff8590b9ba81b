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

// frameMemos keep the parts of the frame a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type frameMemos struct {
	header  widget.Memo[headerKey, string]
	rule    widget.Memo[ruleKey, string]
	side    widget.Rows[sidebarRow, string]
	parking widget.Memo[parkingKey, string]
	body    widget.Rows[bodyLine, string]
	footer  widget.Memo[footerKey, string]
}

// ruleKey is what the rules above and below the body are drawn from.
type ruleKey struct {
	width  int
	styles uint64
}

// bodyLine is a line of the full layout's body: the sidebar's line, the
// bar and the main area's line.
type bodyLine struct {
	side, main string
	sideW      int
	styles     uint64
}

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
		rule := m.memo.rule.Get(ruleKey{l.Width, m.st.Version()}, func(k ruleKey) string {
			return m.st.Subtle.Render(strings.Repeat("─", k.width))
		})
		lines = append(lines, rule)
		side := m.sidebarLines(l.Sidebar.W, l.Sidebar.H)
		for y := range l.Body.H {
			k := bodyLine{main: main[y], sideW: l.Sidebar.W, styles: m.st.Version()}
			if y < len(side) {
				k.side = side[y]
			}
			lines = append(lines, m.memo.body.Get(y, k, m.drawBodyLine))
		}
		lines = append(lines, rule)
	} else {
		lines = append(lines, m.strip(l.Width))
		lines = append(lines, main...)
	}
	lines = append(lines, m.footer(l.Width))
	return strings.Join(lines, "\n")
}

func (m *Model) drawBodyLine(k bodyLine) string {
	return widget.Pad(k.side, k.sideW) + m.st.Subtle.Render("│") + " " + k.main
}

// mainLines renders the main area: the editor (or an open dialog over it)
// and the notice line, exactly Main.H lines, none wider than Main.W.
func (m *Model) mainLines() []string {
	w, h := m.layout.Main.W, m.layout.Main.H
	var body string
	if d := m.dialog(); d != nil {
		body = lipgloss.Place(w, h-1, lipgloss.Center, lipgloss.Center, d.View(w, h-1))
	} else if eh := m.editorHeight(); w > 0 && eh > 0 {
		body = m.editor().View(w, eh)
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
func (m *Model) saveIndicator() string { return m.saveText(m.saver.State(), m.retrySeconds()) }

// saveText is the save indicator for state, retry seconds before the next
// try when it failed.
func (m *Model) saveText(state saver.State, retry int) string {
	switch state {
	case saver.Saved:
		return m.st.SaveOK.Render("✓ " + m.tr.T("common.saved"))
	case saver.Failed:
		return m.st.SaveFail.Render("✗ "+m.tr.T("common.not_saved")) + " " +
			m.st.Error.Render(m.tr.T("tui.ws.retry_in", retry))
	}
	return m.st.Muted.Render("↻ " + m.tr.T("common.saving"))
}

// retrySeconds counts down to the next try after a failed save.
func (m *Model) retrySeconds() int {
	return max(0, int(m.saver.RetryAt().Sub(m.clock.Now()).Seconds()+0.999))
}

// shortKeyCount is how many keys the help line names (before help).
const shortKeyCount = 5

// helpItem is a key of the help line as it is shown.
type helpItem struct{ key, desc string }

// footerKey is everything the footer is drawn from.
type footerKey struct {
	save   saver.State
	retry  int // seconds until the next try, while saving failed
	demo   bool
	typing bool // a field has focus: ? types, only F1 opens the help
	keys   [shortKeyCount]helpItem
	n      int // keys named
	width  int
	styles uint64
}

// footer is the save indicator and the five keys that matter now.
func (m *Model) footer(width int) string {
	k := footerKey{save: m.saver.State(), demo: m.demo, typing: m.Typing(), width: width, styles: m.st.Version()}
	if k.save == saver.Failed {
		k.retry = m.retrySeconds()
	}
	for _, b := range m.shortKeys() {
		h := b.Help()
		k.keys[k.n] = helpItem{h.Key, h.Desc}
		k.n++
	}
	return m.memo.footer.Get(k, m.drawFooter)
}

func (m *Model) drawFooter(k footerKey) string {
	ind := m.saveText(k.save, k.retry)
	if k.demo {
		ind += " " + m.st.Badge.Render(m.tr.T("tui.demo.short"))
	}
	return widget.Truncate(ind+"   "+m.helpLine(k.keys[:k.n], k.typing, k.width-ansi.StringWidth(ind)-3), k.width)
}

// shortKeys are the keys of the help line: the editor's (or dialog's)
// first, then the workspace's, five in all, then help. While a field has
// focus the keys that act in it come first, all of them: the form's keys
// are the ones that matter there.
func (m *Model) shortKeys() []key.Binding {
	var out []key.Binding
	seen := map[string]bool{}
	add := func(bs ...key.Binding) {
		for _, b := range bs {
			if h := b.Help(); b.Enabled() && len(out) < shortKeyCount && !seen[h.Key] {
				seen[h.Key] = true
				out = append(out, b)
			}
		}
	}
	switch {
	case m.dialog() != nil:
		add(m.dialog().KeyMap().ShortHelp()...)
	case m.projector:
		add(m.keys.Projector)
	default:
		var editor []key.Binding
		if m.editable() {
			editor = m.editor().KeyMap().ShortHelp()
		}
		first := min(len(editor), 2)
		if m.Typing() {
			first = len(editor)
		}
		add(editor[:first]...)
		add(m.activeKeys().forTyping(m.Typing()).ShortHelp()...)
		add(editor...)
	}
	return out
}

// helpLine names keys and help in width cells: "F1/?" opens the help,
// only F1 while a field has focus (? types a question mark there).
func (m *Model) helpLine(keys []helpItem, typing bool, width int) string {
	sep := m.st.Subtle.Render(" · ")
	helpKey := "F1/?"
	if typing {
		helpKey = "F1"
	}
	helpPart := m.st.HelpKey.Render(helpKey) + " " + m.st.HelpDesc.Render(m.tr.T("common.help"))
	room := width - ansi.StringWidth(helpPart)
	var b strings.Builder
	for _, h := range keys {
		part := m.st.HelpKey.Render(h.key) + " " + m.st.HelpDesc.Render(h.desc) + sep
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
	case m.dialog() != nil:
		groups = m.dialog().KeyMap().FullHelp()
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
