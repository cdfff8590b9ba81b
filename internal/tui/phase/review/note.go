package review

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// notePanel is the note of one review, written as it is typed (a panel
// over the review, as every stored value is edited).
type notePanel struct {
	*listform.Panel
	ctx  *phase.Context
	note *widget.Field
	// id is the reviewed action whose note the panel shows; typed: the
	// note was changed since the panel opened (leaving commits it at once).
	id    string
	typed bool
}

func newNotePanel(ctx *phase.Context) *notePanel {
	tr := ctx.Msgs
	p := &notePanel{ctx: ctx, note: widget.NewField(tr, ctx.Styles, tr.T("review.note"))}
	p.note.SetPlaceholder(tr.T("review.note.hint"))
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: p.note})
	form.SetSubmitHelp(tr.T("review.key.save"))
	p.Panel = listform.NewPanel(ctx, form, p.load, p.apply)
	return p
}

// OpenOn opens the note of the review of actionID.
func (p *notePanel) OpenOn(actionID string) tea.Cmd {
	p.id, p.typed = actionID, false
	return p.Open(nil)
}

func (p *notePanel) load(*widget.Form) {
	note := ""
	if r := p.ctx.Conf.Review(p.id); r != nil {
		note = r.Note
	}
	p.note.SetValue(note)
}

func (p *notePanel) apply(widget.Input) (string, bool) {
	r := p.ctx.Conf.Review(p.id)
	if r == nil {
		return "", false
	}
	if r.Note != p.note.Value() {
		p.ctx.Conf.SetReview(r.ActionID, r.Status, p.note.Value())
		p.typed = true
	}
	if !p.typed {
		return "", false
	}
	return "reviews/" + r.ActionID + "/note", true
}
