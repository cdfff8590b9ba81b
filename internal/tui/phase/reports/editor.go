// Package reports is the editor of a network meeting's phase 2: the
// reports from each institution (what has happened since the last
// meeting, what works, where cooperation sticks). Each report is a
// contribution of the phase, by a participant; the list is a listform
// list, and a line names who present has not reported yet.
package reports

import (
	"slices"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the reports.
type Editor struct {
	ctx  *phase.Context
	list *listform.List[conference.Contribution]
	form *listform.Fields[conference.Contribution]
	// listTop is the line of the list in the last View.
	listTop int
}

// New returns the reports editor.
func New(ctx *phase.Context) phase.Editor {
	tr := ctx.Msgs
	e := &Editor{ctx: ctx, form: newReportForm(ctx)}
	e.list = listform.New(ctx, listform.Config[conference.Contribution]{
		Path:    "contributions",
		Items:   ctx.Conf.Reports,
		ID:      func(x conference.Contribution) string { return x.ID },
		Row:     e.row,
		Empty:   func() string { return tr.T("network.reports.empty") },
		Name:    func(x conference.Contribution) string { return x.Text },
		NewHelp: tr.T("network.reports.key.new"),
		Form:    e.form,
		Title:   listform.Titled[conference.Contribution](tr.T("network.reports.form.new"), tr.T("network.reports.form.edit")),
		Remove:  ctx.Conf.Remove,
		Move:    e.move,
	})
	return e
}

// move swaps reports i and j where the conference holds them.
func (e *Editor) move(i, j int) {
	c := e.ctx.Conf
	reports := c.Reports()
	a := slices.IndexFunc(c.Contributions, func(x conference.Contribution) bool { return x.ID == reports[i].ID })
	b := slices.IndexFunc(c.Contributions, func(x conference.Contribution) bool { return x.ID == reports[j].ID })
	c.Contributions[a], c.Contributions[b] = c.Contributions[b], c.Contributions[a]
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.list.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	return listform.Help{Short: e.list.ShortHelp(), Full: e.list.FullHelp()}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.list.Sync()
		if cmd := e.list.ResumeDraft(); cmd != nil {
			return e, cmd
		}
		if !e.Typing() && e.list.Len() == 0 {
			return e, e.list.OpenNew()
		}
		return e, nil
	case phase.LeaveMsg:
		e.list.Leave()
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() {
			e.list.Click(msg.Mouse().Y - e.listTop)
		}
		return e, nil
	}
	_, cmd := e.list.Update(msg)
	return e, cmd
}

// newReportForm adds or edits one report: who reports (a participant,
// those present first; for a new report the next one present who has not
// reported) and what they report.
func newReportForm(ctx *phase.Context) *listform.Fields[conference.Contribution] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	who := widget.NewPick(tr, st, tr.T("network.reports.field.who"), nil)
	who.SetRows(4)
	text := widget.NewTextArea(tr, st, tr.T("network.reports.field.text"))
	text.SetRows(4)
	text.SetPlaceholder(tr.T("network.reports.field.text.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: who}, widget.Row{Input: text})
	form.SetSubmitHelp(tr.T("network.reports.key.save"))
	type report = conference.Contribution
	f := listform.NewFields(form, func(id string) *report {
		if i := slices.IndexFunc(c.Contributions, func(x report) bool { return x.ID == id }); i >= 0 {
			return &c.Contributions[i]
		}
		return nil
	}, func(x report) string {
		x.At, x.Phase = ctx.Now(), conference.PhaseReports
		return c.AddContribution(x).ID
	},
		listform.Choice(who, "speaker_id", func(x *report) *string { return &x.SpeakerID }, ""),
		listform.Area(text, "text", func(x *report) *string { return &x.Text }, tr.T("network.reports.text_missing")),
	)
	f.Refreshed = func() { who.SetOptions(listform.People(ctx, true)) }
	f.Fresh = func() report {
		x := report{SpeakerID: nextReporter(c)}
		if x.SpeakerID != "" {
			form.MarkPrefilled(who)
		}
		return x
	}
	return f
}

// nextReporter is the first participant present without a report ("" when
// everyone present has reported).
func nextReporter(c *conference.Conference) string {
	if ids := waiting(c); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// waiting lists the participants present (not family) who have not
// reported yet, in the order of the participants.
func waiting(c *conference.Conference) []string {
	reported := map[string]bool{}
	for _, x := range c.Reports() {
		reported[x.SpeakerID] = true
	}
	var out []string
	for _, p := range c.Participants {
		if p.Present() && !p.Family && !reported[p.ID] {
			out = append(out, p.ID)
		}
	}
	return out
}
