package assessment

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// rateKey gives a key to the rating form: esc leaves it (a rating half
// typed is not saved: nothing hidden may stay), enter in the last field or
// ctrl+s saves and brings up the next participant.
func (e *Editor) rateKey(k tea.KeyPressMsg) tea.Cmd {
	ev, cmd := e.rate.form.Update(k)
	if ev.Changed != nil || ev.Left != nil {
		e.formErr = ""
	}
	switch {
	case ev.Submitted:
		return tea.Batch(cmd, e.submitRating())
	case ev.Leave:
		e.closeRate()
	}
	return cmd
}

// openRate opens the rating form for participant id. It is empty: a rating
// given before shows only once the ratings are revealed.
func (e *Editor) openRate(id string) tea.Cmd {
	e.rater, e.formErr = id, ""
	e.rate = newRateForm(e.ctx)
	if r, ok := e.ratingOf(e.ratedChild(), id); ok && e.ctx.Conf.RatingsRevealed {
		e.rate.load(r)
	}
	for i, p := range e.raters() {
		if p.ID == id {
			e.cursor = i
		}
	}
	return e.rate.form.FocusFirst()
}

// closeRate closes the rating form.
func (e *Editor) closeRate() {
	e.rate.form.Blur()
	e.rater, e.formErr = "", ""
}

// saveRating records the rating in the form; false (with the reason shown)
// when there is nothing valid to record.
func (e *Editor) saveRating() bool {
	r, reason := e.rate.rating()
	if reason != "" {
		e.formErr = reason
		return false
	}
	r.ParticipantID, r.At = e.rater, e.ctx.Now()
	child := e.ratedChild()
	op := conference.OpAdd
	if _, had := e.ratingOf(child, e.rater); had {
		op = conference.OpUpdate
	}
	e.ctx.Record(op, e.setRating(child, r), true)
	return true
}

// submitRating saves the rating and brings up the next participant who
// has not rated yet; after the last one the form closes.
func (e *Editor) submitRating() tea.Cmd {
	if !e.saveRating() {
		return nil
	}
	if child, next := e.nextPending(e.rater); next != "" {
		e.choose(child)
		return e.openRate(next)
	}
	e.closeRate()
	if !e.ctx.Conf.RatingsRevealed {
		e.notice = e.ctx.Msgs.T("assessment.all_rated")
	}
	return nil
}

// askReveal reveals the ratings at once when everyone asked has given
// one, and asks first when someone has not (a reveal cannot be taken
// back: the room has seen them).
func (e *Editor) askReveal() tea.Cmd {
	tr := e.ctx.Msgs
	pending := e.pendingAnywhere()
	if e.anyRating() && len(pending) == 0 {
		e.reveal()
		return nil
	}
	body := tr.T("assessment.reveal.none")
	if e.anyRating() {
		names := make([]string, 0, len(pending))
		for _, p := range pending {
			names = append(names, p.Name)
		}
		msg := "assessment.reveal.incomplete"
		if e.perChild() {
			msg = "childrating.reveal.incomplete"
		}
		body = tr.N(msg, len(pending), len(pending), len(e.raters()), strings.Join(names, ", "))
	}
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("assessment.reveal.title"), body)
	return nil
}

func (e *Editor) reveal() {
	e.ctx.Conf.RatingsRevealed = true
	e.ctx.Record(conference.OpUpdate, "ratings_revealed", true)
}

func (e *Editor) answer(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		e.confirm = nil
		e.reveal()
	case widget.No:
		e.confirm = nil
	}
	return nil
}

// leave commits what is open when the phase is left: a valid rating (the
// form then closes), the result's field; a dissent stays a draft.
func (e *Editor) leave() {
	if e.confirm != nil {
		return
	}
	if e.rating() {
		e.rate.form.ChoosePending()
		if e.rate.category.Value() != "" || e.rate.scale.Value() != "" {
			if e.saveRating() {
				e.closeRate()
			}
		}
	}
	e.result.Leave()
	e.dissent.Leave()
}
