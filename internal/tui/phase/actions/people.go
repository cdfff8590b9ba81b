package actions

import (
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// ownerOptions offers every participant as an owner, with the institution
// as hint so two people of the same name can be told apart.
func ownerOptions(ctx *phase.Context) []widget.Option {
	out := make([]widget.Option, 0, len(ctx.Conf.Participants))
	for _, p := range ctx.Conf.Participants {
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: institutionLabel(ctx, p)})
	}
	return out
}

// institutionLabel is how a participant's institution reads: the named
// institution, or the label of its type when no name was recorded.
func institutionLabel(ctx *phase.Context, p conference.Participant) string {
	if p.Institution != "" {
		return p.Institution
	}
	if p.InstitutionType != "" {
		return catalogue.Label(ctx.Catalogue.Institutions, p.InstitutionType, string(ctx.Lang))
	}
	return ""
}

// defaultInstitution is what an action's institution defaults to when its
// owner is picked: the owner's named institution, as AddAction does. A
// catalogue label is never stored, so the minutes stay language-neutral.
func defaultInstitution(c *conference.Conference, ownerID string) string {
	if p := c.Participant(ownerID); p != nil {
		return p.Institution
	}
	return ""
}

// ownerText shows who owns an action: name and, in brackets, the
// institution ("" when there is no owner).
func ownerText(ctx *phase.Context, a conference.Action) string { return ownerOf(ctx, a).String() }

// owner is who owns an action, as the table names them.
type owner struct {
	found      bool // the owner is a participant
	name, inst string
}

func ownerOf(ctx *phase.Context, a conference.Action) owner {
	p := ctx.Conf.Participant(a.OwnerID)
	if p == nil {
		return owner{}
	}
	inst := a.Institution
	if inst == "" {
		inst = institutionLabel(ctx, *p)
	}
	return owner{found: true, name: p.Name, inst: inst}
}

// String is the owner's name and, in brackets, the institution.
func (o owner) String() string {
	switch {
	case !o.found:
		return ""
	case o.inst == "":
		return o.name
	}
	return o.name + " (" + o.inst + ")"
}
