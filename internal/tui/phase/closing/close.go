package closing

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/preview"
	"kofa/internal/tui/widget"
)

func (e *Editor) closeKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	tr := e.ctx.Msgs
	switch {
	case key.Matches(k, km.Close):
		e.asking = askClose
		if gaps := gapsAtClose(e.ctx.Conf); len(gaps) > 0 {
			e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("closing.close.anyway.title"),
				tr.N("closing.close.anyway.body", len(gaps), len(gaps)))
		} else {
			e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("closing.close.title"), tr.T("closing.close.body"))
		}
	case key.Matches(k, km.Reopen):
		e.asking = askReopen
		e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("closing.reopen.title"), tr.T("closing.reopen.body"))
	case key.Matches(k, km.Export):
		id := e.ctx.Conf.ID
		return func() tea.Msg { return preview.OpenMsg{ID: id} }
	case key.Matches(k, km.Release):
		return e.openRelease()
	case key.Matches(k, km.Details):
		return e.openDetails()
	case key.Matches(k, km.Check):
		return e.openCheck()
	case key.Matches(k, km.SkipCheck):
		e.skipCheck()
	}
	return nil
}

// closeConference closes the conference now: phases never reached become
// "not covered" and whatever is still missing is kept as gaps for the
// minutes (conference.Close does both).
func (e *Editor) closeConference() tea.Cmd {
	c := e.ctx.Conf
	if c.Status == conference.StatusClosed {
		return nil
	}
	c.Close(e.ctx.Now())
	e.ctx.Record(conference.OpClose, "status", true)
	return nil
}

func (e *Editor) reopenConference() tea.Cmd {
	c := e.ctx.Conf
	if c.Status != conference.StatusClosed {
		return nil
	}
	c.Reopen(e.ctx.Now())
	e.ctx.Record(conference.OpReopen, "status", true)
	return nil
}

// closeLines shows what closing means now: before, what is still missing;
// after, that the conference is closed, the gaps kept, the phases not
// covered, and how to get the minutes.
func (e *Editor) closeLines(width, height int) []string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	var head, tail []string
	var gaps []conference.Problem
	if c.Status == conference.StatusClosed {
		when := conference.FormatDate(conference.DateOf(c.ClosedAt), string(e.ctx.Lang))
		head = append(head, st.Success.Render("✓ "+tr.T("closing.close.closed", when, c.ClosedAt.Format("15:04"))))
		gaps = c.OpenGaps
		if len(gaps) == 0 {
			head = append(head, st.Success.Render("✓ "+tr.T("closing.close.no_gaps")))
		} else {
			head = append(head, st.Warning.Render("⚠ "+tr.T("closing.close.gaps", len(gaps))))
		}
		if nc := notCovered(c); nc != "" {
			tail = append(tail, st.Muted.Render(tr.T("closing.close.not_covered", nc)))
		}
		tail = append(tail, "", e.releaseLine(),
			"", st.HelpKey.Render(e.keys.Export.Help().Key)+"  "+st.App.Render(tr.T("preview.closing.action")),
			st.Muted.Render(tr.T("closing.close.export", string(c.ID))),
			st.Muted.Render(tr.T("closing.close.reopen_hint", e.keys.Reopen.Help().Key)))
	} else {
		status := tr.T(conference.StatusRunning.MessageKey())
		if c.Status == conference.StatusPreparing {
			status = tr.T(conference.StatusPreparing.MessageKey())
		}
		head = append(head, st.Muted.Render(tr.T("closing.close.status", status)))
		gaps = gapsAtClose(c)
		if len(gaps) == 0 {
			head = append(head, st.Success.Render("✓ "+tr.T("closing.close.complete")))
		} else {
			head = append(head, st.Warning.Render("⚠ "+tr.N("closing.close.open", len(gaps), len(gaps))))
		}
		tail = append(tail, "", e.detailsLine(),
			"", st.HelpKey.Render(e.keys.Close.Help().Key)+"  "+st.App.Render(tr.T("closing.close.action")))
	}
	check := e.checkLines(width)
	room := height - len(head) - len(tail) - len(check)
	lines := head
	lines = append(lines, e.gapLines(gaps, width, room)...)
	lines = append(lines, check...)
	lines = append(lines, tail...)
	for i, l := range lines {
		lines[i] = widget.Truncate(l, width)
	}
	return lines
}

// gapLines lists problems, each wrapped to two lines at most, in room
// lines; what does not fit is counted.
func (e *Editor) gapLines(gaps []conference.Problem, width, room int) []string {
	st := e.ctx.Styles
	var out []string
	for i, p := range gaps {
		wrapped := firstLines(widget.Wrap(problemText(e.ctx, p), max(1, width-4)), 2)
		left := len(gaps) - i
		if len(out)+len(wrapped) > room-1 && left > 1 || len(out)+len(wrapped) > room {
			if room-len(out) >= 1 {
				out = append(out, st.Muted.Render("  "+e.ctx.Msgs.T("closing.close.more", left)))
			}
			return out
		}
		for j, l := range wrapped {
			prefix := "    "
			if j == 0 {
				prefix = "  • "
			}
			out = append(out, prefix+l)
		}
	}
	return out
}

// gapsAtClose is what conference.Close would record as open gaps now.
// Validation asks for more of a closed conference (the child's view, the
// agreed result: every phase counts as passed), so the list shown before
// closing is worked out as if closed, and it is exactly what the minutes
// will mark. The copy is shallow: Validate only reads.
func gapsAtClose(c *conference.Conference) []conference.Problem {
	closed := *c
	closed.Status = conference.StatusClosed
	return conference.Validate(&closed)
}

// notCovered lists the numbers of the phases marked not covered.
func notCovered(c *conference.Conference) string {
	var out []string
	for _, r := range c.Phases {
		if r.State == conference.PhaseNotCovered {
			out = append(out, c.PhaseNumber(r.ID))
		}
	}
	return strings.Join(out, ", ")
}
