package perspectives

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// viewsPanel holds the child's and the parents' view: how each was
// obtained, what was said, and why there is none when there is none.
// Every field is written as it is typed.
type viewsPanel struct {
	*listform.Panel
	ctx                       *phase.Context
	childHow, childReason     *widget.Field
	childSaid                 *widget.TextArea
	parentsHow, parentsReason *widget.Field
	parentsSaid               *widget.TextArea
	// childMark and parentsMark mark a view as identifying: the
	// pseudonymised minutes leave it out.
	childMark, parentsMark *widget.Pick
	paths                  map[widget.Input]string
}

func newViewsPanel(ctx *phase.Context, e *Editor) *viewsPanel {
	state := func(v conference.View) string { return e.viewState(v, false) }
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
	v := &viewsPanel{
		ctx:           ctx,
		childHow:      field("perspectives.views.child_how", "perspectives.views.how.placeholder"),
		childSaid:     area("perspectives.views.child_said"),
		childReason:   field("perspectives.views.child_reason", "perspectives.views.reason.placeholder"),
		parentsHow:    field("perspectives.views.parents_how", "perspectives.views.how.placeholder"),
		parentsSaid:   area("perspectives.views.parents_said"),
		parentsReason: field("perspectives.views.parents_reason", "perspectives.views.reason.placeholder"),
		childMark:     identifyingPick(ctx),
		parentsMark:   identifyingPick(ctx),
	}
	// A reason is asked for only while the view is empty (or a reason was
	// already given, so it can still be seen and corrected).
	childReason := func() bool { return ctx.Conf.ChildView.Empty() || ctx.Conf.ChildView.MissingReason != "" }
	parentsReason := func() bool { return ctx.Conf.ParentsView.Empty() || ctx.Conf.ParentsView.MissingReason != "" }
	heading := func(key string, view func() conference.View) widget.Row {
		return widget.Row{Label: tr.T(key), Info: func() string { return state(view()) }}
	}
	form := widget.NewForm(tr, st,
		heading("perspectives.child_view", func() conference.View { return ctx.Conf.ChildView }),
		widget.Row{Input: v.childHow},
		widget.Row{Input: v.childSaid},
		widget.Row{Input: v.childReason, Visible: childReason},
		widget.Row{Input: v.childMark},
		heading("perspectives.parents_view", func() conference.View { return ctx.Conf.ParentsView }),
		widget.Row{Input: v.parentsHow},
		widget.Row{Input: v.parentsSaid},
		widget.Row{Input: v.parentsReason, Visible: parentsReason},
		widget.Row{Input: v.parentsMark},
	)
	form.SetSubmitHelp(tr.T("perspectives.key.views_done"))
	v.paths = map[widget.Input]string{
		v.childHow: "child_view/how_obtained", v.childSaid: "child_view/said", v.childReason: "child_view/missing_reason",
		v.parentsHow: "parents_view/how_obtained", v.parentsSaid: "parents_view/said", v.parentsReason: "parents_view/missing_reason",
		v.childMark: "child_view/identifying", v.parentsMark: "parents_view/identifying",
	}
	v.Panel = listform.NewPanel(ctx, form, v.load, v.apply)
	v.OnClose = func(*listform.Panel) { e.viewsClosed() }
	return v
}

// load fills the fields from the conference.
func (v *viewsPanel) load(*widget.Form) {
	c := v.ctx.Conf
	v.childHow.SetValue(c.ChildView.HowObtained)
	v.childSaid.SetValue(c.ChildView.Said)
	v.childReason.SetValue(c.ChildView.MissingReason)
	v.parentsHow.SetValue(c.ParentsView.HowObtained)
	v.parentsSaid.SetValue(c.ParentsView.Said)
	v.parentsReason.SetValue(c.ParentsView.MissingReason)
	v.childMark.SetValue(markCode(c.ChildView.Identifying))
	v.parentsMark.SetValue(markCode(c.ParentsView.Identifying))
	// Filled in already ("no"): tab passes them, shift+tab goes back.
	v.Form().MarkPrefilled(v.childMark, v.parentsMark)
}

// identifyingPick asks whether a view is identifying: no, or yes (left
// out of the pseudonymised minutes).
func identifyingPick(ctx *phase.Context) *widget.Pick {
	tr := ctx.Msgs
	p := widget.NewPick(tr, ctx.Styles, tr.T("identifying.key"), []widget.Option{
		{Code: markNo, Label: tr.T("common.no")},
		{Code: markYes, Label: tr.T("identifying.yes")},
	})
	p.SetRows(2)
	return p
}

// The codes of identifyingPick.
const (
	markNo  = "no"
	markYes = "yes"
)

func markCode(on bool) string {
	if on {
		return markYes
	}
	return markNo
}

// apply writes an input into the conference.
func (v *viewsPanel) apply(in widget.Input) (string, bool) {
	c := v.ctx.Conf
	var target *string
	switch in {
	case v.childHow:
		target = &c.ChildView.HowObtained
	case v.childSaid:
		target = &c.ChildView.Said
	case v.childReason:
		target = &c.ChildView.MissingReason
	case v.parentsHow:
		target = &c.ParentsView.HowObtained
	case v.parentsSaid:
		target = &c.ParentsView.Said
	case v.parentsReason:
		target = &c.ParentsView.MissingReason
	case v.childMark:
		c.ChildView.Identifying = v.childMark.Value() == markYes
		return v.paths[in], true
	case v.parentsMark:
		c.ParentsView.Identifying = v.parentsMark.Value() == markYes
		return v.paths[in], true
	default:
		return "", false
	}
	var text string
	switch in := in.(type) {
	case *widget.Field:
		text = in.Value()
	case *widget.TextArea:
		text = in.Value()
	}
	*target = text
	return v.paths[in], true
}

// missing reports which views are empty with no reason given.
func missing(c *conference.Conference) (child, parents bool) {
	if c.Kind == conference.KindNetwork {
		return false, false
	}
	return c.ChildView.Empty() && c.ChildView.MissingReason == "",
		c.ParentsView.Empty() && c.ParentsView.MissingReason == ""
}

// viewsMissing reports whether a view is missing with no reason.
func (e *Editor) viewsMissing() bool {
	child, parents := missing(e.ctx.Conf)
	return child || parents
}

// openViews shows the views panel. When asking for a reason, the first
// missing reason has the focus.
func (e *Editor) openViews(ask bool) tea.Cmd {
	if e.ctx.Conf.Kind == conference.KindNetwork {
		return nil
	}
	e.asking = ask
	v := e.views
	child, parents := missing(e.ctx.Conf)
	switch {
	case ask && child:
		return v.Open(v.childReason)
	case ask && parents:
		return v.Open(v.parentsReason)
	}
	return v.Open(v.childHow)
}

// viewsClosed: a view given (or its reason) is not asked for any more.
func (e *Editor) viewsClosed() {
	e.asking = false
	if !e.viewsMissing() {
		e.reasonNeeded = false
	}
}
