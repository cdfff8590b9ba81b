package closing

import (
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// participantPick is a pick over the participants (no free text).
func participantPick(ctx *phase.Context, label, value string) *widget.Pick {
	p := widget.NewPick(ctx.Msgs, ctx.Styles, label, listform.People(ctx, false))
	p.SetRows(5)
	p.SetValue(value)
	return p
}

// name returns a participant's name, or "" when there is no such person.
func name(ctx *phase.Context, id string) string {
	if p := ctx.Conf.Participant(id); p != nil {
		return p.Name
	}
	return ""
}
