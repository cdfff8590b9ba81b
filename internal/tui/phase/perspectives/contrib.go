package perspectives

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// contribForm is where a contribution is typed: its text, what kind of
// knowledge it is (observed / reported / assessed: chosen for each
// contribution, never carried over to the next speaker) and its source. A
// new contribution is the selected speaker's, now, in this phase.
type contribForm struct {
	*listform.Fields[conference.Contribution]
	form         *widget.Form
	text, source *widget.Field
	kind         *widget.Pick
}

func newContribForm(ctx *phase.Context, speaker func() string) *contribForm {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	f := &contribForm{}
	f.text = widget.NewField(tr, st, tr.T("perspectives.text"))
	f.text.SetPlaceholder(tr.T("perspectives.text.placeholder"))
	var kinds []widget.Option
	for _, code := range conference.ContribSources {
		kinds = append(kinds, widget.Option{Code: code, Label: kindLabel(ctx, code)})
	}
	f.kind = widget.NewPick(tr, st, tr.T("perspectives.kind"), kinds)
	f.kind.SetRows(3)
	f.source = widget.NewField(tr, st, tr.T("perspectives.source"))
	f.source.SetPlaceholder(tr.T("perspectives.source.placeholder"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.text}, widget.Row{Input: f.kind}, widget.Row{Input: f.source})
	f.form.SetSubmitHelp(tr.T("perspectives.key.submit"))
	f.Fields = listform.NewFields(f.form, func(id string) *conference.Contribution {
		for i := range c.Contributions {
			if c.Contributions[i].ID == id {
				return &c.Contributions[i]
			}
		}
		return nil
	}, func(x conference.Contribution) string {
		x.SpeakerID, x.At, x.Phase = speaker(), ctx.Now(), conference.PhasePerspectives
		return c.AddContribution(x).ID
	},
		listform.Required(f.text, "text", func(x *conference.Contribution) *string { return &x.Text }, tr.T("perspectives.text.missing")),
		listform.Choice(f.kind, "provenance", func(x *conference.Contribution) *string { return &x.Provenance }, ""),
		listform.Text(f.source, "source", func(x *conference.Contribution) *string { return &x.Source }),
	)
	return f
}

// kindLabel is how a kind of knowledge reads in full ("beobachtet").
func kindLabel(ctx *phase.Context, code string) string {
	for _, e := range ctx.Catalogue.Provenance {
		if e.Code == code {
			return e.LabelIn(string(ctx.Lang))
		}
	}
	return code
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
