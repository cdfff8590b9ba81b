package cooperation

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// The message keys of the codes.
var (
	statusKeys = map[string]string{
		conference.AgreementDraft: "cooperation.status.draft", conference.AgreementInForce: "cooperation.status.in_force",
		conference.AgreementRevising: "cooperation.status.revising", conference.AgreementEnded: "cooperation.status.ended",
	}
	outcomeKeys = map[string]string{
		conference.ReviewConfirmed: "cooperation.outcome.confirmed", conference.ReviewRevise: "cooperation.outcome.revise",
		conference.ReviewEnd: "cooperation.outcome.end",
	}
)

// statusLabel names a status (an unknown code as it is).
func (l *List) statusLabel(status string) string {
	if k, ok := statusKeys[status]; ok {
		return l.ctx.Msgs.T(k)
	}
	return status
}

// outcomeLabel names a review's outcome.
func (l *List) outcomeLabel(outcome string) string {
	if k, ok := outcomeKeys[outcome]; ok {
		return l.ctx.Msgs.T(k)
	}
	return outcome
}

// Summary is the title line: how many agreements, how many due for
// review.
func (l *List) Summary() string {
	tr := l.ctx.Msgs
	list := l.opt.Book.Agreements()
	due := 0
	for _, a := range list {
		if a.ReviewDue(l.today()) {
			due++
		}
	}
	return tr.N("cooperation.summary", len(list), len(list), due)
}

// View draws the title, the agreements, the selected one in detail, and
// the open form or review below.
func (l *List) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	st := l.ctx.Styles
	var form []string
	switch {
	case l.review.open:
		form = l.review.lines(width, height-1)
	case l.list.Typing():
		form = l.list.FormLines(width, height-1)
	}
	notes := l.list.NoticeLines(width)
	if l.notice != "" {
		for _, line := range widget.Wrap(l.notice, width) {
			notes = append(notes, st.Info.Render(line))
		}
	}
	top := []string{widget.Truncate(st.Title.Render(l.Summary()), width)}
	rest := height - len(top) - len(form) - len(notes)
	if rest < 2 {
		return strings.Join(widget.FitLines(append(form, notes...), width, min(height, len(form)+len(notes))), "\n")
	}
	listH := rest
	var detail []string
	if a, ok := l.Selected(); ok && !l.Typing() {
		detail = l.detail(a, width)
		listH = max(min(l.Len()+1, rest-len(detail)), min(rest, 3))
		detail = detail[:min(len(detail), max(0, rest-listH))]
	}
	l.listTop = len(top)
	lines := append(top, widget.FitLines(l.list.ListLines(width, listH), width, min(listH, max(2, l.Len()+1)))...)
	return widget.AtFoot(append(lines, detail...), append(notes, form...), width, height)
}

// columns are the widths of the list's columns: subject, partners, review
// date, status.
type columns struct{ subject, partners, review, status int }

func (l *List) columns(width int) columns {
	c := columns{review: min(22, max(10, width/4)), status: 0}
	for s := range statusKeys {
		c.status = max(c.status, widget.Width(l.statusLabel(s)))
	}
	rest := max(8, width-2-4-c.review-1-c.status-1)
	if width >= 70 { // narrower, the partners show below the list only
		c.partners = rest * 2 / 5
	}
	c.subject = rest - c.partners - 1
	return c
}

// header names the columns.
func (l *List) header(width int) string {
	tr, st := l.ctx.Msgs, l.ctx.Styles
	c := l.columns(width)
	head := "  " + widget.Pad("#", 4) + widget.Pad(tr.T("cooperation.col.subject"), c.subject) + " "
	if c.partners > 0 {
		head += widget.Pad(tr.T("cooperation.col.partners"), c.partners) + " "
	}
	return st.Muted.Render(head + widget.Pad(tr.T("cooperation.col.review_by"), c.review) + " " + tr.T("cooperation.col.status"))
}

// row renders agreement i: number, subject (with what the meeting did to
// it), partners, review date (due or missing in words), status.
func (l *List) row(i int, a conference.CooperationAgreement, selected bool, width int) string {
	st := l.ctx.Styles
	mark := "  "
	if selected {
		mark = "▸ "
	}
	c := l.columns(width)
	subject := a.Subject
	if tag := l.tag(a); tag != "" {
		subject = tag + " " + subject
	}
	line := widget.Pad(strconv.Itoa(i+1), 4) + widget.Pad(subject, c.subject) + " "
	if c.partners > 0 {
		line += widget.Pad(a.PartnerNames(), c.partners) + " "
	}
	line += widget.Pad(l.reviewCell(a), c.review) + " " + l.statusLabel(a.Status)
	if selected {
		return st.Selected.Render(widget.Pad(mark+ansi.Strip(line), width))
	}
	return widget.Truncate(mark+line, width)
}

// tag marks what the meeting did to an agreement: made it (＋), reviewed
// it (✓) or changed it (✎); "" outside a meeting and for the others.
func (l *List) tag(a conference.CooperationAgreement) string {
	m := l.opt.Meeting
	if m == nil || m.CooperationAgreement(a.ID) == nil {
		return ""
	}
	created, reviews := m.AgreementChange(a)
	switch {
	case created:
		return "＋"
	case len(reviews) > 0:
		return "✓"
	}
	return "✎"
}

// reviewCell is the review date, or in words that it is due (since how
// long) or missing, marked "⚠".
func (l *List) reviewCell(a conference.CooperationAgreement) string {
	tr, st := l.ctx.Msgs, l.ctx.Styles
	today := l.today()
	switch days := a.DaysOverdue(today); {
	case !a.Active():
		return "" // ended: nothing to review
	case a.ReviewBy.IsZero():
		return st.Warning.Render("⚠ " + tr.T("cooperation.review_missing"))
	case a.ReviewDue(today) && days > 0:
		return st.Warning.Render("⚠ " + tr.N("cooperation.row.overdue", days, days))
	case a.ReviewDue(today):
		return st.Warning.Render("⚠ " + tr.T("cooperation.row.due_today"))
	}
	return conference.FormatDate(a.ReviewBy, string(l.ctx.Lang))
}

// reviewText is the review date with how long it is overdue, in words.
func (l *List) reviewText(a conference.CooperationAgreement) string {
	tr, today := l.ctx.Msgs, l.today()
	date := conference.FormatDate(a.ReviewBy, string(l.ctx.Lang))
	switch days := a.DaysOverdue(today); {
	case a.ReviewDue(today) && days > 0:
		return "⚠ " + tr.N("cooperation.overdue", days, date, days)
	case a.ReviewDue(today):
		return "⚠ " + tr.T("cooperation.due_today", date)
	}
	return date
}

// detail draws the selected agreement: its partners with their contact
// persons, when it was signed, its note, its last review and what it
// lacks.
func (l *List) detail(a conference.CooperationAgreement, width int) []string {
	tr, st := l.ctx.Msgs, l.ctx.Styles
	lines := []string{"", widget.Truncate(st.Title.Render(a.Subject), width)}
	for _, p := range a.Partners {
		who := p.Institution
		if p.Contact != "" {
			who += st.Muted.Render(" · "+tr.T("cooperation.col.contact")+": ") + p.Contact
		}
		lines = append(lines, widget.Truncate("  "+who, width))
	}
	if !a.SignedOn.IsZero() {
		lines = append(lines, widget.Truncate(st.Muted.Render(tr.T("cooperation.col.signed_on")+": ")+conference.FormatDate(a.SignedOn, string(l.ctx.Lang)), width))
	}
	if !a.ReviewBy.IsZero() && a.Active() {
		lines = append(lines, widget.Truncate(st.Muted.Render(tr.T("cooperation.col.review_by")+": ")+l.reviewText(a), width))
	}
	if note := strings.TrimSpace(a.Note); note != "" {
		first, _, more := strings.Cut(note, "\n")
		if more {
			first += " …"
		}
		lines = append(lines, widget.Truncate(st.Muted.Render(tr.T("cooperation.field.note")+": ")+first, width))
	}
	if n := len(a.Reviews); n > 0 {
		r := a.Reviews[n-1]
		text := tr.T("cooperation.last_review", conference.FormatDate(r.On, string(l.ctx.Lang)), l.outcomeLabel(r.Outcome))
		if r.Meeting != "" {
			text += " · " + r.Meeting
		}
		lines = append(lines, widget.Truncate(st.Muted.Render(text), width))
	}
	for _, p := range a.Problems() {
		if p.Path != "review_by" { // the list says it already
			lines = append(lines, widget.Truncate(st.Warning.Render("⚠ "+tr.T(p.Key)), width))
		}
	}
	return lines
}
