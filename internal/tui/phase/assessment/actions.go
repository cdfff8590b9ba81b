package assessment

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// updateForm gives a message to the open form. The agreed result is
// written as it changes; ratings and dissent when the form is saved.
func (e *Editor) updateForm(msg tea.Msg) tea.Cmd {
	ev, cmd := e.form().Update(msg)
	cmds := []tea.Cmd{cmd}
	if ev.Changed != nil || ev.Left != nil {
		e.formErr = ""
	}
	if e.zone == zoneResult {
		if ev.Changed != nil {
			_, typing := ev.Changed.(*widget.TextArea)
			cmds = append(cmds, e.applyResult(ev.Changed, !typing))
		}
		if ev.Left == e.result.note {
			cmds = append(cmds, e.applyResult(ev.Left, true))
		}
	}
	if ev.Submitted {
		cmds = append(cmds, e.submit())
	}
	return tea.Batch(cmds...)
}

func (e *Editor) applyResult(in widget.Input, immediate bool) tea.Cmd {
	path := e.result.apply(e.ctx.Conf, in)
	if path == "" {
		return nil
	}
	e.ctx.Record(conference.OpUpdate, path, immediate)
	return nil
}

func (e *Editor) submit() tea.Cmd {
	switch e.zone {
	case zoneRate:
		return e.submitRating()
	case zoneResult:
		return e.closeForm()
	case zoneDissent:
		return e.submitDissent()
	}
	return nil
}

// openRate opens the rating form for participant id. It is empty: a rating
// given before shows only once the ratings are revealed.
func (e *Editor) openRate(id string) tea.Cmd {
	e.rater, e.zone, e.formErr = id, zoneRate, ""
	e.rate = newRateForm(e.ctx)
	if r, ok := e.ctx.Conf.RatingOf(id); ok && e.ctx.Conf.RatingsRevealed {
		e.rate.load(r)
	}
	for i, p := range e.raters() {
		if p.ID == id {
			e.cursor = i
		}
	}
	return e.rate.form.Focus()
}

// saveRating records the rating in the form; false (with the reason shown)
// when there is nothing valid to record.
func (e *Editor) saveRating() (tea.Cmd, bool) {
	c := e.ctx.Conf
	r, reason := e.rate.rating()
	if reason != "" {
		e.formErr = reason
		return nil, false
	}
	r.ParticipantID, r.At = e.rater, e.ctx.Now()
	op := conference.OpAdd
	if _, had := c.RatingOf(e.rater); had {
		op = conference.OpUpdate
	}
	c.SetRating(r)
	e.ctx.Record(op, "ratings/"+e.rater, true)
	return nil, true
}

// submitRating saves the rating and brings up the next participant who
// has not rated yet; after the last one the form closes.
func (e *Editor) submitRating() tea.Cmd {
	cmd, ok := e.saveRating()
	if !ok {
		return nil
	}
	if next := e.nextPending(e.rater); next != "" {
		return tea.Batch(cmd, e.openRate(next))
	}
	e.closeForm()
	if !e.ctx.Conf.RatingsRevealed {
		e.notice = e.ctx.Msgs.T("assessment.all_rated")
	}
	return cmd
}

// closeForm closes the open form; the agreed result's note is committed.
func (e *Editor) closeForm() tea.Cmd {
	var cmd tea.Cmd
	if e.zone == zoneResult && e.result.note.Value() != e.ctx.Conf.Assessment.Note {
		cmd = e.applyResult(e.result.note, true)
	}
	if f := e.form(); f != nil {
		f.Blur()
	}
	e.zone, e.formErr, e.rater, e.editing = zoneList, "", "", ""
	return cmd
}

func (e *Editor) openResult() tea.Cmd {
	e.result = newResultForm(e.ctx)
	e.result.load(e.ctx.Conf.Assessment)
	e.zone, e.formErr = zoneResult, ""
	return e.result.form.Focus()
}

// openDissent opens the dissent form, empty for a new one (id "").
func (e *Editor) openDissent(id string) tea.Cmd {
	e.dissent = newDissentForm(e.ctx) // the participants may have changed
	e.editing, e.zone, e.formErr = id, zoneDissent, ""
	for _, d := range e.ctx.Conf.Assessment.Dissent {
		if d.ID == id {
			e.dissent.load(d)
		}
	}
	return e.dissent.form.Focus()
}

func (e *Editor) submitDissent() tea.Cmd {
	c := e.ctx.Conf
	d, reason := e.dissent.dissent()
	if reason != "" {
		e.formErr = reason
		return nil
	}
	id, op := e.editing, conference.OpUpdate
	found := false
	for i := range c.Assessment.Dissent {
		if x := &c.Assessment.Dissent[i]; x.ID == id && id != "" {
			x.ParticipantID, x.Reason = d.ParticipantID, d.Reason
			found = true
		}
	}
	if !found {
		id, op = c.AddDissent(d).ID, conference.OpAdd
	}
	e.closeForm()
	for i, x := range c.Assessment.Dissent {
		if x.ID == id {
			e.cursor = len(e.raters()) + i
		}
	}
	e.ctx.Record(op, "assessment/dissent/"+id, true)
	return nil
}

// askReveal reveals the ratings at once when everyone asked has given
// one, and asks first when someone has not.
func (e *Editor) askReveal() tea.Cmd {
	c, tr := e.ctx.Conf, e.ctx.Msgs
	pending := e.pending()
	if len(c.Ratings) > 0 && len(pending) == 0 {
		return e.reveal()
	}
	body := tr.T("assessment.reveal.none")
	if len(c.Ratings) > 0 {
		names := make([]string, 0, len(pending))
		for _, p := range pending {
			names = append(names, p.Name)
		}
		body = tr.N("assessment.reveal.incomplete", len(pending), len(pending), len(e.raters()), strings.Join(names, ", "))
	}
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("assessment.reveal.title"), body)
	e.onYes = e.reveal
	return nil
}

func (e *Editor) reveal() tea.Cmd {
	e.ctx.Conf.RatingsRevealed = true
	e.ctx.Record(conference.OpUpdate, "ratings_revealed", true)
	return nil
}

func (e *Editor) askRemoveDissent() {
	id := e.selectedDissent()
	if id == "" {
		return
	}
	tr := e.ctx.Msgs
	name := ""
	for _, d := range e.ctx.Conf.Assessment.Dissent {
		if d.ID == id {
			name = e.participantName(d.ParticipantID)
		}
	}
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("assessment.dissent.remove.title"), tr.T("assessment.dissent.remove.body", name))
	e.onYes = func() tea.Cmd {
		if !e.ctx.Conf.Remove(id) {
			return nil
		}
		e.clamp()
		e.ctx.Record(conference.OpRemove, "assessment/dissent/"+id, true)
		return nil
	}
}

func (e *Editor) answer(k tea.KeyPressMsg) tea.Cmd {
	switch e.confirm.Update(k) {
	case widget.Yes:
		yes := e.onYes
		e.confirm, e.onYes = nil, nil
		return yes()
	case widget.No:
		e.confirm, e.onYes = nil, nil
	}
	return nil
}

// leave commits what the open form holds when the phase is left: a valid
// rating, the result's note, a complete dissent. An incomplete form stays
// open for the return.
func (e *Editor) leave() tea.Cmd {
	if e.confirm != nil {
		return nil
	}
	switch e.zone {
	case zoneRate:
		e.rate.form.ChoosePending()
		if e.rate.category.Value() == "" && e.rate.scale.Value() == "" {
			return nil
		}
		cmd, ok := e.saveRating()
		if ok {
			e.closeForm()
		}
		return cmd
	case zoneResult:
		return e.closeForm()
	case zoneDissent:
		if e.dissent.who.Value() != "" && strings.TrimSpace(e.dissent.reason.Value()) != "" {
			return e.submitDissent()
		}
	}
	return nil
}

// participantName names a participant by ID (the ID when unknown).
func (e *Editor) participantName(id string) string {
	if p := e.ctx.Conf.Participant(id); p != nil {
		return p.Name
	}
	return id
}
