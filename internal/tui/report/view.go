package report

import (
	"strings"

	rep "kofa/internal/report"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/widget"
)

// View renders the screen: the header, the period and what the report is
// based on, the report (scrolled) and the footer.
func (m *Model) View() string {
	l := m.layout
	if l.Mode == layout.TooSmall || l.Width <= 0 || l.Height <= 0 {
		return ""
	}
	w := l.Width
	return widget.ListScreen(m.st, w, l.Height, l.Mode == layout.Full, m.header(w), m.summary(w), m.body,
		widget.KeyFooter(m.tr, m.st, m.KeyMap().ShortHelp(), m.Typing(), w))
}

func (m *Model) header(w int) string {
	left := m.st.Title.Render(m.tr.T("common.app.name")) + "  " + m.st.App.Render(m.tr.T("tuireport.title"))
	b := m.keys.Back.Help()
	return widget.Spread(left, m.st.HelpKey.Render(b.Key)+" "+m.st.HelpDesc.Render(b.Desc), w)
}

// summary names the period chosen and what the figures are based on.
func (m *Model) summary(w int) string {
	switch {
	case m.err != "":
		return m.st.Error.Render("⚠ " + m.err)
	case m.report == nil:
		return m.st.Muted.Render(m.tr.T("tuireport.loading"))
	}
	r := m.report
	period := m.tr.T([]string{"tuireport.period.year", "tuireport.period.three_years", "tuireport.period.all"}[m.period])
	if !r.Period.From.IsZero() {
		period += " (" + m.words.Period(r.Period) + ")"
	}
	return widget.Truncate(m.st.App.Render(period), w)
}

// bodyHeight is how many lines of the report show at once: as many as
// the last view had room for, or an estimate before the first.
func (m *Model) bodyHeight() int {
	if m.shownH > 0 {
		return m.shownH
	}
	h := m.layout.Height - 3 // header, summary, footer (widget.ListScreen)
	if m.layout.Mode == layout.Full {
		h -= 3 // and three rules
	}
	return max(1, h)
}

// body is the part of the report from the scroll position: h lines.
func (m *Model) body(w, h int) []string {
	m.shownH = h
	lines := m.lines(w)
	top := max(0, min(m.top, len(lines)-h))
	lines = lines[min(top, len(lines)):]
	out := make([]string, 0, h)
	out = append(out, lines[:min(h, len(lines))]...)
	for len(out) < h {
		out = append(out, "")
	}
	return widget.FitLines(out, w, h)
}

// lines is the whole report at width w.
func (m *Model) lines(w int) []string {
	if m.report == nil || w <= 0 {
		return nil
	}
	r := m.report
	c := &chart{m: m, w: w}
	c.wrap(m.st.App.Render, m.tr.T("report.field.basis")+": "+m.tr.T("report.basis", r.Conferences, r.Handovers.Held))
	c.wrap(m.st.Muted.Render, m.tr.T("tuireport.anonymous"))
	c.actions(r)
	c.share("report.section.child_view", "tuireport.child_view", "report.conferences.none", r.WithoutChildView, r.Conferences)
	c.share("report.section.dissent", "tuireport.dissent", "report.conferences.none", r.WithDissent, r.Conferences)
	c.share("report.section.feedback", "tuireport.feedback_overdue", "report.feedback.none", r.FeedbackOverdue, r.FeedbackOwed)
	c.handovers(r)
	c.check(r)
	c.blank()
	c.wrap(m.st.Muted.Render, m.tr.T("tuireport.markdown"))
	return c.out
}

// chart collects the lines of the report.
type chart struct {
	m   *Model
	w   int
	out []string
}

func (c *chart) blank() { c.out = append(c.out, "") }

func (c *chart) wrap(style func(...string) string, text string) {
	for _, l := range widget.Wrap(text, c.w) {
		c.out = append(c.out, style(l))
	}
}

func (c *chart) heading(key string) {
	c.blank()
	c.out = append(c.out, c.m.st.Title.Render(widget.Truncate(c.m.tr.T(key), c.w)))
}

// barRow is one labelled bar with its figures.
type barRow struct {
	label   string
	draw    func(width int) string
	figures string
}

// rows draws bars of one section, all of the same width so they compare:
// each on one line with its label when the screen is wide, else the label
// on a line of its own and the bar with the figures under it.
func (c *chart) rows(rows ...barRow) {
	st := c.m.st
	fw := 0
	for _, r := range rows {
		fw = max(fw, widget.Width(r.figures))
	}
	labelW := min(30, c.w/4)
	if c.w >= wide {
		bw := max(8, min(40, c.w-labelW-fw-2))
		for _, r := range rows {
			c.out = append(c.out, widget.Truncate(padRight(widget.Truncate(r.label, labelW), labelW)+" "+r.draw(bw)+" "+st.App.Render(r.figures), c.w))
		}
		return
	}
	bw := min(40, c.w-fw-3)
	for _, r := range rows {
		c.out = append(c.out, widget.Truncate(r.label, c.w))
		if bw < 8 { // too narrow for both: the bar, then the figures
			c.out = append(c.out, "  "+r.draw(max(1, c.w-2)))
			c.wrap(st.App.Render, "  "+r.figures)
			continue
		}
		c.out = append(c.out, "  "+r.draw(bw)+" "+st.App.Render(r.figures))
	}
}

// wide is the width from which a bar shares its line with its label.
const wide = 100

func padRight(s string, w int) string {
	if n := widget.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func (c *chart) legend(key string) { c.wrap(c.m.st.Muted.Render, c.m.tr.T(key)) }

// actions: per institution and in total, the agreed actions as a bar of
// done on time, done late, overdue and not done (the rest not due yet,
// dropped or handed over).
func (c *chart) actions(r *rep.Report) {
	m, st, w := c.m, c.m.st, c.m.words
	c.heading("report.section.actions")
	if r.Actions.Agreed == 0 {
		c.wrap(st.Muted.Render, m.tr.T("report.actions.none"))
		return
	}
	c.legend("tuireport.legend.actions")
	var rows []barRow
	for _, x := range append(append([]rep.ActionRow{}, r.ByInstitution...), r.Actions) {
		figures := m.tr.T("tuireport.actions.figures", w.Percent(x.OnTime, x.Due()), x.Overdue)
		if x.Overdue > 0 {
			figures += " · " + m.tr.T("tuireport.actions.median", w.Days(x.OverdueDays, x.Overdue))
		}
		label := w.Institution(x.Institution)
		if x.Institution == rep.Total {
			label = st.Title.Render(label)
		}
		rows = append(rows, barRow{label, func(bw int) string {
			return bar(bw, x.Agreed,
				part{x.OnTime, glyphGood, st.Success},
				part{x.Late, glyphMiddle, st.Info},
				part{x.Overdue, glyphBad, st.Warning},
				part{x.NotDone, glyphWorst, st.Error})
		}, figures})
	}
	c.rows(rows...)
}

// share is one bar of n of total conferences (without the child's view,
// with dissent).
func (c *chart) share(heading, label, none string, n, total int) {
	m, st := c.m, c.m.st
	c.heading(heading)
	if total == 0 {
		c.wrap(st.Muted.Render, m.tr.T(none))
		return
	}
	c.rows(barRow{m.tr.T(label), func(bw int) string { return bar(bw, total, part{n, glyphBad, st.Warning}) },
		m.tr.T("tuireport.of", n, total, m.words.Percent(n, total))})
}

// handovers: per route, the handovers whose receipt was confirmed and
// those still waiting, with the median days to the receipt.
func (c *chart) handovers(r *rep.Report) {
	m, st, w := c.m, c.m.st, c.m.words
	c.heading("report.section.handovers")
	if r.Handovers.Held == 0 {
		c.wrap(st.Muted.Render, m.tr.T("report.handovers.none"))
		return
	}
	c.legend("tuireport.legend.handovers")
	var rows []barRow
	for _, x := range append(append([]rep.HandoverRow{}, r.ByRoute...), r.Handovers) {
		figures := m.tr.T("tuireport.handovers.figures", x.Received, x.Held, w.Days(x.ReceiptDays, x.Received))
		label := w.Route(x.Route)
		if x.Route == rep.Total {
			label = st.Title.Render(label)
		}
		rows = append(rows, barRow{label, func(bw int) string {
			return bar(bw, x.Held, part{x.Received, glyphGood, st.Success}, part{x.Pending, glyphBad, st.Warning})
		}, figures})
	}
	c.rows(rows...)
}

// check: per seam, the answers yes, partly and no.
func (c *chart) check(r *rep.Report) {
	m, st, w := c.m, c.m.st, c.m.words
	c.heading("report.section.check")
	if r.CheckAnswered == 0 {
		c.wrap(st.Muted.Render, m.tr.T("report.check.none", r.Conferences, r.CheckSkipped))
		return
	}
	c.wrap(st.Muted.Render, m.tr.T("report.check.intro", r.CheckAnswered, r.Conferences, r.CheckSkipped))
	c.legend("tuireport.legend.check")
	var rows []barRow
	for _, x := range r.Check {
		rows = append(rows, barRow{m.tr.T(seamLabelKey(x.Seam)), func(bw int) string {
			return bar(bw, x.Answered,
				part{x.Yes, glyphGood, st.Success}, part{x.Partly, glyphMiddle, st.Info}, part{x.No, glyphBad, st.Warning})
		}, m.tr.T("tuireport.check.figures", w.Percent(x.Yes, x.Answered), w.Percent(x.No, x.Answered))})
	}
	c.rows(rows...)
}

// seamLabelKey is the key of a seam's short label, as the closing's check
// names it (the statement is too long beside a bar).
func seamLabelKey(seam string) string { return "closingcheck.seam." + seam }
