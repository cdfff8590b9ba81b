package cooperation

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// reviewDays is how far ahead the next review is suggested: a year.
const reviewDays = 365

// reviewForm records a review of one agreement: the outcome (confirmed,
// to be revised, ended), until when it is to be reviewed again and a
// note. Unlike an edit it is one decision: it is recorded when submitted
// (ctrl+s, enter in the last field); esc leaves it unrecorded, the form
// keeping what was typed for that agreement.
type reviewForm struct {
	l       *List
	form    *widget.Form
	outcome *widget.Pick
	until   *widget.DateField
	note    *widget.TextArea
	open    bool
	id      string // the agreement under review
	err     string // a problem of the whole form
}

func newReviewForm(l *List) *reviewForm {
	tr, st := l.ctx.Msgs, l.ctx.Styles
	r := &reviewForm{l: l}
	var options []widget.Option
	for _, o := range conference.ReviewOutcomes {
		options = append(options, widget.Option{Code: o, Label: l.outcomeLabel(o)})
	}
	r.outcome = widget.NewPick(tr, st, tr.T("cooperation.review.outcome"), options)
	r.outcome.SetRows(len(options))
	r.until = widget.NewDateField(tr, st, tr.T("cooperation.col.review_by"), l.today)
	r.note = widget.NewTextArea(tr, st, tr.T("cooperation.field.note"))
	r.note.SetRows(2)
	r.form = widget.NewForm(tr, st, widget.Row{Input: r.outcome},
		widget.Row{Input: r.until, Visible: func() bool { return r.outcome.Value() != conference.ReviewEnd }},
		widget.Row{Input: r.note})
	r.form.SetSubmitHelp(tr.T("cooperation.key.record_review"))
	return r
}

// openFor opens the review of a: as left with esc when it is the same
// agreement, else empty with a review in a year suggested.
func (r *reviewForm) openFor(a conference.CooperationAgreement) tea.Cmd {
	if r.id != a.ID {
		r.id = a.ID
		r.form.ClearPrefilled()
		r.outcome.SetValue("")
		r.until.SetDate(r.l.today().AddDays(reviewDays))
		r.form.MarkPrefilled(r.until)
		r.note.SetValue("")
	}
	r.open, r.err = true, ""
	return r.form.FocusFirst()
}

// update gives the open form a message; a submit records the review.
func (r *reviewForm) update(msg tea.Msg) tea.Cmd {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
	default:
		return nil
	}
	ev, cmd := r.form.Update(msg)
	if ev.Changed != nil {
		r.err = ""
	}
	switch {
	case ev.Leave:
		r.form.Blur()
		r.open = false
	case ev.Submitted:
		return tea.Batch(cmd, r.submit())
	}
	return cmd
}

// submit records the review, or says what is missing.
func (r *reviewForm) submit() tea.Cmd {
	tr := r.l.ctx.Msgs
	a, ok := r.l.find(r.id)
	if !ok {
		r.close()
		return nil
	}
	until, valid := r.until.Date()
	switch {
	case r.outcome.Value() == "":
		r.err = tr.T("cooperation.review.outcome_missing")
		return r.form.FocusInput(r.outcome)
	case r.outcome.Value() == conference.ReviewEnd:
		until = conference.Date{}
	case !valid || until.IsZero():
		r.err = tr.T("cooperation.review.until_missing")
		return r.form.FocusInput(r.until)
	}
	rev := conference.AgreementReview{On: r.l.today(), Outcome: r.outcome.Value(), ReviewBy: until,
		Note: strings.TrimSpace(r.note.Value())}
	if m := r.l.opt.Meeting; m != nil {
		rev.In, rev.Meeting = m.ID, m.Title()
	}
	a.Review(rev, r.l.ctx.Now())
	r.l.opt.Book.Put(a)
	r.l.list.Select(a.ID)
	r.l.ctx.Record(conference.OpUpdate, Path+"/"+a.ID+"/reviews", true)
	r.l.notice = tr.T("cooperation.review.recorded", a.Subject, r.l.outcomeLabel(rev.Outcome))
	r.close()
	r.id = "" // recorded: the next review starts afresh
	return nil
}

func (r *reviewForm) close() {
	r.form.Blur()
	r.open, r.err = false, ""
}

// leave keeps an open review as it is: it is recorded only when
// submitted.
func (r *reviewForm) leave() {}

// lines draws the open review under its title.
func (r *reviewForm) lines(width, height int) []string {
	if !r.open || height < 3 {
		return nil
	}
	st, tr := r.l.ctx.Styles, r.l.ctx.Msgs
	a, _ := r.l.find(r.id)
	lines := []string{widget.Truncate(st.Title.Render(tr.T("cooperation.review.title", a.Subject)), width)}
	var errLines []string
	if r.err != "" {
		for _, line := range widget.Wrap("⚠ "+r.err, width) {
			errLines = append(errLines, st.Error.Render(line))
		}
	}
	h := max(1, height-len(lines)-len(errLines))
	lines = append(lines, strings.Split(r.form.View(width, h), "\n")...)
	return append(lines, errLines...)
}
