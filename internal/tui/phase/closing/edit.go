package closing

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// editKind says what an open inline form edits.
type editKind int

const (
	editParkedOwner editKind = iota
	editResp
	editReview
	editDist
)

// edit is an open inline form: a participant pick for a parked topic or
// a responsibility, the review date and time, or a distribution entry.
// Values are written to the conference as they change, so nothing chosen
// lives only in the form.
type edit struct {
	kind  editKind
	title string
	form  *widget.Form
	// target is the parked topic ID or the responsibility code; index is
	// the distribution entry (-1: a new one, not created yet).
	target string
	index  int

	person    *widget.Pick
	date      *widget.DateField
	clock     *widget.TimeField
	recipient *widget.Pick
	variant   *widget.Pick
	// warned: the form was about to close with text that is no date or
	// time; it stayed open once to show why.
	warned bool
	// savedDate and savedTime are the review date and time as they were
	// when their field was last left valid (or the form opened). The
	// fields report every valid prefix while typing ("2" on the way to
	// "25:00"), so text left invalid restores these.
	savedDate conference.Date
	savedTime string
}

// openPerson opens a participant pick for a parked topic or a
// responsibility.
func (e *Editor) openPerson(kind editKind, target, title, current string) tea.Cmd {
	p := participantPick(e.ctx, e.ctx.Msgs.T("closing.person"), current)
	ed := &edit{kind: kind, title: title, target: target, person: p}
	ed.form = widget.NewForm(e.ctx.Msgs, e.ctx.Styles, widget.Row{Input: p})
	ed.form.SetSubmitHelp(e.ctx.Msgs.T("closing.key.done"))
	e.edit = ed
	return ed.form.Focus()
}

// openReview opens the review date and time, focused on the time when
// time is set.
func (e *Editor) openReview(focusTime bool) tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	today := func() conference.Date { return conference.DateOf(e.ctx.Now()) }
	ed := &edit{kind: editReview, title: tr.T(e.kindKey("closing.review.title")), savedDate: c.NextReview, savedTime: c.NextReviewTime}
	ed.date = widget.NewDateField(tr, st, tr.T("closing.review.date"), today)
	ed.date.SetPlaceholder(tr.T("closing.review.date.hint"))
	ed.date.SetDate(c.NextReview)
	ed.clock = widget.NewTimeField(tr, st, tr.T("closing.review.time"), tr.T("validation.time_invalid"))
	ed.clock.SetTime(c.NextReviewTime)
	ed.form = widget.NewForm(tr, st, widget.Row{Input: ed.date}, widget.Row{Input: ed.clock})
	ed.form.SetSubmitHelp(tr.T("closing.key.done"))
	e.edit = ed
	if focusTime {
		return ed.form.FocusInput(ed.clock)
	}
	return ed.form.Focus()
}

// openDist opens a distribution entry: index -1 for a new one.
func (e *Editor) openDist(index int) tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	ed := &edit{kind: editDist, title: tr.T("closing.dist.new"), index: -1}
	ed.recipient = widget.NewPick(tr, st, tr.T("closing.dist.recipient"), participantOptions(e.ctx))
	ed.recipient.SetAllowFree(true)
	ed.recipient.SetRows(4)
	ed.variant = widget.NewPick(tr, st, tr.T("closing.dist.variant"), variantOptions(e.ctx.Msgs))
	ed.variant.SetRows(3)
	ed.variant.SetValue(conference.MinutesFull)
	if index >= 0 && index < len(c.Distribution) {
		d := c.Distribution[index]
		ed.index, ed.title = index, tr.T("closing.dist.edit")
		ed.recipient.SetValue(d.ParticipantID)
		if d.ParticipantID == "" {
			ed.recipient.SetValue(d.Recipient)
		}
		ed.variant.SetValue(d.Variant)
	}
	ed.form = widget.NewForm(tr, st, widget.Row{Input: ed.recipient}, widget.Row{Input: ed.variant})
	ed.form.SetSubmitHelp(tr.T("closing.key.done"))
	e.edit = ed
	return ed.form.Focus()
}

// updateEdit gives a message to the open form and writes what changed.
func (e *Editor) updateEdit(msg tea.Msg) tea.Cmd {
	ev, cmd := e.edit.form.Update(msg)
	cmds := []tea.Cmd{cmd}
	if ev.Changed != nil {
		_, discrete := ev.Changed.(*widget.Pick)
		cmds = append(cmds, e.apply(ev.Changed, discrete))
	}
	if ev.Left != nil {
		cmds = append(cmds, e.apply(ev.Left, true))
	}
	if ev.Submitted {
		cmds = append(cmds, e.closeEdit())
	}
	return tea.Batch(cmds...)
}

// commitFocused commits the focused input at once (the phase is left);
// the form stays open for when the facilitator comes back.
func (e *Editor) commitFocused() tea.Cmd {
	if in := e.edit.form.Current(); in != nil {
		return e.apply(in, true)
	}
	return nil
}

// closeEdit leaves the form, committing the input that had focus. Text
// that is no date or time keeps the form open once with the reason.
func (e *Editor) closeEdit() tea.Cmd {
	ed := e.edit
	var cmd tea.Cmd
	if in := ed.form.Blur(); in != nil {
		cmd = e.apply(in, true)
	}
	if ed.kind == editReview && !ed.warned {
		if _, ok := ed.date.Date(); !ok {
			ed.warned = true
			return tea.Batch(cmd, ed.form.FocusInput(ed.date))
		}
		if _, ok := ed.clock.Time(); !ok {
			ed.warned = true
			return tea.Batch(cmd, ed.form.FocusInput(ed.clock))
		}
	}
	e.edit = nil
	e.sync()
	return cmd
}

// apply writes one input into the conference.
func (e *Editor) apply(in widget.Input, immediate bool) tea.Cmd {
	c, ed := e.ctx.Conf, e.edit
	switch ed.kind {
	case editParkedOwner:
		for i := range c.Parked {
			if c.Parked[i].ID == ed.target {
				c.Parked[i].OwnerID = ed.person.Value()
				e.ctx.Record(conference.OpUpdate, "parked/"+ed.target+"/owner_id", true)
				return nil
			}
		}
	case editResp:
		if ed.person.Value() == "" {
			return nil
		}
		r, _ := c.Responsible(ed.target)
		c.SetResponsibility(ed.target, ed.person.Value(), r.Note)
		e.ctx.Record(conference.OpUpdate, "responsibilities/"+ed.target, true)
		return nil
	case editReview:
		return e.applyReview(in, immediate)
	case editDist:
		return e.applyDist()
	}
	return nil
}

func (e *Editor) applyReview(in widget.Input, immediate bool) tea.Cmd {
	c, ed := e.ctx.Conf, e.edit
	switch in {
	case ed.date:
		d, ok := ed.date.Date()
		switch {
		case ok && immediate:
			ed.savedDate = d
		case !ok && immediate:
			d = ed.savedDate
		case !ok:
			return nil
		}
		c.NextReview = d
		e.ctx.Record(conference.OpUpdate, "next_review", immediate)
		return nil
	case ed.clock:
		t, ok := ed.clock.Time()
		ok = ok && (t == "" || conference.ValidTime(t))
		switch {
		case ok && immediate:
			ed.savedTime = t
		case !ok && immediate:
			t = ed.savedTime
		case !ok:
			return nil
		}
		c.NextReviewTime = t
		e.ctx.Record(conference.OpUpdate, "next_review_time", immediate)
		return nil
	}
	return nil
}

// applyDist writes the distribution entry in the form, adding it once it
// has a recipient.
func (e *Editor) applyDist() tea.Cmd {
	c, ed := e.ctx.Conf, e.edit
	d := conference.Distribution{Variant: ed.variant.Value()}
	if ed.recipient.Free() {
		d.Recipient = ed.recipient.Value()
	} else {
		d.ParticipantID = ed.recipient.Value()
	}
	if d.Recipient == "" && d.ParticipantID == "" {
		return nil
	}
	if d.Variant == "" {
		d.Variant = conference.MinutesFull
	}
	if ed.index < 0 || ed.index >= len(c.Distribution) {
		c.Distribution = append(c.Distribution, d)
		ed.index = len(c.Distribution) - 1
		e.sync()
		e.review.SetCursor(1 + ed.index)
		e.ctx.Record(conference.OpAdd, distPath(ed.index), true)
		return nil
	}
	c.Distribution[ed.index] = d
	e.ctx.Record(conference.OpUpdate, distPath(ed.index), true)
	return nil
}
