package agenda

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// itemForm adds or edits an agenda item: its title, who leads it, what was
// discussed and what was decided (one decision a line).
type itemForm struct {
	ctx        *phase.Context
	form       *widget.Form
	title      *widget.Field
	lead       *widget.Pick
	discussion *widget.TextArea
	decisions  *widget.TextArea
}

func newItemForm(ctx *phase.Context) *itemForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &itemForm{ctx: ctx}
	f.title = widget.NewField(tr, st, tr.T("network.agenda.field.title"))
	f.title.SetPlaceholder(tr.T("network.agenda.field.title.hint"))
	f.lead = widget.NewPick(tr, st, tr.T("network.agenda.field.lead"), nil)
	f.lead.SetRows(4)
	f.discussion = widget.NewTextArea(tr, st, tr.T("network.agenda.field.discussion"))
	f.discussion.SetRows(3)
	f.decisions = widget.NewTextArea(tr, st, tr.T("network.agenda.field.decisions"))
	f.decisions.SetRows(3)
	f.decisions.SetPlaceholder(tr.T("network.agenda.field.decisions.hint"))
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.title}, widget.Row{Input: f.lead},
		widget.Row{Input: f.discussion}, widget.Row{Input: f.decisions})
	f.form.SetSubmitHelp(tr.T("network.agenda.key.save"))
	return f
}

// Form implements listform.ItemForm.
func (f *itemForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher.
func (f *itemForm) Refresh() { f.lead.SetOptions(listform.People(f.ctx, true)) }

// Load implements listform.ItemForm.
func (f *itemForm) Load(it *conference.AgendaItem) {
	if it == nil {
		it = &conference.AgendaItem{}
	}
	f.title.SetValue(it.Title)
	f.title.SetError("")
	f.lead.SetValue(it.LeadID)
	f.discussion.SetValue(it.Discussion)
	f.decisions.SetValue(it.Decisions)
}

// Entry implements listform.ItemForm: an item has a title.
func (f *itemForm) Entry() (conference.AgendaItem, *listform.Problem) {
	it := conference.AgendaItem{
		Title: f.title.Value(), LeadID: f.lead.Value(),
		Discussion: strings.TrimSpace(f.discussion.Value()), Decisions: strings.TrimSpace(f.decisions.Value()),
	}
	if it.Title == "" {
		return it, &listform.Problem{Input: f.title, Text: f.ctx.Msgs.T("network.agenda.title_missing")}
	}
	f.title.SetError("")
	return it, nil
}

// Add implements listform.ItemForm.
func (f *itemForm) Add(it conference.AgendaItem) string { return f.ctx.Conf.AddAgendaItem(it).ID }

// Apply implements listform.ItemForm.
func (f *itemForm) Apply(id string, in widget.Input) (string, bool) {
	it := f.ctx.Conf.AgendaItem(id)
	if it == nil {
		return "", false
	}
	switch in {
	case f.title:
		if f.title.Value() == "" {
			f.title.SetError(f.ctx.Msgs.T("network.agenda.title_missing"))
			return "", false
		}
		f.title.SetError("")
		it.Title = f.title.Value()
		return "title", true
	case f.lead:
		it.LeadID = f.lead.Value()
		return "lead_id", true
	case f.discussion:
		it.Discussion = strings.TrimSpace(f.discussion.Value())
		return "discussion", true
	case f.decisions:
		it.Decisions = strings.TrimSpace(f.decisions.Value())
		return "decisions", true
	}
	return "", false
}

// actionForm adds or edits an action of the selected item: what, who
// (a participant; the action's institution is theirs) and by when.
type actionForm struct {
	ctx   *phase.Context
	item  func() string // the item new actions go under
	form  *widget.Form
	what  *widget.Field
	owner *widget.Pick
	due   *widget.DateField
}

func newActionForm(ctx *phase.Context, item func() string) *actionForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &actionForm{ctx: ctx, item: item}
	f.what = widget.NewField(tr, st, tr.T("network.agenda.action.field.what"))
	f.owner = widget.NewPick(tr, st, tr.T("network.agenda.action.field.owner"), nil)
	f.owner.SetRows(4)
	f.due = widget.NewDateField(tr, st, tr.T("network.agenda.action.field.due"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	f.due.SetPlaceholder(tr.T("network.agenda.action.field.due.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.what}, widget.Row{Input: f.owner}, widget.Row{Input: f.due})
	f.form.SetSubmitHelp(tr.T("network.agenda.key.save_action"))
	return f
}

// Form implements listform.ItemForm.
func (f *actionForm) Form() *widget.Form { return f.form }

// Refresh implements listform.Refresher.
func (f *actionForm) Refresh() { f.owner.SetOptions(listform.People(f.ctx, true)) }

// Load implements listform.ItemForm.
func (f *actionForm) Load(a *conference.Action) {
	if a == nil {
		a = &conference.Action{}
	}
	f.what.SetValue(a.What)
	f.what.SetError("")
	f.owner.SetValue(a.OwnerID)
	f.due.SetDate(a.Due)
}

// Entry implements listform.ItemForm: an action says what is to be done;
// a due date typed must be a date.
func (f *actionForm) Entry() (conference.Action, *listform.Problem) {
	due, ok := f.due.Date()
	a := conference.Action{What: f.what.Value(), OwnerID: f.owner.Value(), Due: due}
	switch {
	case a.What == "":
		return a, &listform.Problem{Input: f.what, Text: f.ctx.Msgs.T("network.agenda.action.what_missing")}
	case !ok:
		return a, &listform.Problem{Input: f.due, Text: f.ctx.Msgs.T("network.agenda.action.due_invalid")}
	}
	f.what.SetError("")
	return a, nil
}

// Add implements listform.ItemForm: the action goes under the selected
// item, with its owner's institution.
func (f *actionForm) Add(a conference.Action) string {
	a.Item = f.item()
	return f.ctx.Conf.AddAction(a).ID
}

// Apply implements listform.ItemForm.
func (f *actionForm) Apply(id string, in widget.Input) (string, bool) {
	c := f.ctx.Conf
	a := c.Action(id)
	if a == nil {
		return "", false
	}
	switch in {
	case f.what:
		if f.what.Value() == "" {
			f.what.SetError(f.ctx.Msgs.T("network.agenda.action.what_missing"))
			return "", false
		}
		f.what.SetError("")
		a.What = f.what.Value()
		return "what", true
	case f.owner:
		a.OwnerID = f.owner.Value()
		a.Institution = c.OwnerInstitution(a.OwnerID)
		return "owner_id", true
	case f.due:
		d, ok := f.due.Date()
		if !ok {
			return "", false
		}
		a.Due = d
		return "due", true
	}
	return "", false
}
