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
	form *reportForm
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
		Title: func(x *conference.Contribution) string {
			if x == nil {
				return tr.T("network.reports.form.new")
			}
			return tr.T("network.reports.form.edit")
		},
		Remove: ctx.Conf.Remove,
		Move:   e.move,
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

// reportForm adds or edits one report: who reports (a participant, those
// present first) and what they report.
type reportForm struct {
	ctx  *phase.Context
	form *widget.Form
	who  *widget.Pick
	text *widget.TextArea
}

func newReportForm(ctx *phase.Context) *reportForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &reportForm{ctx: ctx}
	f.who = widget.NewPick(tr, st, tr.T("network.reports.field.who"), nil)
	f.who.SetRows(4)
	f.text = widget.NewTextArea(tr, st, tr.T("network.reports.field.text"))
	f.text.SetRows(4)
	f.text.SetPlaceholder(tr.T("network.reports.field.text.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.who}, widget.Row{Input: f.text})
	f.form.SetSubmitHelp(tr.T("network.reports.key.save"))
	return f
}

// Form implements listform.ItemForm.
func (f *reportForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher: the participants as they are
// now, and for a new report the next one present who has not reported.
func (f *reportForm) Refresh() { f.who.SetOptions(listform.People(f.ctx, true)) }

// Load implements listform.ItemForm.
func (f *reportForm) Load(x *conference.Contribution) {
	if x == nil {
		x = &conference.Contribution{SpeakerID: nextReporter(f.ctx.Conf)}
		if x.SpeakerID != "" {
			f.form.MarkPrefilled(f.who)
		}
	}
	f.who.SetValue(x.SpeakerID)
	f.text.SetValue(x.Text)
	f.text.SetError("")
}

// Entry implements listform.ItemForm: a report says something.
func (f *reportForm) Entry() (conference.Contribution, *listform.Problem) {
	x := conference.Contribution{SpeakerID: f.who.Value(), Text: f.text.Value(), Phase: conference.PhaseReports}
	if x.Text == "" {
		return x, &listform.Problem{Input: f.text, Text: f.ctx.Msgs.T("network.reports.text_missing")}
	}
	return x, nil
}

// Add implements listform.ItemForm.
func (f *reportForm) Add(x conference.Contribution) string {
	x.At = f.ctx.Now()
	return f.ctx.Conf.AddContribution(x).ID
}

// Apply implements listform.ItemForm.
func (f *reportForm) Apply(id string, in widget.Input) (string, bool) {
	c := f.ctx.Conf
	i := slices.IndexFunc(c.Contributions, func(x conference.Contribution) bool { return x.ID == id })
	if i < 0 {
		return "", false
	}
	x := &c.Contributions[i]
	switch in {
	case f.who:
		x.SpeakerID = f.who.Value()
		return "speaker_id", true
	case f.text:
		if f.text.Value() == "" {
			f.text.SetError(f.ctx.Msgs.T("network.reports.text_missing"))
			return "", false
		}
		f.text.SetError("")
		x.Text = f.text.Value()
		return "text", true
	}
	return "", false
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
