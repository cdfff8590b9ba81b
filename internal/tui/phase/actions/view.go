package actions

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/widget"
)

// tableTop is the line of the first action row in View (after the column
// header).
const tableTop = 1

// maxNotice caps the lines of a notice (a refused agreement lists at most
// four problems, plus its first line).
const maxNotice = 6

// cols are the widths of the table's columns; 0 hides a column. Narrow
// areas drop the report-back column first, then owner and due date.
type cols struct{ num, what, who, due, report, ok int }

func layoutCols(width int) cols {
	c := cols{num: 3, due: 10, ok: 8}
	const mark = 2
	switch {
	case width >= 90:
		rest := width - mark - c.num - c.due - c.ok - 5
		c.what = rest * 40 / 100
		c.who = rest * 32 / 100
		c.report = rest - c.what - c.who
	case width >= 54:
		rest := width - mark - c.num - c.due - c.ok - 4
		c.what = rest * 55 / 100
		c.who = rest - c.what
	case width >= 34:
		c.what = width - mark - c.num - c.due - c.ok - 3
	default:
		c.due = 0
		c.what = max(1, width-mark-c.num-c.ok-2)
	}
	return c
}

// View implements phase.Editor: the table of actions, the contingency
// plan (or the warning that it is missing), notices, and the form when
// open.
func (e *Editor) View(width, height int) string {
	e.probs = e.problems.of(e.ctx.Conf)
	if e.planOpen {
		return e.planView(width, height)
	}
	var panel []string // what has the keyboard: it always shows
	if e.list.Typing() {
		panel = e.list.FormLines(width, max(1, min(height-2, 16)))
	}
	extra := e.planLines(width)
	extra = append(extra, e.noticeLines(width)...)
	extra = append(extra, e.list.NoticeLines(width)...)
	if height-len(panel)-len(extra) < 2 {
		extra = nil
	}
	tableH := height - len(panel) - len(extra)
	if tableH < 2 {
		return strings.Join(widget.FitLines(panel, width, min(height, len(panel))), "\n")
	}
	lines := widget.FitLines(e.list.ListLines(width, tableH), width, tableH)
	lines = append(lines, extra...)
	lines = append(lines, panel...)
	return strings.Join(widget.FitLines(lines, width, min(height, len(lines))), "\n")
}

// header is the table's column header.
func (e *Editor) header(width int) string {
	st := e.ctx.Styles
	lc := layoutCols(width)
	return e.memo.header.Get(headerKey{lc, width, st.Version()}, func(k headerKey) string {
		return widget.Truncate(st.Muted.Render(e.headerText(k.cols)), k.width)
	})
}

// row draws action a (number i+1); under the selected one go what the
// columns could not show (in narrower areas) and, in words, what the
// action still lacks.
func (e *Editor) row(i int, a conference.Action, selected bool, width int) string {
	lc := layoutCols(width)
	probs := e.probs[a.ID]
	k := rowKey{
		n: i + 1, action: a, owner: ownerOf(e.ctx, a), gaps: gapsOf(probs),
		selected: selected, cols: lc, width: width, styles: e.ctx.Styles.Version(),
	}
	row := e.memo.rows.Get(i, k, e.drawRow)
	if !selected {
		return row
	}
	if extra := e.selectedExtra(a, width, lc, probs); len(extra) > 0 {
		return row + "\n" + strings.Join(extra, "\n")
	}
	return row
}

// selectedExtra are the lines under the selected row: the whole action
// when columns are cut or hidden, and what is missing.
func (e *Editor) selectedExtra(a conference.Action, width int, lc cols, probs []conference.Problem) []string {
	st := e.ctx.Styles
	indent := strings.Repeat(" ", 2+lc.num+1)
	inner := max(1, width-len(indent))
	var out []string
	if lc.report == 0 {
		var parts []string
		for _, p := range []string{widget.OneLine(a.What), ownerText(e.ctx, a), widget.OneLine(a.ReportBack)} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) > 0 {
			for _, l := range styledWrap(st.Muted.Render, strings.Join(parts, " · "), inner, 2) {
				out = append(out, widget.Truncate(indent+l, width))
			}
		}
	}
	if len(probs) > 0 {
		for _, l := range styledWrap(st.Warning.Render, "⚠ "+Missing(e.ctx.Msgs, probs), inner, 2) {
			out = append(out, widget.Truncate(indent+l, width))
		}
	}
	return out
}

func (e *Editor) headerText(lc cols) string {
	tr := e.ctx.Msgs
	s := "  " + widget.Pad("#", lc.num) + " " + widget.Pad(tr.T("actions.col.what"), lc.what)
	if lc.who > 0 {
		s += " " + widget.Pad(tr.T("actions.col.who"), lc.who)
	}
	if lc.due > 0 {
		s += " " + widget.Pad(tr.T("actions.col.due"), lc.due)
	}
	if lc.report > 0 {
		s += " " + widget.Pad(tr.T("actions.col.report"), lc.report)
	}
	return s + " " + tr.T("actions.col.agreed")
}

// headerKey is what the table's header is drawn from.
type headerKey struct {
	cols   cols
	width  int
	styles uint64
}

// rowKey is everything an action's row is drawn from.
type rowKey struct {
	n        int // the number shown
	action   conference.Action
	owner    owner
	gaps     gaps
	selected bool
	cols     cols
	width    int
	styles   uint64
}

// drawRow draws an action's row. Missing parts read "⚠ fehlt" in their
// column; the selected row is drawn plain in the selection style, the
// markers carrying the meaning.
func (e *Editor) drawRow(k rowKey) string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	a, g, selected, lc, width := k.action, k.gaps, k.selected, k.cols, k.width
	warn := func(s string) string {
		if selected {
			return "⚠ " + s
		}
		return st.Warning.Render("⚠ " + s)
	}
	missing := tr.T("actions.missing")
	cell := func(text string, w int, bad bool, badText string) string {
		if bad {
			return widget.Pad(warn(badText), w)
		}
		return widget.Pad(text, w)
	}
	s := widget.Pad(strconv.Itoa(k.n), lc.num) + " " +
		cell(widget.OneLine(a.What), lc.what, g.what, missing)
	if lc.who > 0 {
		switch {
		case g.ownerMissing:
			s += " " + cell("", lc.who, true, missing)
		case g.ownerUnknown:
			s += " " + cell("", lc.who, true, tr.T("actions.cell.unknown"))
		default:
			s += " " + cell(k.owner.String(), lc.who, false, "")
		}
	}
	if lc.due > 0 {
		due := conference.FormatDate(a.Due, string(e.ctx.Lang))
		bad := g.dueMissing || g.dueBefore
		badText := due
		if a.Due.IsZero() {
			badText = missing
		}
		s += " " + cell(due, lc.due, bad, badText)
	}
	if lc.report > 0 {
		s += " " + cell(widget.OneLine(a.ReportBack), lc.report, g.report, missing)
	}
	s += " " + e.agreedText(a, selected)
	if selected {
		return st.Selected.Render(widget.Pad("▸ "+s, width))
	}
	return widget.Truncate("  "+s, width)
}

// agreedText shows the owner's yes (conference.Action.Agreement, as the
// read-back and the minutes show it): "✓ 14:32" with the time it was
// given, "✓" without one (older records), "✓ ↻" for an action carried
// forward from an earlier conference, "·" when not agreed.
func (e *Editor) agreedText(a conference.Action, selected bool) string {
	st := e.ctx.Styles
	var s string
	switch g := a.Agreement(); {
	case g.State == conference.AgreedHere && !g.At.IsZero():
		s = "✓ " + g.At.Format("15:04")
	case g.State == conference.AgreedHere:
		s = "✓"
	case g.State == conference.AgreedEarlier:
		s = "✓ ↻"
	default:
		return "·"
	}
	if selected {
		return s
	}
	return st.Success.Render(s)
}

// planLines shows the contingency plan in one line, or, when the result
// requires one and there is none, the warning that it is missing.
func (e *Editor) planLines(width int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	switch {
	case c.NeedsContingency() && !c.HasCrisisPlan():
		label := catalogue.Label(e.ctx.Catalogue.Categories, c.Assessment.Category, string(e.ctx.Lang))
		msg := "⚠ " + tr.T("actions.plan.missing", label, e.keys.Plan.Help().Key)
		return append([]string{""}, styledWrap(st.Warning.Render, msg, width, 3)...)
	case c.HasCrisisPlan():
		head := st.Muted.Render(tr.T("actions.plan.label") + ": ")
		first := c.CrisisPlan[0]
		text := joinNonEmpty(" → ", widget.OneLine(first.If), widget.OneLine(first.What))
		if n := len(c.CrisisPlan); n > 1 {
			text = tr.N("filing.tui.plan.entries", n, n) + " · " + text
		}
		return []string{"", widget.Truncate(head+widget.OneLine(text), width)}
	}
	return nil
}

// planView is the crisis and protection plan over the table: its title,
// the entries, and the form while open (it always shows).
func (e *Editor) planView(width, height int) string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	var panel []string
	if e.planList.Typing() {
		panel = e.planList.FormLines(width, max(1, min(height-2, 18)))
	}
	notice := e.planList.NoticeLines(width)
	rows := height - 1 - len(panel) - len(notice)
	if rows < 2 {
		return strings.Join(widget.FitLines(panel, width, min(height, len(panel))), "\n")
	}
	lines := []string{widget.Truncate(st.Title.Render(tr.T("actions.plan.title")), width)}
	lines = append(lines, widget.FitLines(e.planList.ListLines(width, rows), width, rows)...)
	lines = append(lines, notice...)
	lines = append(lines, panel...)
	return strings.Join(widget.FitLines(lines, width, min(height, len(lines))), "\n")
}

// noticeLines shows the notice: its first line as information, the rest
// (problem texts) as warnings.
func (e *Editor) noticeLines(width int) []string {
	if len(e.notice) == 0 {
		return nil
	}
	st := e.ctx.Styles
	out := []string{""}
	out = append(out, styledWrap(st.Info.Render, e.notice[0], width, 2)...)
	for _, n := range e.notice[1:] {
		out = append(out, styledWrap(st.Warning.Render, "⚠ "+n, width, 2)...)
	}
	if len(out) > maxNotice+1 {
		out = out[:maxNotice+1]
	}
	return out
}

// styledWrap wraps text to width, at most n lines, each styled.
func styledWrap(style func(...string) string, text string, width, n int) []string {
	lines := widget.Wrap(text, width)
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = widget.Truncate(lines[n-1]+" …", width)
	}
	for i, l := range lines {
		lines[i] = style(l)
	}
	return lines
}

// joinNonEmpty joins the parts that are not empty with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
