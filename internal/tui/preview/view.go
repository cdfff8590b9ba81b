package preview

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// bodyHeight is what is left for the minutes: header, choice line, folder
// line, status line and footer, and three rules in the full layout.
func (m *Model) bodyHeight() int {
	fixed := 5
	if m.layout.Mode == layout.Full {
		fixed += 3
	}
	return max(1, m.layout.Height-fixed)
}

// View renders the preview into its layout.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	w := l.Width
	full := l.Mode == layout.Full
	rule := m.st.Subtle.Render(strings.Repeat("─", w))
	lines := []string{m.header(w)}
	if full {
		lines = append(lines, rule)
	}
	lines = append(lines, m.choiceLine(w))
	if full {
		lines = append(lines, rule)
	}
	lines = append(lines, m.body(w, m.bodyHeight())...)
	if full {
		lines = append(lines, rule)
	}
	lines = append(lines, m.folderLine(w), m.statusLine(w), m.footer(w))
	return widget.Clip(strings.Join(lines, "\n"), w, l.Height)
}

func (m *Model) header(w int) string {
	title := m.tr.T("preview.title")
	if m.conf != nil {
		if t := sanitize.Line(m.conf.Title()); t != "" {
			title = m.tr.T("preview.title_of", t)
		}
	}
	left := m.st.Title.Render(m.tr.T("common.app.name")) + "  " + m.st.App.Render(title)
	right := m.st.HelpKey.Render("?") + " " + m.st.HelpDesc.Render(m.tr.T("common.help"))
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 2 {
		return widget.Truncate(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// choiceLine shows the document, the language and, for a document that is
// for someone, whom, each with the key that changes it.
func (m *Model) choiceLine(w int) string {
	km := m.activeKeys()
	part := func(k, label, value string) string {
		return m.st.HelpKey.Render(k) + " " + m.st.Muted.Render(label+":") + " " + m.st.Highlight.Render(value)
	}
	parts := []string{
		part(km.Variant.Help().Key, m.tr.T("preview.variant"), m.variantLabel()),
		part(km.Lang.Help().Key, m.tr.T("preview.lang"), m.langLabel()),
	}
	if r, ok := m.recipient(); ok {
		value := r.label
		if len(m.whom) > 1 {
			value += " (" + strconv.Itoa(m.who+1) + "/" + strconv.Itoa(len(m.whom)) + ")"
		}
		parts = append(parts, part(km.Whom.Help().Key, m.tr.T("preview.for"), value))
	}
	return widget.Truncate(strings.Join(parts, "   "), w)
}

func (m *Model) langLabel() string {
	if m.lang == i18n.EN {
		return m.tr.T("common.lang.en")
	}
	return m.tr.T("common.lang.de")
}

func (m *Model) variantLabel() string {
	switch m.variant {
	case export.VariantPseudonymised:
		return m.tr.T("preview.variant.pseudonymised")
	case export.VariantTasks:
		return m.tr.T("preview.variant.tasks")
	case export.VariantNotice:
		return m.tr.T("preview.variant.notice")
	case export.VariantFamily:
		return m.tr.T("preview.variant.family")
	case export.VariantChild:
		return m.tr.T("preview.variant.child")
	case export.VariantFeedback:
		return m.tr.T("preview.variant.feedback")
	}
	return m.tr.T("preview.variant.full")
}

// body is the rendered minutes, or what stands in for them, in exactly h
// lines.
func (m *Model) body(w, h int) []string {
	var lines []string
	switch {
	case m.loadErr != "":
		lines = widget.Wrap(m.st.Error.Render("⚠ "+m.loadErr), w)
	case m.conf == nil:
		lines = []string{m.st.Muted.Render(m.tr.T("common.loading"))}
	case m.confirm != nil:
		lines = strings.Split(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.confirm.View(w)), "\n")
	case m.rendering || !m.shown:
		lines = []string{m.st.Muted.Render(m.tr.T("preview.rendering"))}
	default:
		lines = m.visibleLines()
	}
	return widget.FitLines(lines, w, h)
}

// visibleLines are the lines of the minutes scrolled into view. The
// viewport keeps the scroll position; its own View would pad every line to
// the full width with spaces.
func (m *Model) visibleLines() []string {
	top := min(max(0, m.view.YOffset()), len(m.lines))
	end := min(top+m.view.Height(), len(m.lines))
	return append([]string(nil), m.lines[top:end]...)
}

// folderLine shows where the file goes, or the field to change it.
func (m *Model) folderLine(w int) string {
	km := m.activeKeys()
	label := m.st.Muted.Render(m.tr.T("preview.folder") + ": ")
	if m.editing {
		return label + m.folder.View(max(1, w-ansi.StringWidth(label)))
	}
	key := m.st.HelpKey.Render(km.Folder.Help().Key) + " "
	dir := m.dir
	if dir == "" {
		dir = "…"
	}
	target := sanitize.Line(dir)
	if m.conf != nil {
		target += "  → " + m.fileName()
	}
	room := w - ansi.StringWidth(key) - ansi.StringWidth(label)
	return widget.Truncate(key+label+m.st.App.Render(keepEnd(target, room)), w)
}

// keepEnd shortens s from the left, so a long folder still shows the file
// name and the folders nearest to it.
func keepEnd(s string, width int) string {
	if width <= 0 {
		return ""
	}
	over := ansi.StringWidth(s) - width
	if over <= 0 {
		return s
	}
	return ansi.TruncateLeft(s, over+1, "…")
}

// statusLine says what happened last (the written file, a failure), or
// that a file is being written; on the right, how far down the minutes are
// scrolled. A message too long for the line loses its beginning, not its
// end: the end of a path is what tells files apart.
func (m *Model) statusLine(w int) string {
	right := ""
	if m.shown && m.view.TotalLineCount() > m.view.Height() {
		right = m.st.Muted.Render(strconv.Itoa(int(m.view.ScrollPercent()*100)) + " %")
	}
	room := w
	if right != "" {
		room -= ansi.StringWidth(right) + 2
	}
	var left string
	switch {
	case m.writing:
		left = m.st.Muted.Render(keepEnd(m.tr.T("preview.writing"), room))
	case m.notice.key != "" && m.notice.bad:
		left = m.st.Error.Render("⚠ " + m.notice.text(m.tr, room-2))
	case m.notice.key != "":
		left = m.st.Success.Render("✓ " + m.notice.text(m.tr, room-2))
	}
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if right == "" || gap < 2 {
		return widget.Truncate(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// footer names the keys that apply now, whole entries only, and always ends
// with "? more".
func (m *Model) footer(w int) string {
	return widget.KeyFooter(m.tr, m.st, m.KeyMap().ShortHelp(), m.Typing(), w)
}
