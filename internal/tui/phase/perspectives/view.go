package perspectives

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// wideWidth is the width from which the speaking order and the
// contributions stand side by side.
const wideWidth = 70

// View implements phase.Editor: the speaking order beside the selected
// speaker's contributions and the input for the next one (stacked when
// narrow); the views form when it is open.
func (e *Editor) View(width, height int) string {
	e.orderTop = -1
	if width <= 0 || height <= 0 {
		return ""
	}
	switch {
	case e.confirm != nil:
		return widget.Clip(e.confirm.View(width), width, height)
	case e.zone == zoneViews:
		return widget.Clip(strings.Join(e.viewsLines(width, height), "\n"), width, height)
	case width >= wideWidth && height >= 8:
		return e.wide(width, height)
	}
	return e.narrow(width, height)
}

// wide puts the speaking order (and the views' state) left, the
// contributions and the input right.
func (e *Editor) wide(width, height int) string {
	leftW := max(28, min(width*2/5, 44))
	rightW := width - leftW - 3
	left := e.orderLines(leftW, height, true)
	e.orderTop, e.orderW = 1, leftW
	right := e.rightLines(rightW, height)
	bar := e.ctx.Styles.Subtle.Render("│")
	lines := make([]string, height)
	for y := range height {
		l, r := "", ""
		if y < len(left) {
			l = left[y]
		}
		if y < len(right) {
			r = right[y]
		}
		lines[y] = widget.Truncate(widget.Pad(l, leftW)+" "+bar+" "+r, width)
	}
	return strings.Join(lines, "\n")
}

// narrow stacks the order (a few rows around the cursor), a one-line
// views state, the contributions and the input.
func (e *Editor) narrow(width, height int) string {
	input := e.inputLines(width)
	if len(input)+3 > height {
		if e.zone == zoneInput {
			return widget.Clip(strings.Join(input, "\n"), width, height)
		}
		input = nil
	}
	budget := height - len(input)
	n := len(e.ctx.Conf.Speaking.Order)
	rows := max(1, min(n, budget/3))
	lines := e.orderLines(width, rows+1, false)
	e.orderTop, e.orderW = 1, width
	if v := e.viewsSummary(width); v != "" && budget-len(lines) > 3 {
		lines = append(lines, v)
	}
	if rest := budget - len(lines); rest >= 2 {
		lines = append(lines, e.contribTitle(width))
		lines = append(lines, e.contribLines(width, rest-1)...)
	}
	for len(lines) < budget {
		lines = append(lines, "")
	}
	return widget.Clip(strings.Join(append(lines, input...), "\n"), width, height)
}

// orderLines renders the title and the speaker rows; with full set, also
// the views' state and whether everyone has spoken.
func (e *Editor) orderLines(width, height int, full bool) []string {
	st, cat, s := e.ctx.Styles, e.ctx.Cat, e.ctx.Conf.Speaking
	title := st.Title.Render(cat.T("perspectives.order", spokenCount(s), len(s.Order)))
	lines := []string{widget.Truncate(title, width)}
	if len(s.Order) == 0 {
		for _, l := range widget.Wrap(cat.T("perspectives.order.empty"), width) {
			lines = append(lines, st.Muted.Render(l))
		}
		return lines
	}
	var tail []string
	if full {
		if allSpoken(s) {
			tail = append(tail, "", st.Success.Render(widget.Truncate("✓ "+cat.T("perspectives.round_done"), width)))
		}
		if e.ctx.Conf.Kind != conference.KindNetwork {
			tail = append(tail, "", e.viewStatus(true, width), e.viewStatus(false, width))
		}
	}
	// The speakers come first; the rest shows where there is room, the
	// list shrinking to three rows (scrolling) before it is left out.
	rows := max(1, height-1)
	if height-1-min(rows, len(s.Order)) < len(tail) {
		rows = max(min(len(s.Order), 3), height-1-len(tail))
		if height-1-rows < len(tail) {
			tail, rows = nil, max(1, height-1)
		}
	}
	e.order.SetLen(len(s.Order)) // the order may have changed under the cursor
	lines = append(lines, strings.Split(e.order.View(width, rows, e.speakerRow), "\n")...)
	return append(lines, tail...)
}

// speakerRow renders speaker i: ▸ for the one who has the word (with
// their time), ✓ for those who have spoken, › for the cursor.
func (e *Editor) speakerRow(i int, selected bool, width int) string {
	st, c := e.ctx.Styles, e.ctx.Conf
	s := c.Speaking
	id := s.Order[i]
	name, inst := e.ctx.Cat.T("perspectives.unknown"), ""
	if p := c.Participant(id); p != nil {
		name, inst = p.Name, e.institution(p)
	}
	cursor := " "
	if selected && e.zone == zoneOrder {
		cursor = "›"
	}
	status, clock := " ", ""
	current := i == s.Current
	switch {
	case current:
		status, clock = "▸", phaseClock(s.Spoken[id])
	case s.HasSpoken(id):
		status, clock = "✓", phaseClock(s.Spoken[id])
	}
	clockW := max(5, ansi.StringWidth(clock))
	textW := max(1, width-3-clockW-1)
	nameW := textW
	if textW >= 24 && inst != "" {
		nameW = textW * 3 / 5
	}
	text := widget.Pad(name, nameW)
	if nameW < textW {
		text += " " + st.Muted.Render(widget.Pad(inst, textW-nameW-1))
	}
	clock = strings.Repeat(" ", clockW-ansi.StringWidth(clock)) + clock
	switch {
	case selected && e.zone == zoneOrder:
		text = st.Selected.Render(ansi.Strip(text))
	case current:
		text = st.Speaker.Render(ansi.Strip(text))
	}
	if current {
		status, clock = st.Speaker.Render(status), st.Speaker.Render(clock)
	} else {
		clock = st.Muted.Render(clock)
	}
	return cursor + status + " " + text + " " + clock
}

// institution names where a participant comes from, shortly: the
// institution as said, else the discipline, else the catalogue label.
func (e *Editor) institution(p *conference.Participant) string {
	switch {
	case p.Institution != "":
		return p.Institution
	case p.Discipline != "":
		return p.Discipline
	case p.InstitutionType != "":
		return catalogueLabel(e.ctx, p.InstitutionType)
	}
	return ""
}

// viewState says how far a view is: given ✓, missing with a reason ○,
// missing ⚠ once the phase was left without a reason, else still open ·.
// short picks the one-word form for narrow layouts.
func (e *Editor) viewState(v conference.View, short bool) string {
	st, cat := e.ctx.Styles, e.ctx.Cat
	pick := func(long, shortText string) string {
		if short {
			return shortText
		}
		return long
	}
	switch {
	case !v.Empty():
		return st.Success.Render("✓ " + pick(cat.T("perspectives.view.given"), cat.T("perspectives.view.short.given")))
	case v.MissingReason != "":
		return st.Muted.Render("○ " + pick(cat.T("perspectives.view.reason"), cat.T("perspectives.view.short.reason")))
	case e.reasonNeeded:
		return st.Warning.Render("⚠ " + pick(cat.T("perspectives.view.missing"), cat.T("perspectives.view.short.missing")))
	}
	return st.Muted.Render("· " + pick(cat.T("perspectives.view.open"), cat.T("perspectives.view.short.open")))
}

// viewStatus is one line on the child's (child true) or the parents' view.
func (e *Editor) viewStatus(child bool, width int) string {
	cat, c := e.ctx.Cat, e.ctx.Conf
	label, v := cat.T("perspectives.parents_view"), c.ParentsView
	if child {
		label, v = cat.T("perspectives.child_view"), c.ChildView
	}
	labelW := min(width/2, max(ansi.StringWidth(cat.T("perspectives.child_view")), ansi.StringWidth(cat.T("perspectives.parents_view"))))
	return widget.Truncate(widget.Pad(label, labelW)+"  "+e.viewState(v, false), width)
}

// viewsSummary is the views' state on one line for narrow layouts; ""
// for network meetings.
func (e *Editor) viewsSummary(width int) string {
	c, cat := e.ctx.Conf, e.ctx.Cat
	if c.Kind == conference.KindNetwork {
		return ""
	}
	return widget.Truncate(cat.T("perspectives.child_short")+" "+e.viewState(c.ChildView, true)+"   "+
		cat.T("perspectives.parents_short")+" "+e.viewState(c.ParentsView, true), width)
}
