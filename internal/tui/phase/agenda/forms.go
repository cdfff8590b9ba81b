package agenda

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// newItemForm adds or edits an agenda item: its title, who leads it, what
// was discussed and what was decided (one decision a line).
func newItemForm(ctx *phase.Context) *listform.Fields[conference.AgendaItem] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	title := widget.NewField(tr, st, tr.T("network.agenda.field.title"))
	title.SetPlaceholder(tr.T("network.agenda.field.title.hint"))
	lead := widget.NewPick(tr, st, tr.T("network.agenda.field.lead"), nil)
	lead.SetRows(4)
	discussion := widget.NewTextArea(tr, st, tr.T("network.agenda.field.discussion"))
	discussion.SetRows(3)
	decisions := widget.NewTextArea(tr, st, tr.T("network.agenda.field.decisions"))
	decisions.SetRows(3)
	decisions.SetPlaceholder(tr.T("network.agenda.field.decisions.hint"))
	form := widget.NewForm(tr, st,
		widget.Row{Input: title}, widget.Row{Input: lead},
		widget.Row{Input: discussion}, widget.Row{Input: decisions})
	form.SetSubmitHelp(tr.T("network.agenda.key.save"))
	type item = conference.AgendaItem
	f := listform.NewFields(form, c.AgendaItem, func(it item) string { return c.AddAgendaItem(it).ID },
		listform.Required(title, "title", func(it *item) *string { return &it.Title }, tr.T("network.agenda.title_missing")),
		listform.Choice(lead, "lead_id", func(it *item) *string { return &it.LeadID }, ""),
		listform.Area(discussion, "discussion", func(it *item) *string { return &it.Discussion }, ""),
		listform.Area(decisions, "decisions", func(it *item) *string { return &it.Decisions }, ""),
	)
	f.Refreshed = func() { lead.SetOptions(listform.People(ctx, true)) }
	return f
}

// newActionForm adds or edits an action of the selected item (item() is
// the one new actions go under): what, who (a participant; the action's
// institution is theirs) and by when.
func newActionForm(ctx *phase.Context, item func() string) *listform.Fields[conference.Action] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	what := widget.NewField(tr, st, tr.T("network.agenda.action.field.what"))
	owner := widget.NewPick(tr, st, tr.T("network.agenda.action.field.owner"), nil)
	owner.SetRows(4)
	due := widget.NewDateField(tr, st, tr.T("network.agenda.action.field.due"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	due.SetPlaceholder(tr.T("network.agenda.action.field.due.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: what}, widget.Row{Input: owner}, widget.Row{Input: due})
	form.SetSubmitHelp(tr.T("network.agenda.key.save_action"))
	type action = conference.Action
	ownedBy := listform.Choice(owner, "owner_id", func(a *action) *string { return &a.OwnerID }, "")
	ownedBy.Store = func(a *action) *listform.Problem {
		a.OwnerID = owner.Value()
		a.Institution = c.OwnerInstitution(a.OwnerID)
		return nil
	}
	f := listform.NewFields(form, c.Action, func(a action) string {
		a.Item = item()
		return c.AddAction(a).ID
	},
		listform.Required(what, "what", func(a *action) *string { return &a.What }, tr.T("network.agenda.action.what_missing")),
		ownedBy,
		listform.Date(due, "due", func(a *action) *conference.Date { return &a.Due }),
	)
	f.Refreshed = func() { owner.SetOptions(listform.People(ctx, true)) }
	return f
}
