package review

import (
	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// carryForm carries a reviewed action forward as a new action of this
// conference: the new due date, and which action (the selected one,
// filled in; another can be chosen). It is the reviews list's form: a new
// entry is a carried action, a draft until it is submitted; editing a
// review that was carried moves the carried action's due date.
type carryForm struct {
	ctx *phase.Context
	// selected is the review the cursor is on (the one c carries).
	selected func() *conference.ActionReview
	form     *widget.Form
	due      *widget.DateField
	which    *widget.Pick
	// editing: the form shows a review carried already (Load(&r)).
	editing bool
}

func newCarryForm(ctx *phase.Context, selected func() *conference.ActionReview) *carryForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &carryForm{ctx: ctx, selected: selected}
	f.due = widget.NewDateField(tr, st, tr.T("review.carry.due"), func() conference.Date { return conference.DateOf(ctx.Now()) })
	f.due.SetPlaceholder(tr.T("review.carry.due.hint"))
	f.which = widget.NewPick(tr, st, tr.T("review.carry.which"), nil)
	f.which.SetRows(4)
	// The due date first: it is what is to be typed. Which action is
	// filled in from the selection and shown under it (a draft is named
	// by its first text, and a date names it better than an ID).
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.due},
		widget.Row{Input: f.which, Visible: func() bool { return !f.editing }})
	f.form.SetSubmitHelp(tr.T("review.key.carry_save"))
	return f
}

// Form implements listform.ItemForm.
func (f *carryForm) Form() *widget.Form { return f.form }

// options are the reviews that can still be carried forward: any but a
// done one, and not carried yet (carrying again moves the due date: that
// is an edit, of the review also, which is offered).
func (f *carryForm) options(also string) []widget.Option {
	var out []widget.Option
	for _, r := range f.ctx.Conf.Reviews {
		if f.carriable(r) || r.ActionID == also && also != "" {
			out = append(out, widget.Option{Code: r.ActionID, Label: r.What, Hint: r.OwnerName})
		}
	}
	return out
}

// carriable reports whether r can be carried forward as a new action.
func (f *carryForm) carriable(r conference.ActionReview) bool {
	return conference.CanCarry(r.Status) && f.ctx.Conf.Action(r.CarriedTo) == nil
}

// Refresh implements listform.Refresher: the reviews to choose from as
// they are now, and the selected one filled in unless the user chose.
func (f *carryForm) Refresh() {
	if f.editing {
		return // Load follows
	}
	f.which.SetOptions(f.options(""))
	if !f.form.Typed() {
		f.fillSelected()
	}
}

// fillSelected fills in the selected review when it can be carried.
func (f *carryForm) fillSelected() {
	f.which.SetValue("")
	if r := f.selected(); r != nil && f.carriable(*r) {
		f.which.SetValue(r.ActionID)
		f.form.MarkPrefilled(f.which)
	}
}

// Load implements listform.ItemForm: a new carried action (r nil) starts
// from the selected review; a carried one shows its due date.
func (f *carryForm) Load(r *conference.ActionReview) {
	f.editing = r != nil
	f.due.SetValue("")
	f.due.SetError("")
	if r == nil {
		f.which.SetOptions(f.options(""))
		f.fillSelected()
		return
	}
	f.which.SetOptions(f.options(r.ActionID))
	f.which.SetValue(r.ActionID)
	if a := f.ctx.Conf.Action(r.CarriedTo); a != nil && !a.Due.IsZero() {
		f.due.SetDate(a.Due)
	}
}

// Entry implements listform.ItemForm: the review to carry and, in its Due,
// the new due date, which must be given and be a date.
func (f *carryForm) Entry() (conference.ActionReview, *listform.Problem) {
	tr := f.ctx.Msgs
	r := f.ctx.Conf.Review(f.which.Value())
	if r == nil || !conference.CanCarry(r.Status) || !f.editing && !f.carriable(*r) {
		return conference.ActionReview{}, &listform.Problem{Input: f.which, Text: tr.T("review.carry.which_missing")}
	}
	day, ok := f.due.Date()
	if !ok {
		return conference.ActionReview{}, &listform.Problem{Input: f.due, Text: f.due.Reason()}
	}
	if day.IsZero() {
		return conference.ActionReview{}, &listform.Problem{Input: f.due, Text: tr.T("review.carry.due_missing")}
	}
	f.due.SetError("")
	return conference.ActionReview{ActionID: r.ActionID, Due: day}, nil
}

// Add implements listform.ItemForm: the action is carried forward. The
// review records it (its status, where it went); the new action's path
// is what Add returns (the list's Path is empty: IDs are whole paths).
func (f *carryForm) Add(item conference.ActionReview) string {
	a := f.ctx.Conf.CarryForward(item.ActionID, item.Due)
	if a == nil {
		return ""
	}
	f.ctx.Record(conference.OpUpdate, "reviews/"+item.ActionID+"/status", true)
	return "actions/" + a.ID
}

// Apply implements listform.ItemForm: a new due date of a carried action
// moves it. The change is the carried action's, so Apply records it
// itself and reports nothing for the list to record.
func (f *carryForm) Apply(id string, in widget.Input) (string, bool) {
	if in != f.due {
		return "", false
	}
	day, ok := f.due.Date()
	r := f.ctx.Conf.Review(id)
	if !ok || day.IsZero() || r == nil {
		return "", false
	}
	a := f.ctx.Conf.Action(r.CarriedTo)
	if a == nil || a.Due == day {
		return "", false
	}
	f.ctx.Conf.CarryForward(id, day)
	f.ctx.Record(conference.OpUpdate, "actions/"+a.ID+"/due", true)
	return "", false
}
