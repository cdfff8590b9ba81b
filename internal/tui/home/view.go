package home

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// reviewSoon is how many days ahead a review date is flagged.
const reviewSoon = 7

// View renders the home screen into its layout.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall {
		return ""
	}
	w := l.Width
	return widget.ListScreen(m.st, w, l.Height, l.Mode == layout.Full, m.header(w), m.filterLine(w), m.body, m.footer(w))
}

// listTop is the screen line of the first list row.
func (m *Model) listTop() int { return widget.ListTop(m.layout.Mode == layout.Full) }

func (m *Model) header(w int) string {
	left := m.st.Title.Render(m.tr.T("common.app.name")) + "  " + m.st.App.Render(m.tr.T("tui.home.title"))
	if m.demo {
		left += "  " + m.st.Badge.Render(m.tr.T("tui.demo"))
	}
	right := m.st.HelpKey.Render("?") + " " + m.st.HelpDesc.Render(m.tr.T("common.help")) + "   " +
		m.st.HelpKey.Render("q") + " " + m.st.HelpDesc.Render(m.tr.T("common.quit"))
	return widget.Spread(left, right, w)
}

func (m *Model) filterLine(w int) string {
	label := m.st.Muted.Render(m.tr.T("tui.home.filter") + ": ")
	var left string
	switch {
	case m.search != nil:
		left = m.st.Title.Render(m.search.field.Label()+": ") + m.search.field.View(max(1, w/2))
		left, _, _ = strings.Cut(left, "\n")
	case m.filtering:
		left = label + m.filter.View(max(1, w/2))
	case m.filter.Text() != "":
		left = label + m.st.Highlight.Render(m.filter.Text())
	default:
		left = m.st.Subtle.Render(m.tr.T("tui.home.filter_hint"))
	}
	// As many alerts as fit, the most urgent first.
	alerts := m.alerts()
	for n := len(alerts); n > 0; n-- {
		right := strings.Join(alerts[:n], m.st.Subtle.Render(" · "))
		if gap := w - ansi.StringWidth(left) - ansi.StringWidth(right); gap >= 2 {
			return left + strings.Repeat(" ", gap) + right
		}
	}
	return widget.Truncate(left, w)
}

func (m *Model) body(w, h int) []string {
	var lines []string
	status := widget.StatusLines(m.st, m.err, "")
	switch {
	case m.creating != nil:
		box := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.newView(w))
		lines = strings.Split(box, "\n")
	case m.confirm != nil:
		box := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.confirm.View(w))
		lines = strings.Split(box, "\n")
	case m.search != nil:
		lines = m.searchBody(w, h-len(status))
	case m.pastOnly && len(m.shown) > 0:
		lines = append(m.pastHeading(w), strings.Split(m.list.View(w, max(1, h-2-len(status)), m.row), "\n")...)
	case !m.loaded:
		lines = []string{m.st.Muted.Render(m.tr.T("common.loading"))}
	case len(m.all) == 0:
		lines = m.emptyState(w)
	case len(m.shown) == 0:
		lines = []string{m.st.Muted.Render(m.tr.T("tui.home.no_match"))}
	default:
		lines = strings.Split(m.list.View(w, max(1, h-len(status)), m.row), "\n")
	}
	return widget.FitLines(append(lines, status...), w, h)
}

// emptyState explains how to start.
func (m *Model) emptyState(w int) []string {
	var lines []string
	lines = append(lines, "", "  "+m.st.Title.Render(m.tr.T("tui.home.empty.title")), "")
	for _, key := range []string{"tui.home.empty.new_case", "tui.home.empty.new_network", "tui.home.empty.demo"} {
		for _, l := range widget.Wrap(m.tr.T(key), max(1, w-4)) {
			lines = append(lines, "  "+m.st.App.Render(l))
		}
	}
	return lines
}

// row renders conference i of the filtered list.
func (m *Model) row(i int, selected bool, w int) string {
	s := m.all[m.shown[i]]
	return m.summaryRow(s, m.titleCell(s, m.markOf(i)), "", selected, w)
}

// summaryRow renders a conference: date, title (as given: grouping marks
// it), kind, status, then lead and the open actions and markers.
func (m *Model) summaryRow(s conference.Summary, title, lead string, selected bool, w int) string {
	lang := string(m.tr.Lang())
	status := m.statusLabel(s.Status)
	if s.Status == conference.StatusRunning {
		status += " · " + m.tr.T("tui.home.phase", s.Kind.PhaseNumber(s.Phase), s.Kind.PhaseNumber(conference.PhaseClosing))
	}
	cols := []string{
		widget.Pad(conference.FormatDate(s.Date, lang), 10),
		widget.Pad(title, max(10, min(28, w/4))),
		widget.Pad(m.rowKind(s), 16),
		widget.Pad(status, 18),
	}
	if w < 100 {
		// Narrow: the kind goes (a case code or a topic says it) so that
		// the open actions and markers keep some room.
		cols = append(cols[:2], cols[3])
	}
	text := strings.Join(cols, "  ")
	extra := m.extras(s)
	if lead != "" {
		extra = strings.TrimSpace(lead + "  " + extra)
	}
	cursor := "  "
	if selected {
		cursor = "▸ "
		text = m.st.Selected.Render(text)
	}
	return widget.Truncate(cursor+text+"  "+extra, w)
}

// extras are the open actions and the review marker of a row.
func (m *Model) extras(s conference.Summary) string {
	today := conference.DateOf(m.clock.Now())
	var parts []string
	if s.OpenActions > 0 {
		text := m.tr.N("tui.home.open_actions", s.OpenActions, s.OpenActions)
		if conference.Overdue(s.NextDue, today) {
			parts = append(parts, m.st.Warning.Render("⚠ "+m.overdueSince(s.NextDue, today, s.OpenActions)))
		} else {
			parts = append(parts, m.st.Muted.Render(text))
		}
	}
	if !s.NextReview.IsZero() {
		date := conference.FormatDate(s.NextReview, string(m.tr.Lang()))
		switch days := today.DaysUntil(s.NextReview); {
		case days < 0:
			parts = append(parts, m.st.Error.Render("⚠ "+m.tr.T("tui.home.review_past", date)))
		case days <= reviewSoon:
			parts = append(parts, m.st.Warning.Render("⚑ "+m.tr.T("tui.home.review_soon", date)))
		}
	}
	if m.isPast(s) {
		parts = append(parts, m.st.Muted.Render("⌛ "+m.tr.T("tuihome.retention.marker")))
	}
	return strings.Join(parts, "  ")
}

// overdueReviews counts conferences whose review date has passed.
func (m *Model) overdueReviews() int {
	today := conference.DateOf(m.clock.Now())
	n := 0
	for _, s := range m.all {
		if conference.Overdue(s.NextReview, today) {
			n++
		}
	}
	return n
}

// footer names the keys that apply now, whole entries only, and always
// ends with "? more".
func (m *Model) footer(w int) string {
	return widget.KeyFooter(m.tr, m.st, m.KeyMap().ShortHelp(), m.Typing(), w)
}

// rowKind is the type of a row: a follow-up says it is one.
func (m *Model) rowKind(s conference.Summary) string {
	if s.FollowUp {
		return m.tr.T("homefollowup.kind")
	}
	return m.kindLabel(s.Kind)
}

// kindLabel names a kind; one kofa does not know reads as a case.
func (m *Model) kindLabel(k conference.Kind) string {
	if key := k.MessageKey(); key != "" {
		return m.tr.T(key)
	}
	return m.tr.T(conference.KindCase.MessageKey())
}

// statusLabel names a status; one kofa does not know reads as in
// preparation.
func (m *Model) statusLabel(s conference.Status) string {
	if key := s.MessageKey(); key != "" {
		return m.tr.T(key)
	}
	return m.tr.T(conference.StatusPreparing.MessageKey())
}
