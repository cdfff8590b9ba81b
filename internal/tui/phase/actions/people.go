package actions

import (
	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// ownerOptions offers every participant as an owner, with the institution
// as hint so two people of the same name can be told apart, and then the
// carers and the children: an agreement with the family itself (a
// protection agreement with the parents) is the most common of all.
func ownerOptions(ctx *phase.Context) []widget.Option {
	c := ctx.Conf
	out := make([]widget.Option, 0, len(c.Participants)+len(c.Carers)+len(c.Children))
	for _, p := range c.Participants {
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: ctx.Institution(p)})
	}
	family := ctx.Msgs.T("filing.family_owned")
	for _, p := range c.Carers {
		if c.Participant(p.ID) == nil {
			out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: family})
		}
	}
	for _, ch := range c.Children {
		name, _ := c.OwnerName(ch.ID)
		out = append(out, widget.Option{Code: ch.ID, Label: name, Hint: family})
	}
	return out
}

// ownerText shows who owns an action: name and, in brackets, the
// institution ("" when there is no owner).
func ownerText(ctx *phase.Context, a conference.Action) string { return ownerOf(ctx, a).String() }

// owner is who owns an action, as the table names them.
type owner struct {
	found      bool // the owner is a participant, a carer or a child
	name, inst string
}

func ownerOf(ctx *phase.Context, a conference.Action) owner {
	p := ctx.Conf.Participant(a.OwnerID)
	if p == nil {
		// A carer or a child: the family's own action.
		if name, ok := ctx.Conf.OwnerName(a.OwnerID); ok {
			return owner{found: true, name: name, inst: ctx.Msgs.T("filing.family_owned")}
		}
		return owner{}
	}
	inst := a.Institution
	if inst == "" {
		inst = ctx.Institution(*p)
	}
	return owner{found: true, name: p.Name, inst: inst}
}

// String is the owner's name and, in brackets, the institution.
func (o owner) String() string {
	if !o.found {
		return ""
	}
	return conference.WithInstitution(o.name, o.inst)
}
