package perspectives

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// viewsForm holds the child's and the parents' view: how each was
// obtained, what was said, and why there is none when there is none.
type viewsForm struct {
	form                      *widget.Form
	childHow, childReason     *widget.Field
	childSaid                 *widget.TextArea
	parentsHow, parentsReason *widget.Field
	parentsSaid               *widget.TextArea
	paths                     map[widget.Input]string
}

func newViewsForm(ctx *phase.Context, state func(conference.View) string) viewsForm {
	tr, st := ctx.Msgs, ctx.Styles
	field := func(label, placeholder string) *widget.Field {
		f := widget.NewField(tr, st, tr.T(label))
		if placeholder != "" {
			f.SetPlaceholder(tr.T(placeholder))
		}
		return f
	}
	area := func(label string) *widget.TextArea {
		a := widget.NewTextArea(tr, st, tr.T(label))
		a.SetRows(2)
		return a
	}
	v := viewsForm{
		childHow:      field("perspectives.views.child_how", "perspectives.views.how.placeholder"),
		childSaid:     area("perspectives.views.child_said"),
		childReason:   field("perspectives.views.child_reason", "perspectives.views.reason.placeholder"),
		parentsHow:    field("perspectives.views.parents_how", "perspectives.views.how.placeholder"),
		parentsSaid:   area("perspectives.views.parents_said"),
		parentsReason: field("perspectives.views.parents_reason", "perspectives.views.reason.placeholder"),
	}
	// A reason is asked for only while the view is empty (or a reason was
	// already given, so it can still be seen and corrected).
	childReason := func() bool { return ctx.Conf.ChildView.Empty() || ctx.Conf.ChildView.MissingReason != "" }
	parentsReason := func() bool { return ctx.Conf.ParentsView.Empty() || ctx.Conf.ParentsView.MissingReason != "" }
	heading := func(key string, view func() conference.View) widget.Row {
		return widget.Row{Label: tr.T(key), Info: func() string { return state(view()) }}
	}
	v.form = widget.NewForm(tr, st,
		heading("perspectives.child_view", func() conference.View { return ctx.Conf.ChildView }),
		widget.Row{Input: v.childHow},
		widget.Row{Input: v.childSaid},
		widget.Row{Input: v.childReason, Visible: childReason},
		heading("perspectives.parents_view", func() conference.View { return ctx.Conf.ParentsView }),
		widget.Row{Input: v.parentsHow},
		widget.Row{Input: v.parentsSaid},
		widget.Row{Input: v.parentsReason, Visible: parentsReason},
	)
	v.form.SetSubmitHelp(tr.T("perspectives.key.views_done"))
	v.paths = map[widget.Input]string{
		v.childHow: "child_view/how_obtained", v.childSaid: "child_view/said", v.childReason: "child_view/missing_reason",
		v.parentsHow: "parents_view/how_obtained", v.parentsSaid: "parents_view/said", v.parentsReason: "parents_view/missing_reason",
	}
	return v
}

// target returns the field of c an input edits.
func (v viewsForm) target(c *conference.Conference, in widget.Input) *string {
	switch in {
	case v.childHow:
		return &c.ChildView.HowObtained
	case v.childSaid:
		return &c.ChildView.Said
	case v.childReason:
		return &c.ChildView.MissingReason
	case v.parentsHow:
		return &c.ParentsView.HowObtained
	case v.parentsSaid:
		return &c.ParentsView.Said
	case v.parentsReason:
		return &c.ParentsView.MissingReason
	}
	return nil
}

// load fills the fields from the conference.
func (v viewsForm) load(c *conference.Conference) {
	v.childHow.SetValue(c.ChildView.HowObtained)
	v.childSaid.SetValue(c.ChildView.Said)
	v.childReason.SetValue(c.ChildView.MissingReason)
	v.parentsHow.SetValue(c.ParentsView.HowObtained)
	v.parentsSaid.SetValue(c.ParentsView.Said)
	v.parentsReason.SetValue(c.ParentsView.MissingReason)
}

// value returns the stored form of an input's text.
func value(in widget.Input) string {
	switch in := in.(type) {
	case *widget.Field:
		return in.Value()
	case *widget.TextArea:
		return in.Value()
	}
	return ""
}

// apply writes an input into the conference and records its change:
// debounced while typing, immediate when the field is left.
func (v viewsForm) apply(ctx *phase.Context, in widget.Input, immediate bool) {
	target := v.target(ctx.Conf, in)
	if target == nil {
		return
	}
	*target = value(in)
	ctx.Record(conference.OpUpdate, v.paths[in], immediate)
}

// missing reports which views are empty with no reason given.
func missing(c *conference.Conference) (child, parents bool) {
	if c.Kind == conference.KindNetwork {
		return false, false
	}
	return c.ChildView.Empty() && c.ChildView.MissingReason == "",
		c.ParentsView.Empty() && c.ParentsView.MissingReason == ""
}

// openViews shows the views form. When asking for a reason, the first
// missing reason has the focus.
func (e *Editor) openViews(ask bool) tea.Cmd {
	if e.ctx.Conf.Kind == conference.KindNetwork {
		return nil
	}
	e.views.load(e.ctx.Conf)
	e.zone = zoneViews
	e.asking = ask
	child, parents := missing(e.ctx.Conf)
	switch {
	case ask && child:
		return e.views.form.FocusInput(e.views.childReason)
	case ask && parents:
		return e.views.form.FocusInput(e.views.parentsReason)
	}
	return e.views.form.FocusInput(e.views.childHow)
}

// closeViews leaves the views form, committing the field that had focus.
func (e *Editor) closeViews() tea.Cmd {
	in := e.views.form.Blur()
	e.zone = zoneOrder
	e.asking = false
	if c, p := missing(e.ctx.Conf); !c && !p {
		e.reasonNeeded = false
	}
	if in == nil {
		return nil
	}
	e.views.apply(e.ctx, in, true)
	return nil
}

// updateViews gives a message to the views form.
func (e *Editor) updateViews(msg tea.Msg) tea.Cmd {
	ev, cmd := e.views.form.Update(msg)
	cmds := []tea.Cmd{cmd}
	if ev.Changed != nil {
		e.views.apply(e.ctx, ev.Changed, false)
	}
	if ev.Left != nil {
		e.views.apply(e.ctx, ev.Left, true)
	}
	if ev.Submitted {
		cmds = append(cmds, e.closeViews())
	}
	return tea.Batch(cmds...)
}
