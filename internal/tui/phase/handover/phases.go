package handover

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// New returns the editor of the phase "what is handed over": to whom
// (the institution and the receiving professional), on which route, how
// the handover happens, and what is handed over.
func New(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	to := widget.NewField(tr, st, tr.T("handover.doc.field.to"))
	to.SetPlaceholder(tr.T("handovertui.to.hint"))
	route := widget.NewPick(tr, st, tr.T("handover.doc.field.route"), options(ctx, "handover.route.", conference.Routes))
	route.SetRows(len(conference.Routes))
	receiver := widget.NewField(tr, st, tr.T("handover.doc.field.receiver"))
	mode := widget.NewPick(tr, st, tr.T("handovertui.mode"), options(ctx, "handover.mode.", conference.HandoverModes))
	mode.SetRows(len(conference.HandoverModes))
	what := widget.NewTextArea(tr, st, tr.T("handover.doc.section.what"))
	what.SetRows(4)
	what.SetPlaceholder(tr.T("handovertui.what.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: to}, widget.Row{Input: route}, widget.Row{Input: receiver},
		widget.Row{Input: mode}, widget.Row{Input: what})
	return newFormEditor(ctx, form,
		listform.Required(to, "handover/to", func(c *conference.Conference) *string { return &handoverOf(c).To }, tr.T(conference.KeyHandoverToMissing)),
		choice(route, "route", func(h *conference.Handover) *string { return &h.Route }),
		text(receiver, "receiver", func(h *conference.Handover) *string { return &h.Receiver }),
		choice(mode, "mode", func(h *conference.Handover) *string { return &h.Mode }),
		area(what, "what", func(h *conference.Handover) *string { return &h.What }))
}

// NewFamily returns the editor of the phase "the family's view": how the
// family takes part, what the parents and the child say about the
// handover, and what the family was told.
func NewFamily(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	mode := widget.PickFrom(tr, st, tr.T("tui.prep.family"), ctx.Catalogue.FamilyParticipation, ctx.Lang)
	parents := widget.NewTextArea(tr, st, tr.T("handover.doc.field.parents_view"))
	parents.SetRows(3)
	child := widget.NewTextArea(tr, st, tr.T("handover.doc.field.child_view"))
	child.SetRows(3)
	told := widget.NewTextArea(tr, st, tr.T("handover.doc.field.family_told"))
	told.SetRows(3)
	form := widget.NewForm(tr, st, widget.Row{Input: mode}, widget.Row{Input: parents}, widget.Row{Input: child}, widget.Row{Input: told})
	type c = conference.Conference
	return newFormEditor(ctx, form,
		listform.Choice(mode, "family/mode", func(x *c) *string { return &x.Family.Mode }, ""),
		listform.Area(parents, "parents_view/said", func(x *c) *string { return &x.ParentsView.Said }, ""),
		listform.Area(child, "child_view/said", func(x *c) *string { return &x.ChildView.Said }, ""),
		area(told, "family_told", func(h *conference.Handover) *string { return &h.FamilyTold }))
}

// NewConfirmation returns the editor of the phase "confirmation": the
// receiver confirms receipt (who, on which day). Until then the handover
// stays an open item of the sending office's follow-up list; a receipt
// that comes later is recorded with `kofa handover ID --received-by`.
func NewConfirmation(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	today := func() conference.Date { return conference.DateOf(ctx.Now()) }
	by := widget.NewField(tr, st, tr.T("handovertui.receipt.by"))
	on := widget.NewDateField(tr, st, tr.T("handovertui.receipt.on"), today)
	form := widget.NewForm(tr, st, widget.Row{Input: by}, widget.Row{Input: on})
	receipt := func(c *conference.Conference) *conference.Receipt { return &handoverOf(c).Receipt }
	e := newFormEditor(ctx, form,
		field{Input: by, Name: "handover/receipt/by",
			Load: func(c *conference.Conference) { by.SetValue(receipt(c).By) },
			Store: func(c *conference.Conference) *listform.Problem {
				receipt(c).By, receipt(c).At = by.Value(), ctx.Now()
				return nil
			}},
		field{Input: on, Name: "handover/receipt/on",
			Load: func(c *conference.Conference) { on.SetDate(receipt(c).On) },
			Store: func(c *conference.Conference) *listform.Problem {
				d, ok := on.Date()
				switch {
				case !ok:
					return &listform.Problem{Input: on, Text: on.Reason()}
				case d.After(today()):
					return &listform.Problem{Input: on, Text: tr.T("handovertui.receipt.future")}
				}
				receipt(c).On, receipt(c).At = d, ctx.Now()
				return nil
			}})
	e.info = func() string {
		r := handoverOf(ctx.Conf).Receipt
		if r.Given() && r.By != "" {
			return "✓ " + tr.T("handover.doc.receipt_given", r.By, conference.FormatDate(r.On, string(ctx.Lang)))
		}
		return tr.T("handovertui.receipt.info")
	}
	return e
}
