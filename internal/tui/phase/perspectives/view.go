package perspectives

import (
	"strings"
	"time"

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
	switch {
	case e.views.Typing():
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
	lines := make([]string, height)
	for y := range height {
		k := wideLine{leftW: leftW, width: width, styles: e.ctx.Styles.Version()}
		if y < len(left) {
			k.left = left[y]
		}
		if y < len(right) {
			k.right = right[y]
		}
		lines[y] = e.memo.wide.Get(y, k, e.drawWideLine)
	}
	return strings.Join(lines, "\n")
}

// wideLine is a line of the wide layout: the order's line, the bar, the
// contributions' line.
type wideLine struct {
	left, right  string
	leftW, width int
	styles       uint64
}

func (e *Editor) drawWideLine(k wideLine) string {
	return widget.Truncate(widget.Pad(k.left, k.leftW)+" "+e.ctx.Styles.Subtle.Render("│")+" "+k.right, k.width)
}

// narrow stacks the order (a few rows around the cursor), a one-line
// views state, the contributions and the input.
func (e *Editor) narrow(width, height int) string {
	input := append(e.contribs.NoticeLines(width), e.inputLines(width)...)
	if len(input)+3 > height {
		if e.writing() {
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
	st, tr, s := e.ctx.Styles, e.ctx.Msgs, e.ctx.Conf.Speaking
	title := e.memo.orderTitle.Get(titleKey{spokenCount(s), len(s.Order), width, st.Version()}, func(k titleKey) string {
		return widget.Truncate(st.Title.Render(tr.T("perspectives.order", k.spoken, k.all)), k.width)
	})
	lines := []string{title}
	if len(s.Order) == 0 {
		for _, l := range widget.Wrap(tr.T("perspectives.order.empty"), width) {
			lines = append(lines, st.Muted.Render(l))
		}
		return lines
	}
	var tail []string
	if full {
		tail = e.orderTail(width)
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
	lines = append(lines, e.order.Lines(width, rows, e.speakerRow)...)
	return append(lines, tail...)
}

// titleKey is what the speaking order's title is drawn from.
type titleKey struct {
	spoken, all, width int
	styles             uint64
}

// orderTail are the lines under the speaking order: whether everyone has
// spoken, and the views' state.
func (e *Editor) orderTail(width int) []string {
	c := e.ctx.Conf
	k := tailKey{
		allSpoken: allSpoken(c.Speaking), views: c.Kind != conference.KindNetwork,
		child: c.ChildView, parents: parentsState(c), reasonNeeded: e.reasonNeeded,
		width: width, styles: e.ctx.Styles.Version(),
	}
	return e.memo.tail.Get(k, e.drawOrderTail)
}

// tailKey is what the lines under the speaking order are drawn from.
type tailKey struct {
	allSpoken, views bool
	child, parents   conference.View
	reasonNeeded     bool
	width            int
	styles           uint64
}

func (e *Editor) drawOrderTail(k tailKey) []string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	var tail []string
	if k.allSpoken {
		tail = append(tail, "", st.Success.Render(widget.Truncate("✓ "+tr.T("perspectives.round_done"), k.width)))
	}
	if k.views {
		tail = append(tail, "", e.viewStatus(true, k.width), e.viewStatus(false, k.width))
	}
	return tail
}

// speakerKey is everything a speaker's row is drawn from.
type speakerKey struct {
	name, inst      string
	cursor          bool // the row is selected while the order has the keyboard
	current, spoken bool
	clock           time.Duration // speaking time, to the second, when current or spoken
	width           int
	styles          uint64
}

// speakerRow renders speaker i: ▸ for the one who has the word (with
// their time), ✓ for those who have spoken, › for the cursor.
func (e *Editor) speakerRow(i int, selected bool, width int) string {
	c := e.ctx.Conf
	s := c.Speaking
	id := s.Order[i]
	k := speakerKey{
		name: e.ctx.Msgs.T("perspectives.unknown"), cursor: selected && e.pane == paneOrder && !e.Typing(),
		current: i == s.Current, spoken: s.HasSpoken(id), width: width, styles: e.ctx.Styles.Version(),
	}
	if p := c.Participant(id); p != nil {
		k.name, k.inst = p.Name, e.institution(p)
	}
	if k.current || k.spoken {
		k.clock = s.Spoken[id].Truncate(time.Second)
	}
	return e.memo.speakers.Get(i, k, e.drawSpeakerRow)
}

func (e *Editor) drawSpeakerRow(k speakerKey) string {
	st := e.ctx.Styles
	name, inst, width, selected, current := k.name, k.inst, k.width, k.cursor, k.current
	cursor := " "
	if selected {
		cursor = "›"
	}
	status, clock := " ", ""
	switch {
	case current:
		status, clock = "▸", phaseClock(k.clock)
	case k.spoken:
		status, clock = "✓", phaseClock(k.clock)
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
	case selected:
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
// institution as said, else the discipline (a paediatrician's practice
// has no name worth saying), else the catalogue label.
func (e *Editor) institution(p *conference.Participant) string {
	if p.Institution == "" && p.Discipline != "" {
		return p.Discipline
	}
	return e.ctx.Institution(*p)
}

// viewState says how far a view is: given ✓, missing with a reason ○,
// missing ⚠ once the phase was left without a reason, else still open ·.
// short picks the one-word form for narrow layouts.
func (e *Editor) viewState(v conference.View, short bool) string {
	st, tr := e.ctx.Styles, e.ctx.Msgs
	pick := func(long, shortText string) string {
		if short {
			return shortText
		}
		return long
	}
	switch {
	case !v.Empty():
		return st.Success.Render("✓ " + pick(tr.T("perspectives.view.given"), tr.T("perspectives.view.short.given")))
	case v.MissingReason != "":
		return st.Muted.Render("○ " + pick(tr.T("perspectives.view.reason"), tr.T("perspectives.view.short.reason")))
	case e.reasonNeeded:
		return st.Warning.Render("⚠ " + pick(tr.T("perspectives.view.missing"), tr.T("perspectives.view.short.missing")))
	}
	return st.Muted.Render("· " + pick(tr.T("perspectives.view.open"), tr.T("perspectives.view.short.open")))
}

// viewStatus is one line on the child's (child true) or the parents' view.
func (e *Editor) viewStatus(child bool, width int) string {
	tr, c := e.ctx.Msgs, e.ctx.Conf
	label, v := tr.T("perspectives.parents_view"), parentsState(c)
	if child {
		label, v = tr.T("perspectives.child_view"), c.ChildView
	}
	labelW := min(width/2, max(ansi.StringWidth(tr.T("perspectives.child_view")), ansi.StringWidth(tr.T("perspectives.parents_view"))))
	return widget.Truncate(widget.Pad(label, labelW)+"  "+e.viewState(v, false), width)
}

// viewsSummary is the views' state on one line for narrow layouts; ""
// for network meetings.
func (e *Editor) viewsSummary(width int) string {
	c, tr := e.ctx.Conf, e.ctx.Msgs
	if c.Kind == conference.KindNetwork {
		return ""
	}
	return widget.Truncate(tr.T("perspectives.child_short")+" "+e.viewState(c.ChildView, true)+"   "+
		tr.T("perspectives.parents_short")+" "+e.viewState(parentsState(c), true), width)
}
