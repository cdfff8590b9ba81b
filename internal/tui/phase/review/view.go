package review

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/history"
	"kofa/internal/tui/widget"
)

// otherPanes names the responsibilities to confirm and what was known, so
// the review says at once that tab leads there; "" when both are empty.
func (e *Editor) otherPanes() string {
	copied, known := len(e.ctx.Conf.UnconfirmedResponsibilities()), e.prev.Len()
	if copied == 0 && known == 0 {
		return ""
	}
	tr := e.ctx.Msgs
	return "tab ▸ " + tr.T("reviewprev.pane.resp", copied) + "  ·  " + tr.T("reviewprev.pane.previous", known)
}

// View implements phase.Editor: the title with the progress, the reviews as
// a table, and under it the selected one in full with its note, or the
// open form.
func (e *Editor) View(width, height int) string {
	if e.pane != paneActions {
		return widget.Clip(strings.Join(e.paneView(width, height), "\n"), width, height)
	}
	tr, st := e.ctx.Msgs, e.ctx.Styles
	lines := []string{e.titleLine(width)}
	if other := e.otherPanes(); other != "" {
		lines = append(lines, widget.Truncate(st.Warning.Render(other), width))
	}
	if len(e.ctx.Conf.Reviews) == 0 {
		for _, l := range widget.Wrap(tr.T("review.empty"), width) {
			lines = append(lines, st.Muted.Render(l))
		}
		return widget.Clip(strings.Join(lines, "\n"), width, height)
	}
	bottom := e.bottom(width, height)
	notices := e.reviews.NoticeLines(width)
	listH := height - len(lines) - len(notices) - len(bottom)
	if listH < 2 {
		// Too little room: what is being typed wins.
		if e.Typing() {
			return widget.Clip(strings.Join(bottom, "\n"), width, height)
		}
		bottom, notices = nil, nil
		listH = max(1, height-len(lines))
	}
	e.listTop = len(lines)
	lines = append(lines, e.reviews.ListLines(width, listH)...)
	return widget.AtFoot(append(lines, notices...), bottom, width, height)
}

// bottom is what shows under the reviews: the selected review in full,
// and the note or the carry form while one is open.
func (e *Editor) bottom(width, height int) []string {
	switch {
	case e.note.Typing():
		return append(e.detailHead(e.ctx.Conf.Review(e.note.id), width), e.note.Lines(width, height)...)
	case e.reviews.Typing():
		// The action in the form, which a draft may have chosen.
		return append(e.detailHead(e.ctx.Conf.Review(e.carry.which.Value()), width), e.reviews.FormLines(width, height)...)
	}
	return e.detail(width)
}

// titleLine names the step and says how many reviews have a status.
func (e *Editor) titleLine(width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	left := st.Title.Render(tr.T("review.title"))
	rs := e.ctx.Conf.Reviews
	if len(rs) == 0 {
		return widget.Truncate(left, width)
	}
	done := 0
	for _, r := range rs {
		if r.Status != conference.FollowUpOpen {
			done++
		}
	}
	right := st.Success.Render("✓ " + tr.T("review.progress", done, len(rs)))
	if done < len(rs) {
		right = st.Warning.Render("· " + tr.T("review.progress", done, len(rs)))
	}
	gap := width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 2 {
		left = st.Title.Render(tr.T("review.phase"))
		gap = width - ansi.StringWidth(left) - ansi.StringWidth(right)
	}
	if gap < 2 {
		return widget.Truncate(right, width)
	}
	return left + strings.Repeat(" ", gap) + right
}

// cols are the column widths; 0 hides a column. Who goes first when space
// runs out, then the due date.
type cols struct{ what, who, due, state int }

func columnsFor(w int) cols {
	c := cols{state: 20, due: 10}
	switch rest := w - 2 - 6; { // the marker and three gaps
	case rest >= 100:
		c.state = 32 // room for "→ <new due date>"
		c.who = 22
		c.what = rest - c.state - c.due - c.who
	case rest >= 80:
		c.state = 30
		c.who = min(22, (rest-c.state-c.due)/3)
		c.what = rest - c.state - c.due - c.who
	case rest >= 56:
		c.what = rest + 2 - c.state - c.due // one gap less without who
	default:
		c.due = 0
		c.state = max(6, min(20, w*2/5))
		c.what = max(1, w-2-c.state-2)
	}
	return c
}

// header is the column header over the reviews.
func (e *Editor) header(width int) string {
	return widget.Truncate(e.ctx.Styles.Muted.Render(e.columnHeader(columnsFor(width))), width)
}

func (e *Editor) columnHeader(c cols) string {
	tr := e.ctx.Msgs
	cells := []string{"  " + widget.Pad(tr.T("review.col.what"), c.what)}
	if c.who > 0 {
		cells = append(cells, widget.Pad(tr.T("review.col.who"), c.who))
	}
	if c.due > 0 {
		cells = append(cells, widget.Pad(tr.T("review.col.due"), c.due))
	}
	cells = append(cells, widget.Pad(tr.T("review.col.state"), c.state))
	return strings.Join(cells, "  ")
}

// row renders review r: what, who, the old due date, the status in words
// with a symbol.
func (e *Editor) row(_ int, r conference.ActionReview, selected bool, w int) string {
	c := columnsFor(w)
	cells := []string{widget.Pad(r.What, c.what)}
	if c.who > 0 {
		who := e.ownerName(r)
		if who == "" {
			who = r.Institution
		}
		cells = append(cells, widget.Pad(who, c.who))
	}
	if c.due > 0 {
		due := "–"
		if !r.Due.IsZero() {
			due = conference.FormatDate(r.Due, string(e.ctx.Lang))
		}
		cells = append(cells, widget.Pad(due, c.due))
	}
	text := strings.Join(cells, "  ")
	mark := "  "
	if selected {
		mark = "▸ "
		text = e.ctx.Styles.Selected.Render(text)
	}
	return widget.Truncate(mark+text+"  "+e.status(r, c.state), w)
}

// owner is "Name (Institution)" or whichever is known. The name is the
// participant's current one when they are still listed.
func (e *Editor) owner(r conference.ActionReview) string {
	return conference.WithInstitution(e.ownerName(r), r.Institution)
}

// ownerName is the owner's current name while they are still listed,
// else the name at the time of the previous conference.
func (e *Editor) ownerName(r conference.ActionReview) string {
	if p := e.ctx.Conf.Participant(r.OwnerID); p != nil && p.Name != "" {
		return p.Name
	}
	return r.OwnerName
}

// status says the review's status in words, with a symbol so it reads the
// same without colour, and where a carried action is due now.
func (e *Editor) status(r conference.ActionReview, width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	var text string
	style := st.Muted
	switch r.Status {
	case conference.FollowUpDone:
		text, style = "✓ "+tr.T("review.status.done"), st.Success
	case conference.FollowUpPartly:
		text, style = "◐ "+tr.T("review.status.partly"), st.Info
	case conference.FollowUpNotDone:
		text, style = "✗ "+tr.T("review.status.not_done"), st.Warning
	case conference.FollowUpObsolete:
		text = "⊘ " + tr.T("review.status.obsolete")
	default:
		text = "· " + tr.T("review.status.open")
	}
	if a := e.ctx.Conf.Action(r.CarriedTo); a != nil {
		text += " → " + conference.FormatDate(a.Due, string(e.ctx.Lang))
	}
	return style.Render(widget.Truncate(text, width))
}

// detailHead is a review: what, who, the old due date and how
// the result was to be reported.
func (e *Editor) detailHead(r *conference.ActionReview, width int) []string {
	if r == nil {
		return nil
	}
	tr, st := e.ctx.Msgs, e.ctx.Styles
	lines := []string{"", widget.Truncate(st.Title.Render(r.What), width)}
	facts := []string{}
	if who := e.owner(*r); who != "" {
		facts = append(facts, who)
	}
	if !r.Due.IsZero() {
		facts = append(facts, tr.T("review.due_was", conference.FormatDate(r.Due, string(e.ctx.Lang))))
	}
	if r.ReportBack != "" {
		facts = append(facts, tr.T("review.report_back", r.ReportBack))
	}
	wrapped := widget.Wrap(strings.Join(facts, " · "), width)
	for _, l := range wrapped[:min(2, len(wrapped))] {
		lines = append(lines, st.Muted.Render(l))
	}
	return lines
}

// detail shows the selected review in full: its head, what became of the
// action since (its history), the note, the carried action, and which
// key gives which status.
func (e *Editor) detail(width int) []string {
	r := e.selected()
	if r == nil {
		return nil
	}
	tr, st := e.ctx.Msgs, e.ctx.Styles
	lines := e.detailHead(r, width)
	for _, h := range e.ctx.Conf.PreviousHistory(r.ActionID) {
		lines = append(lines, st.Muted.Render("└ "+history.Line(tr, h)))
	}
	if r.Note != "" {
		lines = append(lines, st.Muted.Render(tr.T("review.note")+": ")+st.App.Render(r.Note))
	}
	if a := e.ctx.Conf.Action(r.CarriedTo); a != nil {
		lines = append(lines, st.Info.Render("→ "+tr.T("review.carried", conference.FormatDate(a.Due, string(e.ctx.Lang)))))
	} else if r.Status != conference.FollowUpOpen && conference.CanCarry(r.Status) {
		lines = append(lines, st.Muted.Render(tr.T("review.carry.hint")))
	}
	lines = append(lines, st.Subtle.Render(tr.T("review.legend")))
	for i := range lines {
		lines[i] = widget.Truncate(lines[i], width)
	}
	return lines
}
