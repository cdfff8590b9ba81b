package perspectives

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// tags are the provenances a contribution can have, in the order tab
// cycles through them.
var tags = conference.ContribSources

// contribInput is where a contribution is typed: its text and source,
// and the tag (observed / reported / assessed), which stays as it is from
// one contribution to the next.
type contribInput struct {
	form   *widget.Form
	text   *widget.Field
	source *widget.Field
	tag    int
}

func newContribInput(ctx *phase.Context) contribInput {
	tr, st := ctx.Msgs, ctx.Styles
	in := contribInput{
		text:   widget.NewField(tr, st, tr.T("perspectives.text")),
		source: widget.NewField(tr, st, tr.T("perspectives.source")),
	}
	in.text.SetPlaceholder(tr.T("perspectives.text.placeholder"))
	in.source.SetPlaceholder(tr.T("perspectives.source.placeholder"))
	in.form = widget.NewForm(tr, st, widget.Row{Input: in.text}, widget.Row{Input: in.source})
	in.form.SubmitOnEnter = true
	in.form.SetSubmitHelp(tr.T("perspectives.key.submit"))
	return in
}

// provenance returns the code of the current tag.
func (in *contribInput) provenance() string { return tags[in.tag] }

// cycle moves the tag on (dir +1) or back (-1).
func (in *contribInput) cycle(dir int) {
	in.tag = (in.tag + dir + len(tags)) % len(tags)
}

// setProvenance selects the tag of code (the first when unknown).
func (in *contribInput) setProvenance(code string) {
	in.tag = max(0, slices.Index(tags, code))
}

// contributions returns the contributions of the selected speaker.
func (e *Editor) contributions() []conference.Contribution {
	return e.ctx.Conf.ContributionsBy(e.selectedID())
}

// contribCount counts the selected speaker's contributions without
// copying them: the help line asks on every frame.
func (e *Editor) contribCount() int {
	speaker, n := e.selectedID(), 0
	for _, x := range e.ctx.Conf.Contributions {
		if x.SpeakerID == speaker {
			n++
		}
	}
	return n
}

// resetContribCursor selects the newest contribution of the selected
// speaker.
func (e *Editor) resetContribCursor() {
	e.contribCursor = max(0, e.contribCount()-1)
}

// startWriting focuses the contribution text.
func (e *Editor) startWriting() tea.Cmd {
	e.zone = zoneInput
	return e.in.form.FocusInput(e.in.text)
}

// submit saves the contribution typed: a new one for the selected
// speaker (the field is emptied for the next one, the tag kept), or the
// edit of an existing one.
func (e *Editor) submit() tea.Cmd {
	c := e.ctx.Conf
	text := e.in.text.Value()
	if e.editID != "" {
		return e.saveEdit(text)
	}
	if text == "" {
		return e.in.form.FocusInput(e.in.text)
	}
	added := c.AddContribution(conference.Contribution{
		SpeakerID:  e.selectedID(),
		Text:       text,
		Provenance: e.in.provenance(),
		Source:     e.in.source.Value(),
		At:         e.ctx.Now(),
		Phase:      conference.PhasePerspectives,
	})
	e.in.text.SetValue("")
	e.in.source.SetValue("")
	e.resetContribCursor()
	e.ctx.Record(conference.OpAdd, "contributions/"+added.ID, true)
	return e.in.form.FocusInput(e.in.text)
}

// saveEdit writes the edited contribution back; an emptied text keeps
// the old one (deleting is x, with a question).
func (e *Editor) saveEdit(text string) tea.Cmd {
	id := e.editID
	x := e.contribution(id)
	if x == nil {
		e.endEdit()
		return nil
	}
	if text != "" {
		x.Text = text
	}
	x.Source = e.in.source.Value()
	x.Provenance = e.in.provenance()
	e.endEdit()
	e.ctx.Record(conference.OpUpdate, "contributions/"+id, true)
	return nil
}

// edit loads the selected contribution into the input; the draft of a new
// one is put aside meanwhile.
func (e *Editor) edit() tea.Cmd {
	list := e.contributions()
	if len(list) == 0 {
		return nil
	}
	x := list[min(e.contribCursor, len(list)-1)]
	e.draft = draft{text: e.in.text.Text(), source: e.in.source.Text(), tag: e.in.tag}
	e.editID = x.ID
	e.in.text.SetValue(x.Text)
	e.in.source.SetValue(x.Source)
	e.in.setProvenance(x.Provenance)
	return e.startWriting()
}

// endEdit leaves editing and brings the draft back.
func (e *Editor) endEdit() {
	e.editID = ""
	e.in.form.Blur()
	e.in.text.SetValue(e.draft.text)
	e.in.source.SetValue(e.draft.source)
	e.in.tag = e.draft.tag
	e.draft = draft{}
	e.zone = zoneList
}

// draft is a new contribution put aside while another is edited.
type draft struct {
	text, source string
	tag          int
}

func (e *Editor) contribution(id string) *conference.Contribution {
	for i := range e.ctx.Conf.Contributions {
		if e.ctx.Conf.Contributions[i].ID == id {
			return &e.ctx.Conf.Contributions[i]
		}
	}
	return nil
}

func (e *Editor) askRemove() {
	list := e.contributions()
	if len(list) == 0 {
		return
	}
	x := list[min(e.contribCursor, len(list)-1)]
	tr := e.ctx.Msgs
	e.removeID = x.ID
	e.confirm = widget.NewConfirm(tr, e.ctx.Styles, tr.T("perspectives.remove.title"), tr.T("perspectives.remove.body", x.Text))
}

func (e *Editor) answerRemove(msg tea.Msg) tea.Cmd {
	switch e.confirm.Update(msg) {
	case widget.Yes:
		e.confirm = nil
		id := e.removeID
		e.removeID = ""
		if !e.ctx.Conf.Remove(id) {
			return nil
		}
		e.contribCursor = min(e.contribCursor, max(0, e.contribCount()-1))
		e.ctx.Record(conference.OpRemove, "contributions/"+id, true)
		return nil
	case widget.No:
		e.confirm, e.removeID = nil, ""
	}
	return nil
}
