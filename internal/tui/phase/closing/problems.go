package closing

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
)

// problemText translates a validation problem, with what it is about in
// front when the message alone would not say which entry it means
// ("Vereinbarung 3: …").
func problemText(ctx *phase.Context, p conference.Problem) string {
	args := make([]any, 0, len(p.Args))
	for _, a := range p.Args {
		if e, ok := catalogue.Find(ctx.Catalogue.Responsibilities, a); ok {
			a = e.LabelIn(string(ctx.Lang)) // a responsibility is named, not coded
		}
		args = append(args, a)
	}
	text := ctx.Msgs.T(p.Key, args...)
	if where := problemWhere(ctx, p.Path); where != "" {
		return where + ": " + text
	}
	return text
}

// problemWhere names the entry a problem path points into: an action or a
// parked topic by its number, a participant by name.
func problemWhere(ctx *phase.Context, path string) string {
	c := ctx.Conf
	kind, rest, _ := strings.Cut(path, "/")
	id, _, _ := strings.Cut(rest, "/")
	switch kind {
	case "actions":
		for i, a := range c.Actions {
			if a.ID == id {
				return ctx.Msgs.T("closing.where.action", i+1)
			}
		}
	case "parked":
		for i, t := range c.Parked {
			if t.ID == id {
				return ctx.Msgs.T("closing.where.parked", i+1)
			}
		}
	case "participants":
		return name(ctx, id)
	}
	return ""
}
