package closing

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/widget"
)

// openRelease asks who releases the minutes of the closed conference (name
// and function) and until when objections are taken; submitting releases
// them (conference.ReleaseMinutes), which the workspace saves although the
// conference is closed, and the audit log records. Until then the minutes
// say "Entwurf".
func (e *Editor) openRelease() tea.Cmd {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	today := func() conference.Date { return conference.DateOf(e.ctx.Now()) }
	by := widget.NewField(tr, st, tr.T("filing.tui.release.by"))
	by.SetPlaceholder(tr.T("filing.tui.release.by.hint"))
	function := widget.NewField(tr, st, tr.T("filing.tui.release.function"))
	function.SetPlaceholder(tr.T("filing.tui.release.function.hint"))
	until := widget.NewDateField(tr, st, tr.T("filing.tui.release.objections"), today)
	until.SetPlaceholder(tr.T("filing.tui.release.objections.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: by}, widget.Row{Input: function}, widget.Row{Input: until})
	form.SetSubmitHelp(tr.T("filing.tui.release.submit"))
	panel := listform.NewPanel(e.ctx, form, func(*widget.Form) {
		by.SetValue(c.Release.By)
		function.SetValue(c.Release.Function)
		until.SetDate(c.Release.ObjectionsUntil)
	}, func(widget.Input) (string, bool) { return "", false }) // nothing until submitted
	panel.SetCheck(func() *listform.Problem {
		if r := until.Reason(); r != "" {
			return &listform.Problem{Input: until, Text: r}
		}
		return nil
	})
	panel.Title = tr.T("filing.tui.release.title")
	panel.OnSubmit = func() *listform.Problem {
		d, _ := until.Date()
		switch err := c.ReleaseMinutes(by.Value(), function.Value(), d, e.ctx.Now()); err {
		case nil:
		case conference.ErrReleaseNoName:
			return &listform.Problem{Input: by, Text: tr.T("filing.tui.release.no_name")}
		case conference.ErrReleaseObjectionsDay:
			return &listform.Problem{Input: until, Text: tr.T("filing.tui.release.early")}
		default:
			return &listform.Problem{Input: by, Text: tr.T("filing.tui.release.not_closed")}
		}
		e.ctx.RecordChange(conference.Change{Op: conference.OpRelease, Path: "release", Arg: c.Release.ObjectionsUntil.String()}, true)
		e.notice = []string{tr.T("filing.tui.release.done")}
		return nil
	}
	return e.openPanel(panel, nil)
}

// releaseLine says whether the minutes are released (by whom, when, until
// when objections are taken) or still a draft, and the key to release.
func (e *Editor) releaseLine() string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	lang := string(e.ctx.Lang)
	if !c.Released() {
		return st.Warning.Render("⚠ "+tr.T("filing.tui.release.draft")) + "   " +
			st.HelpKey.Render(e.keys.Release.Help().Key) + "  " + st.App.Render(tr.T("filing.tui.release.key"))
	}
	r := c.Release
	who := r.By
	if r.Function != "" {
		who = tr.T("filing.carer.titled", r.By, r.Function)
	}
	line := tr.T("filing.tui.release.released", who, conference.FormatDate(conference.DateOf(r.At), lang), r.At.Format("15:04"))
	if !r.ObjectionsUntil.IsZero() {
		line += " · " + tr.T("filing.tui.release.until", conference.FormatDate(r.ObjectionsUntil, lang))
	}
	return st.Success.Render("✓ " + line)
}
