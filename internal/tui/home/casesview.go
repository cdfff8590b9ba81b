package home

import (
	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// titleCell is a conference's title as its row shows it: while grouped,
// the newest conference of a case carries how many the case has, and the
// older ones hang below it on a tree line.
func (m *Model) titleCell(s conference.Summary, mk mark) string {
	title := s.Title()
	if title == "" {
		title = m.tr.T("tui.ws.untitled")
	}
	switch {
	case mk.head:
		return m.tr.T("tuihome.group.head", title, mk.size)
	case mk.tree != "":
		return mk.tree + title
	}
	return title
}

// alerts are the right side of the filter line, the most urgent first:
// overdue actions across all conferences (the tracker, a), review dates
// passed, conferences past the retention period (r), and whether the list
// is grouped by case.
func (m *Model) alerts() []string {
	var parts []string
	if n := m.lateActions; n > 0 {
		text := m.tr.N("tuihome.late_actions", n, n)
		parts = append(parts, m.st.Warning.Render("⚠ "+text))
	}
	if n := m.overdueReviews(); n > 0 {
		text := m.tr.N("tui.home.reviews_overdue", n, n)
		parts = append(parts, m.st.Warning.Render("⚑ "+text))
	}
	if n := len(m.past()); n > 0 && !m.pastOnly {
		parts = append(parts, m.st.Muted.Render("⌛ "+m.tr.T("tuihome.retention.count", n)))
	}
	if m.grouped {
		parts = append(parts, m.st.Info.Render("⊞ "+m.tr.T("tuihome.group.on")))
	}
	return parts
}

// overdueSince says how long the earliest open action has been overdue,
// and how many are open.
func (m *Model) overdueSince(due, today conference.Date, open int) string {
	days := due.DaysUntil(today)
	return m.tr.N("tuihome.overdue_since", days, days, open)
}

// pastHeading heads the list of conferences past the retention period: the
// period, and what to do (export, then delete).
func (m *Model) pastHeading(w int) []string {
	text := m.tr.N("tuihome.retention.heading", m.retention, m.retention)
	return []string{widget.Truncate(m.st.Title.Render("⌛ "+text), w), ""}
}
