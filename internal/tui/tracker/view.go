package tracker

import (
	"strings"

	"charm.land/lipgloss/v2"

	"kofa/internal/conference"
	"kofa/internal/history"
	"kofa/internal/store"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// View renders the tracker into its layout: header, filters, the actions
// with a column header, the selected action in full (or the form), footer.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	return widget.ListScreen(m.st, l.Width, l.Height, l.Mode == layout.Full, m.header(l.Width), m.filterLine(l.Width), m.body, m.footer(l.Width))
}

// listTop is the screen line of the first action row (below the column
// header).
func (m *Model) listTop() int { return widget.ListTop(m.layout.Mode == layout.Full) + 1 }

func (m *Model) header(w int) string {
	return widget.ScreenHeader(m.st, m.tr.T("common.app.name"), m.tr.T("tuitracker.title"), m.keys.Back, w)
}

// filterLine shows the three filters, each with its key, and the counts.
func (m *Model) filterLine(w int) string {
	box := "[ ]"
	if m.overdue {
		box = "[x]"
	}
	overdue := m.st.HelpKey.Render("o") + " " + box + " " + m.tr.T("tuitracker.filter.overdue")
	if m.overdue {
		overdue = m.st.HelpKey.Render("o") + " " + m.st.Highlight.Render(box+" "+m.tr.T("tuitracker.filter.overdue"))
	}
	fieldW := max(8, min(20, w/6))
	parts := []string{
		overdue,
		m.filterField("w", m.owner, m.zone == zoneOwner, fieldW),
		m.filterField("i", m.inst, m.zone == zoneInst, fieldW),
	}
	left := strings.Join(parts, "   ")
	return widget.Spread(left, m.counts(), w)
}

func (m *Model) filterField(k string, f *widget.Field, focused bool, width int) string {
	label := m.st.HelpKey.Render(k) + " " + m.st.Muted.Render(f.Label()+":") + " "
	switch {
	case focused:
		first, _, _ := strings.Cut(f.View(width), "\n")
		return label + first
	case f.Text() != "":
		return label + m.st.Highlight.Render(widget.Truncate(f.Text(), width))
	}
	return label + m.st.Subtle.Render("–")
}

// counts says how many open actions are shown and how many are overdue.
func (m *Model) counts() string {
	if !m.loaded {
		return ""
	}
	today := m.today()
	late := 0
	for _, a := range m.rows {
		if a.DaysOverdue(today) > 0 {
			late++
		}
	}
	open := 0
	for _, a := range m.rows {
		if a.Open {
			open++
		}
	}
	text := m.st.Muted.Render(m.tr.T("tuitracker.count.open", open))
	if m.all {
		text = m.st.Highlight.Render(m.tr.T("trackerscreen.all_shown")) + m.st.Muted.Render(" · ") + text
	}
	if m.grouped {
		text = m.st.Highlight.Render(m.tr.T("trackerscreen.grouped")) + m.st.Muted.Render(" · ") + text
	}
	if late > 0 {
		text += m.st.Muted.Render(" · ") + m.st.Warning.Render("⚠ "+m.tr.T("tuitracker.count.overdue", late))
	}
	return text
}

// body is the column header and the list, then the selected action or the
// form, exactly h lines.
func (m *Model) body(w, h int) []string {
	if h <= 0 {
		return nil
	}
	var lines []string
	status := widget.StatusLines(m.st, m.err, m.notice)
	switch {
	case m.ask != nil:
		box := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.ask.View(w))
		return widget.FitLines(strings.Split(box, "\n"), w, h)
	case !m.loaded:
		lines = []string{m.st.Muted.Render(m.tr.T("common.loading"))}
	case len(m.rows) == 0 && m.filtered():
		lines = append(m.aboveLines(w), m.st.Muted.Render(m.tr.T("tuitracker.no_match")))
	case len(m.rows) == 0:
		lines = append(m.aboveLines(w), "", "  "+m.st.Success.Render("✓ "+m.tr.T("tuitracker.empty")))
	default:
		bottom := m.bottom(w)
		lines = m.aboveLines(w)
		if h-len(lines)-1-len(bottom) < 3 {
			lines = nil // the actions first when the screen is small
		}
		listH := h - len(lines) - 1 - len(bottom) - len(status)
		if listH < 1 {
			bottom = nil
			listH = max(1, h-1)
		}
		c := columnsFor(w)
		lines = append(lines, m.st.Muted.Render(widget.Truncate(m.columnHeader(c), w)))
		lines = append(lines, strings.Split(m.list.View(w, listH, func(i int, sel bool, w int) string {
			return m.row(c, i, sel, w)
		}), "\n")...)
		for len(lines) < h-len(bottom)-len(status) {
			lines = append(lines, "")
		}
		lines = append(lines, bottom...)
	}
	return widget.FitLines(append(lines, status...), w, h)
}

// bottom is the selected action in full, or the form marking it done.
func (m *Model) bottom(w int) []string {
	if m.zone == zoneForm {
		title := m.st.Title.Render(m.tr.T("tuitracker.form.title", m.marking.What))
		return append([]string{"", widget.Truncate(title, w)}, strings.Split(m.done.form.View(w, 4), "\n")...)
	}
	a, ok := m.Selected()
	if !ok {
		return nil
	}
	lang := string(m.tr.Lang())
	owner := m.owned(a)
	due := m.tr.T("tuitracker.no_due")
	if !a.Due.IsZero() {
		due = m.tr.T("tuitracker.due_on", conference.FormatDate(a.Due, lang))
	}
	from := m.tr.T("tuitracker.from", m.title(a), conference.FormatDate(a.ConfDate, lang))
	lines := []string{"", widget.Truncate(m.st.Title.Render(a.What), w)}
	// Whether the owner said yes, in the words of the minutes.
	agreed := m.tr.T(a.Agreement.MessageKey())
	facts := widget.Wrap(owner+" · "+due+" · "+agreed+" · "+from, w)
	for _, l := range facts[:min(2, len(facts))] {
		lines = append(lines, m.st.Muted.Render(l))
	}
	// The history in full: every entry, oldest first, the newest last.
	h := a.History
	if len(h) > 4 {
		lines = append(lines, m.st.Muted.Render(widget.Truncate("  "+m.tr.N("trackerscreen.history.more", len(h)-4, len(h)-4), w)))
		h = h[len(h)-4:]
	}
	for _, e := range h {
		lines = append(lines, m.st.App.Render(widget.Truncate("└ "+history.Line(m.tr, e), w)))
	}
	return lines
}

// owned is "Name (Institution)", or whichever of the two is known.
func (m *Model) owned(a store.TrackedAction) string {
	if who := conference.WithInstitution(a.Owner, a.Institution); who != "" {
		return who
	}
	return m.tr.T("tuitracker.no_owner")
}

func (m *Model) title(a store.TrackedAction) string {
	if a.Title != "" {
		return a.Title
	}
	return m.tr.T("tui.ws.untitled")
}

// cols are the column widths of a row; 0 hides a column. The conference
// goes first when space runs out, then the owner.
type cols struct{ state, due, what, who, conf int }

func columnsFor(w int) cols {
	c := cols{state: 26, due: 10}
	rest := w - 2 - c.state - c.due - 4 // the marker and the gaps so far
	switch {
	case rest >= 70:
		c.conf = min(20, rest/6)
		c.who = min(36, (rest-c.conf-4)*2/5)
		c.what = rest - c.conf - c.who - 4
	case rest >= 44:
		c.conf = min(14, rest/4)
		c.who = min(20, (rest-c.conf-2)*2/5)
		c.what = rest - c.conf - c.who - 4
	case rest >= 30:
		c.who = min(24, rest*2/5)
		c.what = rest - c.who - 2
	default:
		c.state = max(8, min(c.state, w/3))
		c.due = 0
		c.what = max(1, w-2-c.state-2)
	}
	return c
}

func (m *Model) columnHeader(c cols) string {
	cells := []string{"  " + widget.Pad(m.tr.T("tuitracker.col.state"), c.state)}
	if c.due > 0 {
		cells = append(cells, widget.Pad(m.tr.T("tuitracker.col.due"), c.due))
	}
	cells = append(cells, widget.Pad(m.tr.T("tuitracker.col.what"), c.what))
	if c.who > 0 {
		cells = append(cells, widget.Pad(m.tr.T("tuitracker.col.who"), c.who))
	}
	if c.conf > 0 {
		cells = append(cells, widget.Pad(m.tr.T("tuitracker.col.conference"), c.conf))
	}
	return strings.Join(cells, "  ")
}

// row renders action i: its state in words with a symbol, the due date,
// what, who and the conference.
func (m *Model) row(c cols, i int, selected bool, w int) string {
	a := m.rows[i]
	lang := string(m.tr.Lang())
	state := m.state(a, c.state)
	var cells []string
	if c.due > 0 {
		due := "–"
		if !a.Due.IsZero() {
			due = conference.FormatDate(a.Due, lang)
		}
		cells = append(cells, widget.Pad(due, c.due))
	}
	cells = append(cells, widget.Pad(a.What, c.what))
	if c.who > 0 {
		cells = append(cells, widget.Pad(m.owned(a), c.who))
	}
	if c.conf > 0 {
		title := m.title(a)
		if m.grouped && !m.firstOfCase(i) {
			title = "└ " + title
		}
		cells = append(cells, widget.Pad(title, c.conf))
	}
	text := strings.Join(cells, "  ")
	mark := "  "
	if selected {
		mark = "▸ "
		text = m.st.Selected.Render(text)
	}
	return widget.Truncate(mark+state+"  "+text, w)
}

// state says in words (with a symbol, never by colour alone) how the action
// stands against its due date.
func (m *Model) state(a store.TrackedAction, width int) string {
	today := m.today()
	var text string
	style := m.st.Muted
	if !a.Open { // settled (shown with a): what became of it
		text = "✓ " + history.Status(m.tr, a.Status())
		if e := a.History; len(e) > 0 && e[len(e)-1].CarriedTo != 0 {
			text = "→ " + m.tr.T("trackerscreen.carried")
		}
		return style.Render(widget.Pad(text, width))
	}
	switch days := today.DaysUntil(a.Due); {
	case a.Due.IsZero():
		text = "· " + m.tr.T("tuitracker.state.no_due")
	case days < 0:
		style = m.st.Warning
		text = "⚠ " + m.tr.N("tuitracker.state.overdue", -days, -days)
	case days == 0:
		style = m.st.Info
		text = "◷ " + m.tr.T("tuitracker.state.today")
	case days == 1:
		text = "· " + m.tr.T("tuitracker.state.tomorrow")
	default:
		text = "· " + m.tr.N("tuitracker.state.in_days", days, days)
	}
	if a.Status() == conference.FollowUpPartly {
		text += " · ◐ " + history.Status(m.tr, conference.FollowUpPartly)
	}
	return style.Render(widget.Pad(text, width))
}

// footer names the keys that apply now, whole entries only.
func (m *Model) footer(w int) string {
	return widget.KeyFooter(m.tr, m.st, m.activeKeys().ShortHelp(), m.Typing(), w)
}
