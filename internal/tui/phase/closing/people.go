package closing

import (
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// participantOptions offers every participant, with the institution as
// hint so two people of the same name can be told apart.
func participantOptions(ctx *phase.Context) []widget.Option {
	out := make([]widget.Option, 0, len(ctx.Conf.Participants))
	for _, p := range ctx.Conf.Participants {
		hint := p.Institution
		if hint == "" && p.InstitutionType != "" {
			hint = catalogue.Label(ctx.Catalogue.Institutions, p.InstitutionType, string(ctx.Lang))
		}
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: hint})
	}
	return out
}

// participantPick is a pick over the participants (no free text).
func participantPick(ctx *phase.Context, label, value string) *widget.Pick {
	p := widget.NewPick(ctx.Msgs, ctx.Styles, label, participantOptions(ctx))
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

// nameWithInstitution is "Name (Institution)" for the read-back.
func nameWithInstitution(ctx *phase.Context, id, institution string) string {
	p := ctx.Conf.Participant(id)
	if p == nil {
		// A carer or a child: the read-back asks the family too.
		if name, ok := ctx.Conf.OwnerName(id); ok {
			return name + " (" + ctx.Msgs.T("filing.family_owned") + ")"
		}
		return ""
	}
	if institution == "" {
		institution = p.Institution
	}
	if institution == "" && p.InstitutionType != "" {
		institution = catalogue.Label(ctx.Catalogue.Institutions, p.InstitutionType, string(ctx.Lang))
	}
	if institution == "" {
		return p.Name
	}
	return p.Name + " (" + institution + ")"
}
