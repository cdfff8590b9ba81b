package closing

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// The inline forms of the closing are listform panels: the person taking
// care of a parked topic, the holder of a responsibility, the review date
// and time, and a distribution entry. Values are written to the
// conference as they change, so nothing chosen lives only in the form.

// openPanel makes p the open inline form and focuses it (at in, when
// given).
func (e *Editor) openPanel(p *listform.Panel, in widget.Input) tea.Cmd {
	e.edit = p
	p.OnClose = func(*listform.Panel) { e.sync() }
	return p.Open(in)
}

// personPanel picks a participant for a parked topic (kindParked) or a
// responsibility: set writes the choice.
func (e *Editor) openPerson(title, current string, set func(id string) (string, bool)) tea.Cmd {
	p := participantPick(e.ctx, e.ctx.Msgs.T("closing.person"), current)
	form := widget.NewForm(e.ctx.Msgs, e.ctx.Styles, widget.Row{Input: p})
	form.SetSubmitHelp(e.ctx.Msgs.T("closing.key.done"))
	panel := listform.NewPanel(e.ctx, form, func(*widget.Form) { p.SetValue(current) }, func(widget.Input) (string, bool) {
		return set(p.Value())
	})
	panel.Title = title
	return e.openPanel(panel, nil)
}

// openParkedOwner picks who takes care of the parked topic id.
func (e *Editor) openParkedOwner(t conference.ParkedTopic) tea.Cmd {
	c := e.ctx.Conf
	return e.openPerson(e.ctx.Msgs.T("closing.parked.who", widget.OneLine(t.Text)), t.OwnerID, func(owner string) (string, bool) {
		for i := range c.Parked {
			if c.Parked[i].ID == t.ID {
				c.Parked[i].OwnerID = owner
				return "parked/" + t.ID + "/owner_id", true
			}
		}
		return "", false
	})
}

// openResponsibility picks who holds the responsibility code.
func (e *Editor) openResponsibility(code string) tea.Cmd {
	c := e.ctx.Conf
	r, _ := c.Responsible(code)
	return e.openPerson(e.respLabel(code), r.ParticipantID, func(holder string) (string, bool) {
		if holder == "" {
			return "", false
		}
		r, _ := c.Responsible(code)
		c.SetResponsibility(code, holder, r.Note)
		return "responsibilities/" + code, true
	})
}

// openReview opens the review date and time, focused on the time when
// focusTime is set. Each is written when its field is left; text that is
// no date or time keeps the form open once with the reason, then keeps the
// stored value.
func (e *Editor) openReview(focusTime bool) tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	today := func() conference.Date { return conference.DateOf(e.ctx.Now()) }
	date := widget.NewDateField(tr, st, tr.T("closing.review.date"), today)
	date.SetPlaceholder(tr.T("closing.review.date.hint"))
	clock := widget.NewTimeField(tr, st, tr.T("closing.review.time"), tr.T("validation.time_invalid"))
	form := widget.NewForm(tr, st, widget.Row{Input: date}, widget.Row{Input: clock})
	form.SetSubmitHelp(tr.T("closing.key.done"))
	panel := listform.NewPanel(e.ctx, form, func(*widget.Form) {
		date.SetDate(c.NextReview)
		clock.SetTime(c.NextReviewTime)
	}, func(in widget.Input) (string, bool) {
		switch in {
		case date:
			d, ok := date.Date()
			if !ok {
				return "", false
			}
			c.NextReview = d
			return "next_review", true
		case clock:
			t, ok := clock.Time()
			if !ok || (t != "" && !conference.ValidTime(t)) {
				return "", false
			}
			c.NextReviewTime = t
			return "next_review_time", true
		}
		return "", false
	})
	panel.SetCheck(func() *listform.Problem {
		if r := date.Reason(); r != "" {
			return &listform.Problem{Input: date, Text: r}
		}
		if _, ok := clock.Time(); !ok {
			return &listform.Problem{Input: clock, Text: tr.T("validation.time_invalid")}
		}
		return nil
	})
	panel.Title = tr.T(e.kindKey("closing.review.title"))
	if focusTime {
		return e.openPanel(panel, clock)
	}
	return e.openPanel(panel, nil)
}

// openDist opens a distribution entry: index -1 for a new one, added once
// it has a recipient. A recipient who is not at the table with a legal
// basis of their own is asked for one (issue 13: per recipient): the
// police informed of the result need a ground too.
func (e *Editor) openDist(index int) tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	recipient := widget.NewPick(tr, st, tr.T("closing.dist.recipient"), listform.People(e.ctx, false))
	recipient.SetAllowFree(true)
	recipient.SetRows(4)
	variant := widget.NewPick(tr, st, tr.T("closing.dist.variant"), variantOptions(e.ctx.Msgs))
	variant.SetRows(3)
	// The bases, with the details of a release (who released whom, for
	// what, in which form and when) as the participant form asks them.
	release := listform.NewRelease(e.ctx)
	// The bases are asked of whoever is not covered by a basis of their
	// participation.
	needsOwn := func() bool {
		if recipient.Free() || recipient.Value() == "" {
			return true
		}
		p := c.Participant(recipient.Value())
		return p == nil || !p.Family && !p.HasLegalBasis()
	}
	rows := append([]widget.Row{{Input: recipient}, {Input: variant}},
		release.Rows(func() bool { return c.Kind == conference.KindCase && needsOwn() })...)
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("closing.key.done"))
	title := tr.T("closing.dist.new")
	if index >= 0 && index < len(c.Distribution) {
		title = tr.T("closing.dist.edit")
	}
	panel := listform.NewPanel(e.ctx, form, func(*widget.Form) {
		variant.SetValue(conference.MinutesFull)
		if index >= 0 && index < len(c.Distribution) {
			d := c.Distribution[index]
			if d.ParticipantID != "" {
				recipient.SetValue(d.ParticipantID)
			} else {
				recipient.SetFreeText(d.Recipient)
			}
			variant.SetValue(d.Variant)
			release.Load(d.LegalBases)
		}
	}, func(widget.Input) (string, bool) {
		// An entry keeps what this form does not show (its ID, how and
		// when it was given, the details of a release recorded with a
		// basis).
		var d conference.Distribution
		if index >= 0 && index < len(c.Distribution) {
			d = c.Distribution[index]
		}
		d.Variant, d.PersonID = variant.Value(), ""
		d.ParticipantID, d.Recipient = recipient.CodeOrText()
		if d.Recipient == "" && d.ParticipantID == "" {
			return "", false
		}
		if d.Variant == "" {
			d.Variant = conference.MinutesFull
		}
		d.LegalBases = release.Apply(d.LegalBases)
		if index < 0 || index >= len(c.Distribution) {
			c.AddDistribution(d)
			index = len(c.Distribution) - 1
			e.sync()
			e.review.SetCursor(1 + index)
			e.ctx.Record(conference.OpAdd, distPath(index), true)
			return "", false // recorded as an addition
		}
		c.Distribution[index] = d
		return distPath(index), true
	})
	panel.SetCheck(release.Check)
	panel.Title = title
	return e.openPanel(panel, nil)
}
