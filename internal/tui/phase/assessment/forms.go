package assessment

import (
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// rateForm takes one participant's own rating: category and safety scale.
// It is built empty for every participant, so a rating given before never
// shows while the next person's is typed.
type rateForm struct {
	ctx      *phase.Context
	form     *widget.Form
	category *widget.Pick
	scale    *widget.Field
}

func newRateForm(ctx *phase.Context) *rateForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &rateForm{ctx: ctx}
	f.category = widget.PickFrom(tr, st, tr.T("assessment.field.own_category"), ctx.Catalogue.Categories, ctx.Lang)
	f.category.SetRows(4)
	f.scale = widget.NewField(tr, st, tr.T("assessment.field.scale"))
	f.scale.SetLimit(2)
	f.scale.SetPlaceholder(tr.T("assessment.field.scale.hint", conference.SafetyScaleMax))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.category}, widget.Row{Input: f.scale})
	f.form.SetSubmitHelp(tr.T("assessment.key.save"))
	return f
}

// load shows a rating given before (only once the ratings are revealed).
func (f *rateForm) load(r conference.Rating) {
	f.category.SetValue(r.Category)
	if r.Scale != nil {
		f.scale.SetValue(strconv.Itoa(*r.Scale))
	}
}

// rating returns the rating in the form, or why it cannot be saved (no
// value at all, or a scale that is not a number from 0 to 10).
func (f *rateForm) rating() (conference.Rating, string) {
	tr := f.ctx.Msgs
	r := conference.Rating{Category: f.category.Value()}
	if text := f.scale.Value(); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 || n > conference.SafetyScaleMax {
			f.scale.SetError(tr.T("assessment.scale_invalid", conference.SafetyScaleMax))
			f.form.FocusInput(f.scale)
			return r, tr.T("assessment.scale_invalid", conference.SafetyScaleMax)
		}
		r.Scale = &n
	}
	f.scale.SetError("")
	if r.Category == "" && r.Scale == nil {
		f.form.FocusInput(f.category)
		return r, tr.T("assessment.rating_empty")
	}
	return r, ""
}

// resultPanel edits the agreed result: category, forms of harm and a
// note, and for a case with siblings each child's own category and forms
// of harm (issue 13: siblings are assessed each on their own). Each field
// writes to the conference as it changes, so an acute result opens phase
// 5a at once.
type resultPanel struct {
	*listform.Panel
	category *widget.Pick
	harm     *widget.Pick
	note     *widget.TextArea
	// children are the IDs of the children the panel has fields for.
	children string
}

func newResultPanel(ctx *phase.Context) *resultPanel {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	f := &resultPanel{children: childIDs(c)}
	f.category = widget.PickFrom(tr, st, tr.T("assessment.field.category"), ctx.Catalogue.Categories, ctx.Lang)
	f.category.SetRows(4)
	f.harm = widget.PickFrom(tr, st, tr.T("assessment.field.harm"), ctx.Catalogue.HarmForms, ctx.Lang)
	f.harm.SetMulti(true)
	f.harm.SetRows(4)
	f.note = widget.NewTextArea(tr, st, tr.T("assessment.field.note"))
	f.note.SetRows(2)
	rows := []widget.Row{{Input: f.category}, {Input: f.harm}, {Input: f.note}}
	type conf = conference.Conference
	fields := []listform.Field[conf]{
		listform.Choice(f.category, "assessment/category", func(x *conf) *string { return &x.Assessment.Category }, ""),
		listform.Choices(f.harm, "assessment/harm_forms", func(x *conf) *[]string { return &x.Assessment.HarmForms }),
		listform.Area(f.note, "assessment/note", func(x *conf) *string { return &x.Assessment.Note }, ""),
	}
	if c.ResultPerChild() {
		for _, child := range c.Children {
			id := child.ID
			name, _ := c.OwnerName(id)
			cat := widget.PickFrom(tr, st, tr.T("filing.tui.result.category", name), ctx.Catalogue.Categories, ctx.Lang)
			cat.SetRows(4)
			harm := widget.PickFrom(tr, st, tr.T("filing.tui.result.harm", name), ctx.Catalogue.HarmForms, ctx.Lang)
			harm.SetMulti(true)
			harm.SetRows(4)
			rows = append(rows, widget.Row{Input: cat}, widget.Row{Input: harm})
			result := func(x *conf) *conference.ChildResult {
				if r := x.ChildResult(id); r != nil {
					return r
				}
				x.SetChildResult(conference.ChildResult{ChildID: id})
				return x.ChildResult(id)
			}
			fields = append(fields,
				listform.Field[conf]{Input: cat, Name: "child_results/" + id + "/category",
					Load:  func(x *conf) { cat.SetValue(childResult(x, id).Category) },
					Store: func(x *conf) *listform.Problem { result(x).Category = cat.Value(); return nil }},
				listform.Field[conf]{Input: harm, Name: "child_results/" + id + "/harm_forms",
					Load:  func(x *conf) { harm.SetValues(childResult(x, id).HarmForms) },
					Store: func(x *conf) *listform.Problem { result(x).HarmForms = harm.Values(); return nil }},
			)
		}
	}
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("assessment.key.done"))
	f.Panel = listform.NewBoundPanel(ctx, form, "", func() *conf { return c }, fields...)
	f.Title = tr.T("assessment.result.title")
	return f
}

// childResult is the child's result as recorded, or an empty one (read
// only: nothing is added until something is chosen).
func childResult(c *conference.Conference, id string) conference.ChildResult {
	if r := c.ChildResult(id); r != nil {
		return *r
	}
	return conference.ChildResult{}
}

// childIDs names the children a result panel is built for ("" when the
// result is not per child).
func childIDs(c *conference.Conference) string {
	if !c.ResultPerChild() {
		return ""
	}
	var out string
	for _, ch := range c.Children {
		out += ch.ID + " "
	}
	return out
}

// newDissentForm records who does not share the agreed result (or one
// action), why, and how the dissent was worked through. A parent or carer
// can dissent too.
func newDissentForm(ctx *phase.Context) *listform.Fields[conference.Dissent] {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	who := widget.NewPick(tr, st, tr.T("assessment.field.who"), nil)
	who.SetRows(4)
	reason := widget.NewTextArea(tr, st, tr.T("assessment.field.why"))
	reason.SetRows(2)
	action := widget.NewPick(tr, st, tr.T("filing.tui.dissent.action"), nil)
	action.SetRows(3)
	resolution := widget.NewPick(tr, st, tr.T("filing.tui.dissent.resolution"), resolutionOptions(ctx))
	resolution.SetRows(3)
	note := widget.NewField(tr, st, tr.T("filing.tui.dissent.note"))
	form := widget.NewForm(tr, st, widget.Row{Input: who}, widget.Row{Input: reason},
		widget.Row{Input: action}, widget.Row{Input: resolution}, widget.Row{Input: note})
	form.SetSubmitHelp(tr.T("assessment.key.save"))
	f := listform.NewFields(form, func(id string) *conference.Dissent {
		for i := range c.Assessment.Dissent {
			if c.Assessment.Dissent[i].ID == id {
				return &c.Assessment.Dissent[i]
			}
		}
		return nil
	}, func(d conference.Dissent) string { return c.AddDissent(d).ID },
		listform.Choice(who, "participant_id", func(d *conference.Dissent) *string { return &d.ParticipantID }, tr.T("assessment.dissent.who_missing")),
		listform.Area(reason, "reason", func(d *conference.Dissent) *string { return &d.Reason }, tr.T("assessment.dissent.why_missing")),
		listform.Choice(action, "action_id", func(d *conference.Dissent) *string { return &d.ActionID }, ""),
		listform.Choice(resolution, "resolution", func(d *conference.Dissent) *string { return &d.Resolution }, ""),
		listform.Text(note, "note", func(d *conference.Dissent) *string { return &d.Note }),
	)
	f.Refreshed = func() {
		who.SetOptions(dissenters(ctx))
		action.SetOptions(actionOptions(ctx))
	}
	return f
}

// resolutionOptions are the ways a dissent is worked through.
func resolutionOptions(ctx *phase.Context) []widget.Option {
	out := make([]widget.Option, 0, len(conference.DissentResolutions))
	for _, r := range conference.DissentResolutions {
		key := "filing.resolution." + r
		out = append(out, widget.Option{Code: r, Label: ctx.Msgs.T(key)})
	}
	return out
}

// dissenters are who can dissent: the participants, then the carers not
// at the table.
func dissenters(ctx *phase.Context) []widget.Option {
	out := listform.People(ctx, false)
	family := ctx.Msgs.T("filing.family_owned")
	for _, p := range ctx.Conf.Carers {
		out = append(out, widget.Option{Code: p.ID, Label: p.Name, Hint: family})
	}
	return out
}

// actionOptions are the agreed actions a dissent can concern, by number.
func actionOptions(ctx *phase.Context) []widget.Option {
	c := ctx.Conf
	out := []widget.Option{{Code: "", Label: ctx.Msgs.T("filing.tui.dissent.result")}}
	for i, a := range c.Actions {
		out = append(out, widget.Option{Code: a.ID, Label: strconv.Itoa(i+1) + " " + a.What})
	}
	return out
}
