package closing

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// The cooperation check (conference.CooperationCheck) is asked in the
// close section of a case conference, before it is closed: about 30
// seconds, skippable. k opens it as a panel (one answer and an optional
// note per seam, each written as it is left); s passes it over, which the
// report across cases counts apart from a check never looked at.

// openCheck opens the check's panel.
func (e *Editor) openCheck() tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	var rows []widget.Row
	var fields []listform.Field[conference.Conference]
	var options []widget.Option
	for _, a := range conference.SeamAnswers {
		options = append(options, widget.Option{Code: a, Label: tr.T(answerKey(a))})
	}
	for _, seam := range conference.Seams {
		answer := widget.NewPick(tr, st, tr.T(SeamLabelKey(seam)), options)
		answer.SetRows(len(options))
		note := widget.NewField(tr, st, tr.T("closingcheck.note"))
		note.SetPlaceholder(tr.T("closingcheck.note.hint"))
		rows = append(rows, widget.Row{Input: answer}, widget.Row{Input: note})
		load := func(c *conference.Conference) {
			a, _ := c.CooperationCheck.Answer(seam)
			answer.SetValue(a.Answer)
			note.SetValue(a.Note)
		}
		store := func(c *conference.Conference) *listform.Problem {
			c.SetSeam(seam, answer.Value(), strings.TrimSpace(note.Value()), e.ctx.Now())
			return nil
		}
		fields = append(fields,
			listform.Field[conference.Conference]{Input: answer, Name: seam, Load: load, Store: store},
			listform.Field[conference.Conference]{Input: note, Name: seam, Load: load, Store: store})
	}
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("closing.key.done"))
	panel := listform.NewBoundPanel(e.ctx, form, "cooperation_check/", func() *conference.Conference { return c }, fields...)
	panel.Title = tr.T("closingcheck.title")
	return e.openPanel(panel, nil)
}

// skipCheck passes the check over (answers given stay).
func (e *Editor) skipCheck() {
	e.ctx.Conf.SkipCheck(e.ctx.Now())
	e.ctx.Record(conference.OpUpdate, "cooperation_check/skipped", true)
	e.notice = []string{e.ctx.Msgs.T("closingcheck.skipped_notice")}
}

// checkLines shows the check in the close section: how far it got, and
// each seam answered with its answer.
func (e *Editor) checkLines(width int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	if !c.HasCheck() {
		return nil
	}
	k := c.CooperationCheck
	answered := 0
	for _, seam := range conference.Seams {
		if a, ok := k.Answer(seam); ok && a.Answer != "" {
			answered++
		}
	}
	var state string
	switch {
	case answered > 0:
		state = st.Success.Render(tr.T("closingcheck.answered", answered, len(conference.Seams)))
	case k.Skipped:
		state = st.Muted.Render(tr.T("closingcheck.skipped"))
	case c.Status == conference.StatusClosed:
		state = st.Muted.Render(tr.T("closingcheck.not_answered"))
	default:
		state = st.Muted.Render(tr.T("closingcheck.open"))
	}
	lines := []string{"", st.Title.Render(tr.T("closingcheck.title")) + "  " + state}
	for _, seam := range conference.Seams {
		a, ok := k.Answer(seam)
		if !ok || a.Answer == "" {
			continue
		}
		statement := "seams.seam." + seam
		lines = append(lines, "  "+checkMark(a.Answer)+" "+tr.T(answerKey(a.Answer))+" · "+tr.T(statement))
	}
	if c.Status != conference.StatusClosed {
		keys := st.HelpKey.Render(e.keys.Check.Help().Key) + "  " + st.App.Render(tr.T("closingcheck.key.check"))
		if !k.Skipped && answered == 0 {
			keys += "   " + st.HelpKey.Render(e.keys.SkipCheck.Help().Key) + "  " + st.App.Render(tr.T("closingcheck.key.skip"))
		}
		lines = append(lines, keys)
	}
	for i, l := range lines {
		lines[i] = widget.Truncate(l, width)
	}
	return lines
}

// checkMark is the symbol of an answer: shape, not colour alone.
func checkMark(answer string) string {
	switch answer {
	case conference.SeamYes:
		return "✓"
	case conference.SeamPartly:
		return "◐"
	}
	return "✗"
}

// answerKey is the message key of an answer of the check.
func answerKey(answer string) string { return "seams.answer." + answer }

// SeamLabelKey is the message key of a seam's short label, for forms and
// charts where the statement is too long.
func SeamLabelKey(seam string) string { return "closingcheck.seam." + seam }
