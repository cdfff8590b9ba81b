package handover

import (
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// NewTakeover returns the editor of the phase "open actions": each action
// of the case still open (what, due, who held it until now) and who takes
// it on, by name or by function, and at which institution.
func NewTakeover(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	lang := string(ctx.Lang)
	var rows []widget.Row
	var fields []field
	for i, t := range ctx.Conf.Takeovers() {
		id := t.ID
		at := func(c *conference.Conference) *conference.Takeover {
			if x := c.Takeover(id); x != nil {
				return x
			}
			return &conference.Takeover{} // removed meanwhile: nothing to write to
		}
		rows = append(rows, widget.Row{Label: strconv.Itoa(i+1) + ".", Info: func() string {
			x := at(ctx.Conf)
			line := x.What
			if !x.Due.IsZero() {
				line += " · " + tr.T("handovertui.takeover.due", conference.FormatDate(x.Due, lang))
			}
			if x.PreviousOwner != "" || x.PreviousInstitution != "" {
				line += " · " + tr.T("handovertui.takeover.until_now", joinNonEmpty(x.PreviousOwner, x.PreviousInstitution))
			}
			return line
		}})
		owner := widget.NewField(tr, st, tr.T("handover.doc.col.takes"))
		owner.SetPlaceholder(tr.T("handovertui.takeover.owner.hint"))
		inst := widget.NewField(tr, st, tr.T("handovertui.takeover.institution"))
		rows = append(rows, widget.Row{Input: owner}, widget.Row{Input: inst})
		path := "handover/takeovers/" + id + "/"
		fields = append(fields,
			listform.Text(owner, path+"owner", func(c *conference.Conference) *string { return &at(c).Owner }),
			listform.Text(inst, path+"institution", func(c *conference.Conference) *string { return &at(c).Institution }))
	}
	if len(rows) == 0 {
		rows = append(rows, widget.Row{Label: "", Info: func() string { return tr.T("handover.doc.takeovers.none") }})
	}
	return newFormEditor(ctx, widget.NewForm(tr, st, rows...), fields...)
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}
