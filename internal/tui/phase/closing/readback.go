package closing

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/phase/actions"
	"kofa/internal/tui/widget"
)

// readbackWidth caps the read-back block: long lines are hard to read
// aloud.
const readbackWidth = 72

func (e *Editor) readbackKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	c := e.ctx.Conf
	if len(c.Actions) == 0 {
		return nil
	}
	switch {
	case key.Matches(k, km.Prev):
		e.rb = max(0, e.rb-1)
	case key.Matches(k, km.Next):
		e.rb = min(len(c.Actions)-1, e.rb+1)
	case key.Matches(k, km.Yes):
		return e.confirmAction()
	case key.Matches(k, km.Withdraw):
		a := &c.Actions[e.rb]
		if !c.Withdraw(a.ID) {
			return nil
		}
		e.notice = []string{e.ctx.Msgs.T("closing.readback.withdrawn", e.rb+1)}
		e.ctx.Record(conference.OpUpdate, "actions/"+a.ID+"/agreed", true)
		return nil
	}
	return nil
}

// confirmAction records the owner's yes to the action shown, time-stamped,
// and moves on to the next. An action that is not binding yet is refused
// with what it lacks.
func (e *Editor) confirmAction() tea.Cmd {
	c := e.ctx.Conf
	a := c.Actions[e.rb]
	if a.Agreement().State == conference.AgreedHere {
		e.advance()
		return nil
	}
	if probs := c.Agree(a.ID, e.ctx.Now()); len(probs) > 0 {
		e.notice = []string{e.ctx.Msgs.T("closing.readback.refused", e.rb+1)}
		for _, p := range probs {
			e.notice = append(e.notice, e.ctx.Msgs.T(p.Key))
		}
		return nil
	}
	e.ctx.Record(conference.OpUpdate, "actions/"+a.ID+"/agreed", true)
	e.advance()
	return nil
}

// advance shows the next action; after the last it says how many are
// still without a yes.
func (e *Editor) advance() {
	c := e.ctx.Conf
	if e.rb < len(c.Actions)-1 {
		e.rb++
		return
	}
	if open := c.AwaitingAgreement(); open > 0 {
		e.notice = []string{e.ctx.Msgs.T("closing.readback.open", open)}
		return
	}
	e.notice = []string{e.ctx.Msgs.T("closing.readback.all_done")}
}

// readbackLines draws the action shown in large, calm type: a centred
// block with what, who, by when, how the result comes back, and whether
// the owner said yes. With room to spare, blank lines separate the rows.
func (e *Editor) readbackLines(width, height int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	if len(c.Actions) == 0 {
		return centre([]string{st.Muted.Render(tr.T(e.kindKey("closing.readback.empty")))}, width, height)
	}
	a := c.Actions[e.rb]
	inner := max(1, min(width-2, readbackWidth))
	confirmed := len(c.Actions) - c.AwaitingAgreement()
	// What is to be done stands in a box: the line the room listens for.
	var what []string
	for _, l := range firstLines(widget.Wrap(a.What, max(1, inner-4)), 3) {
		what = append(what, st.Title.Render(l))
	}
	if inner >= 12 {
		what = strings.Split(widget.Box(st, strings.Join(what, "\n"), inner), "\n")
	}
	groups := [][]string{
		{st.Muted.Render(tr.T("closing.readback.count", e.rb+1, len(c.Actions), confirmed))},
		what,
	}
	groups = append(groups, e.readbackDetails(a, inner)...)
	groups = append(groups, []string{e.readbackStatus(a, inner)})
	size := 0
	for _, g := range groups {
		size += len(g)
	}
	airy := height >= 2*size+2
	var block []string
	for i, g := range groups {
		// Always a blank line after the counter, after what, and before
		// the status; between the details only when there is room.
		detail := i >= 2 && i < len(groups)-1
		if i > 0 && (!detail || airy || i == 2) {
			block = append(block, "")
		}
		block = append(block, g...)
	}
	return centre(block, width, height)
}

// readbackDetails are the label/value rows of the read-back, one group of
// lines per row.
func (e *Editor) readbackDetails(a conference.Action, inner int) [][]string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	missing := st.Warning.Render("⚠ " + tr.T("closing.missing"))
	who := e.ctx.NameWithInstitution(a.OwnerID, a.Institution)
	due := conference.FormatDate(a.Due, string(e.ctx.Lang))
	if due != "" {
		due += e.inDays(a.Due)
	}
	rows := []struct{ label, value string }{
		{tr.T("closing.readback.who"), who},
		{tr.T("closing.readback.due"), due},
		{tr.T("closing.readback.report"), a.ReportBack},
		{tr.T("closing.readback.if_not"), a.IfNotDone},
	}
	lw := 0
	for _, r := range rows {
		lw = max(lw, ansi.StringWidth(r.label))
	}
	lw = min(lw, inner/3)
	var out [][]string
	for i, r := range rows {
		if r.value == "" && i == len(rows)-1 {
			continue // "if not done" is recommended, not required
		}
		values := []string{missing}
		if r.value != "" {
			values = firstLines(widget.Wrap(strings.ReplaceAll(r.value, "\n", " "), max(1, inner-lw-2)), 2)
		}
		var g []string
		for j, v := range values {
			label := strings.Repeat(" ", lw)
			if j == 0 {
				label = st.Muted.Render(widget.Pad(r.label, lw))
			}
			g = append(g, widget.Truncate(label+"  "+v, inner))
		}
		out = append(out, g)
	}
	return out
}

// inDays says how far off a due date is, for reading aloud.
func (e *Editor) inDays(d conference.Date) string {
	n := conference.DateOf(e.ctx.Now()).DaysUntil(d)
	switch {
	case n < 0:
		return ""
	case n == 0:
		return " (" + e.ctx.Msgs.T("closing.readback.today") + ")"
	case n == 1:
		return " (" + e.ctx.Msgs.T("closing.readback.tomorrow") + ")"
	}
	return " (" + e.ctx.Msgs.N("closing.readback.in_days", n, n) + ")"
}

// readbackStatus says whether the owner said yes, and if the action cannot
// be confirmed yet, what it lacks.
func (e *Editor) readbackStatus(a conference.Action, inner int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	switch g := a.Agreement(); {
	case g.State == conference.AgreedHere && !g.At.IsZero():
		return st.Success.Render("✓ " + tr.T("closing.readback.confirmed", g.At.Format("15:04")))
	case g.State == conference.AgreedHere:
		return st.Success.Render("✓ " + tr.T("agreement.given"))
	case g.State == conference.AgreedEarlier:
		return st.Muted.Render("↻ " + tr.T(g.State.MessageKey()))
	}
	if probs := e.ctx.Conf.BindingProblems(a); len(probs) > 0 {
		return widget.Truncate(st.Warning.Render("⚠ "+actions.Missing(tr, probs)), inner)
	}
	return widget.Truncate(st.Muted.Render("· "+tr.T("closing.readback.pending", e.keys.Yes.Help().Key)), inner)
}

// centre places a block in the middle of width x height.
func centre(block []string, width, height int) []string {
	w := 0
	for _, l := range block {
		w = max(w, ansi.StringWidth(l))
	}
	margin := strings.Repeat(" ", max(0, (width-w)/2))
	out := make([]string, 0, height)
	for range max(0, (height-len(block))/2) {
		out = append(out, "")
	}
	for _, l := range block {
		out = append(out, widget.Truncate(margin+l, width))
	}
	return out
}

func firstLines(lines []string, n int) []string {
	if len(lines) > n {
		lines = append(lines[:n-1:n-1], lines[n-1]+" …")
	}
	return lines
}
