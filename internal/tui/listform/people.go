package listform

import (
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// People offers the participants for a pick list, each with their
// institution as hint, so two people of the same name can be told apart.
// presentFirst puts those present first (the steps of the next hours fall
// to the people at the table).
func People(ctx *phase.Context, presentFirst bool) []widget.Option {
	var present, others []widget.Option
	for _, p := range ctx.Conf.Participants {
		o := widget.Option{Code: p.ID, Label: p.Name, Hint: ctx.Institution(p)}
		if presentFirst && !p.Present() {
			others = append(others, o)
		} else {
			present = append(present, o)
		}
	}
	return append(present, others...)
}
