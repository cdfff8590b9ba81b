package perspectives

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// contribForm is where a contribution is typed: its text, what kind of
// knowledge it is (observed / reported / assessed: chosen for each
// contribution, never carried over to the next speaker) and its source.
type contribForm struct {
	ctx     *phase.Context
	speaker func() string // who the next contribution is for
	form    *widget.Form
	text    *widget.Field
	kind    *widget.Pick
	source  *widget.Field
}

func newContribForm(ctx *phase.Context, speaker func() string) *contribForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &contribForm{ctx: ctx, speaker: speaker}
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

// Form implements listform.ItemForm.
func (f *contribForm) Form() *widget.Form { return f.form }

// Load implements listform.ItemForm: a new contribution starts with no
// kind chosen.
func (f *contribForm) Load(x *conference.Contribution) {
	if x == nil {
		x = &conference.Contribution{}
	}
	f.text.SetValue(x.Text)
	f.text.SetError("")
	f.kind.SetValue(x.Provenance)
	f.source.SetValue(x.Source)
}

// Entry implements listform.ItemForm: a contribution says something.
func (f *contribForm) Entry() (conference.Contribution, *listform.Problem) {
	x := conference.Contribution{Text: f.text.Value(), Provenance: f.kind.Value(), Source: f.source.Value()}
	if x.Text == "" {
		return x, &listform.Problem{Input: f.text, Text: f.ctx.Msgs.T("perspectives.text.missing")}
	}
	f.text.SetError("")
	return x, nil
}

// Add implements listform.ItemForm: the contribution is the selected
// speaker's, now, in this phase.
func (f *contribForm) Add(x conference.Contribution) string {
	x.SpeakerID, x.At, x.Phase = f.speaker(), f.ctx.Now(), conference.PhasePerspectives
	return f.ctx.Conf.AddContribution(x).ID
}

// Apply implements listform.ItemForm: an emptied text keeps the old one
// (removing is d).
func (f *contribForm) Apply(id string, in widget.Input) (string, bool) {
	c := f.ctx.Conf
	i := slices.IndexFunc(c.Contributions, func(x conference.Contribution) bool { return x.ID == id })
	if i < 0 {
		return "", false
	}
	x := &c.Contributions[i]
	switch in {
	case f.text:
		if f.text.Value() == "" {
			f.text.SetError(f.ctx.Msgs.T("perspectives.text.missing"))
			return "", false
		}
		f.text.SetError("")
		x.Text = f.text.Value()
		return "text", true
	case f.kind:
		x.Provenance = f.kind.Value()
		return "provenance", true
	case f.source:
		x.Source = f.source.Value()
		return "source", true
	}
	return "", false
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
