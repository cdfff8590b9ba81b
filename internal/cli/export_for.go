package cli

import (
	"errors"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/export"
	"kofa/internal/sanitize"
)

// recipientFor finds whom --for names for the document f asks for. A
// document that needs someone and names nobody is wrong usage (exit 2);
// a name that matches nobody is an error (exit 1) listing whom the
// document can be for. A task list for an institution without tasks
// becomes the notice of the result (f is changed, stderr says so), and a
// feedback asked for someone not owed it points to the notice.
func (inv *invocation) recipientFor(c *conference.Conference, f *exportFlags, cat *catalogue.Catalogue) (export.Recipient, error) {
	if !export.TakesRecipient(f.variant) {
		return export.Recipient{}, nil
	}
	tr := inv.tr
	who := sanitize.Line(f.inst)
	to, err := export.ResolveFor(c, f.variant, f.inst, cat)
	switch {
	case err == nil:
		return to, nil
	case errors.Is(err, export.ErrNoTasks):
		inv.printErr(tr.T("exportfor.no_tasks_notice", who))
		f.variant = export.VariantNotice
		return export.ResolveFor(c, f.variant, f.inst, cat)
	case errors.Is(err, export.ErrRecipientNeeded):
		return to, usagef(tr.T("exportfor.needs_for_here", f.variant, recipientList(c, f.variant, cat)))
	case errors.Is(err, export.ErrNotEntitled):
		return to, failf(tr.T("exportfor.not_entitled", sanitize.Line(to.Name), string(c.ID), to.Key))
	}
	valid := export.Recipients(c, f.variant, cat)
	if len(valid) == 0 {
		key := "exportfor.nobody." + f.variant
		return to, failf(tr.T(key, who))
	}
	return to, failf(tr.T("exportfor.unknown", who, f.variant, recipientList(c, f.variant, cat)))
}

// recipientList names whom a document can be for, as --for takes them.
func recipientList(c *conference.Conference, variant string, cat *catalogue.Catalogue) string {
	names := export.RecipientNames(export.Recipients(c, variant, cat))
	if len(names) == 0 {
		return "–"
	}
	for i, n := range names {
		names[i] = sanitize.Line(n)
	}
	return strings.Join(names, ", ")
}
