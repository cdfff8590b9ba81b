package handover

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// NewProtection returns the editor of the phase "crisis and protection
// plan": the case's newest plan, carried over when the handover started,
// checked and brought up to date before it is passed on (if what happens,
// what is done, who acts, by when).
func NewProtection(ctx *phase.Context) phase.Editor {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	when := widget.NewField(tr, st, tr.T("handovertui.plan.if"))
	when.SetPlaceholder(tr.T("handovertui.plan.if.hint"))
	what := widget.NewTextArea(tr, st, tr.T("handovertui.plan.what"))
	what.SetRows(2)
	who := widget.NewField(tr, st, tr.T("handovertui.plan.who"))
	by := widget.NewField(tr, st, tr.T("handovertui.plan.by"))
	by.SetPlaceholder(tr.T("handovertui.plan.by.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: when}, widget.Row{Input: what}, widget.Row{Input: who}, widget.Row{Input: by})
	form.SetSubmitHelp(tr.T("handovertui.plan.save"))
	type x = conference.CrisisEntry
	fields := listform.NewFields(form, c.CrisisEntry, func(v x) string { return c.AddCrisisEntry(v).ID },
		listform.Text(when, "if", func(v *x) *string { return &v.If }),
		listform.Area(what, "what", func(v *x) *string { return &v.What }, tr.T("handovertui.plan.what_missing")),
		listform.Text(who, "who", func(v *x) *string { return &v.Who }),
		listform.Text(by, "by", func(v *x) *string { return &v.By }))
	e := &listEditor[x]{}
	e.list = listform.New(ctx, listform.Config[x]{
		Path:  "crisis_plan",
		Items: func() []x { return c.CrisisPlan },
		ID:    func(v x) string { return v.ID },
		Row: func(_ int, v x, _ bool, width int) string {
			line := v.What
			if v.If != "" {
				line = tr.T("handovertui.plan.row", v.If, v.What)
			}
			who := v.Who
			if p := c.Participant(v.WhoID); p != nil && who == "" {
				who = p.Name
			}
			return widget.Truncate(line+dotted(joinNonEmpty(who, v.By)), width)
		},
		Empty:   func() string { return tr.T("handover.doc.plan.none") },
		Name:    func(v x) string { return v.What },
		NewHelp: tr.T("handovertui.plan.new"),
		Form:    fields,
		Title:   listform.Titled[x](tr.T("handovertui.plan.new"), tr.T("handovertui.plan.edit")),
		Remove:  c.Remove,
	})
	return e
}
