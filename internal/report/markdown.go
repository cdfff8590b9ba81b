package report

import (
	"strings"

	"kofa/internal/export"
)

// Markdown writes the report as Markdown (GFM tables, pandoc-convertible):
// a header with the period and what it is based on, then one section per
// seam. Every label passes through export's escaping, catalogue labels
// included (a user catalogue may hold markup characters); the report holds
// no other text.
func Markdown(r *Report, w *Words) []byte {
	m := &mdWriter{w: w}
	m.header(r)
	m.actions(r)
	m.childView(r)
	m.dissent(r)
	m.feedback(r)
	m.handovers(r)
	m.check(r)
	return []byte(strings.TrimRight(m.b.String(), "\n") + "\n")
}

type mdWriter struct {
	b strings.Builder
	w *Words
}

func (m *mdWriter) tr(key string, args ...any) string { return export.Inline(m.w.T.T(key, args...)) }

func (m *mdWriter) heading(level int, key string) {
	m.b.WriteString(strings.Repeat("#", level) + " " + m.tr(key) + "\n\n")
}

func (m *mdWriter) field(key, value string) {
	m.b.WriteString("- **" + m.tr(key) + ":** " + export.Inline(value) + "\n")
}

func (m *mdWriter) para(text string) { m.b.WriteString(export.Inline(text) + "\n\n") }

// table writes a GFM table; every cell is escaped here. The first column
// is left-aligned, the numbers right-aligned. total, when given, is a last
// row whose label is bold: the sum of the rows above.
func (m *mdWriter) table(header []string, rows [][]string, total []string) {
	cells := func(row []string, bold bool) {
		m.b.WriteString("|")
		for i, c := range row {
			if bold && i == 0 {
				m.b.WriteString(" **" + export.Cell(c) + "** |")
				continue
			}
			m.b.WriteString(" " + export.Cell(c) + " |")
		}
		m.b.WriteString("\n")
	}
	cells(header, false)
	m.b.WriteString("|")
	for i := range header {
		if i == 0 {
			m.b.WriteString(" --- |")
		} else {
			m.b.WriteString(" ---: |")
		}
	}
	m.b.WriteString("\n")
	for _, r := range rows {
		cells(r, false)
	}
	if total != nil {
		cells(total, true)
	}
	m.b.WriteString("\n")
}

func (m *mdWriter) headers(keys ...string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = m.w.T.T(k)
	}
	return out
}

func (m *mdWriter) header(r *Report) {
	w := m.w
	m.heading(1, "report.title")
	m.field("report.field.period", w.Period(r.Period))
	m.field("report.field.as_of", w.Date(r.Today))
	m.field("report.field.basis", w.T.T("report.basis", r.Conferences, r.Handovers.Held))
	if r.Sources > 0 {
		m.field("report.field.sources", w.T.N("report.sources", r.Sources, r.Sources))
	}
	if r.Folded > 0 {
		m.field("report.field.folded", w.T.N("report.folded", r.Folded, r.Folded))
	}
	m.b.WriteString("\n")
	m.para(w.T.T("report.anonymous"))
}

func (m *mdWriter) actions(r *Report) {
	w := m.w
	m.heading(2, "report.section.actions")
	if r.Actions.Agreed == 0 {
		m.para(w.T.T("report.actions.none"))
		return
	}
	m.para(w.T.T("report.actions.intro"))
	row := func(x ActionRow) []string {
		return []string{
			w.Institution(x.Institution), Count(x.Agreed), Count(x.Due()),
			Count(x.OnTime), w.Percent(x.OnTime, x.Due()),
			Count(x.Late), w.Days(x.LateDays, x.Late),
			Count(x.Overdue), w.Days(x.OverdueDays, x.Overdue),
			Count(x.NotDone), Count(x.Pending), Count(x.Dropped),
		}
	}
	var rows [][]string
	for _, x := range r.ByInstitution {
		rows = append(rows, row(x))
	}
	m.table(m.headers("report.col.institution", "report.col.agreed", "report.col.due", "report.col.on_time",
		"report.col.on_time_share", "report.col.late", "report.col.late_days", "report.col.overdue",
		"report.col.overdue_days", "report.col.not_done", "report.col.pending", "report.col.dropped"), rows, row(r.Actions))
}

func (m *mdWriter) childView(r *Report) {
	w := m.w
	m.heading(2, "report.section.child_view")
	if r.Conferences == 0 {
		m.para(w.T.T("report.conferences.none"))
		return
	}
	m.para(w.T.T("report.child_view", r.WithoutChildView, r.Conferences, w.Percent(r.WithoutChildView, r.Conferences)))
}

func (m *mdWriter) dissent(r *Report) {
	w := m.w
	m.heading(2, "report.section.dissent")
	if r.Conferences == 0 {
		m.para(w.T.T("report.conferences.none"))
		return
	}
	m.para(w.T.T("report.dissent", r.WithDissent, r.Conferences,
		w.Percent(r.WithDissent, r.Conferences), r.DissentEntries))
}

func (m *mdWriter) feedback(r *Report) {
	w := m.w
	m.heading(2, "report.section.feedback")
	if r.FeedbackOwed == 0 {
		m.para(w.T.T("report.feedback.none"))
		return
	}
	m.para(w.T.T("report.feedback", r.FeedbackOwed, r.FeedbackOpen, r.FeedbackOverdue,
		w.Percent(r.FeedbackOverdue, r.FeedbackOwed)))
}

func (m *mdWriter) handovers(r *Report) {
	w := m.w
	m.heading(2, "report.section.handovers")
	if r.Handovers.Held == 0 {
		m.para(w.T.T("report.handovers.none"))
		return
	}
	row := func(x HandoverRow) []string {
		oldest := "–"
		if x.Pending > 0 {
			oldest = Count(x.OldestPendingDays)
		}
		longest := "–"
		if x.Received > 0 {
			longest = Count(x.LongestReceipt)
		}
		return []string{w.Route(x.Route), Count(x.Held), Count(x.Received), w.Days(x.ReceiptDays, x.Received),
			longest, Count(x.Pending), oldest}
	}
	var rows [][]string
	for _, x := range r.ByRoute {
		rows = append(rows, row(x))
	}
	m.table(m.headers("report.col.route", "report.col.handovers", "report.col.received", "report.col.receipt_days",
		"report.col.receipt_longest", "report.col.receipt_pending", "report.col.pending_oldest"), rows, row(r.Handovers))
}

func (m *mdWriter) check(r *Report) {
	w := m.w
	m.heading(2, "report.section.check")
	if r.CheckAnswered == 0 {
		m.para(w.T.T("report.check.none", r.Conferences, r.CheckSkipped))
		return
	}
	m.para(w.T.T("report.check.intro", r.CheckAnswered, r.Conferences, r.CheckSkipped))
	var rows [][]string
	for _, x := range r.Check {
		rows = append(rows, []string{w.Seam(x.Seam), Count(x.Yes), w.Percent(x.Yes, x.Answered), Count(x.Partly),
			Count(x.No), w.Percent(x.No, x.Answered), Count(x.Answered)})
	}
	m.table(m.headers("report.col.seam", "report.col.yes", "report.col.yes_share", "report.col.partly",
		"report.col.no", "report.col.no_share", "report.col.answered"), rows, nil)
}
