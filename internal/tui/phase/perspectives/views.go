package perspectives

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// viewsPanel holds the child's and the parents' views: how each was
// obtained, what was said, and why there is none when there is none. Each
// parent or carer recorded has a view of their own (never one "parents'
// view"); without carers recorded, the one parents' view of older records
// is shown. Every field is written as it is typed.
type viewsPanel struct {
	*listform.Panel
	ctx                   *phase.Context
	childHow, childReason *widget.Field
	childSaid             *widget.TextArea
	// childMark marks the child's view as identifying: the pseudonymised
	// minutes leave it out (so does each parent's mark).
	childMark *widget.Pick
	parents   []parentFields
	// carers are the carers the panel was built for (see current).
	carers string
	paths  map[widget.Input]string
}

// parentFields are the inputs of one parent's view.
type parentFields struct {
	id     string // the carer, "" for the parents' view of older records
	how    *widget.Field
	said   *widget.TextArea
	reason *widget.Field
	mark   *widget.Pick
}

// carersKey names the carers of c in order, to tell when the panel must
// be built again.
func carersKey(c *conference.Conference) string {
	var b strings.Builder
	for _, p := range c.Carers {
		b.WriteString(p.ID)
		b.WriteByte(' ')
	}
	return b.String()
}

// current reports whether the panel was built for the carers c has now.
func (v *viewsPanel) current() bool { return v.carers == carersKey(v.ctx.Conf) }

func newViewsPanel(ctx *phase.Context, e *Editor) *viewsPanel {
	state := func(v conference.View) string { return e.viewState(v, false) }
	tr, st := ctx.Msgs, ctx.Styles
	c := ctx.Conf
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
		ctx:         ctx,
		childHow:    field("perspectives.views.child_how", "perspectives.views.how.placeholder"),
		childSaid:   area("perspectives.views.child_said"),
		childReason: field("perspectives.views.child_reason", "perspectives.views.reason.placeholder"),
		childMark:   identifyingPick(ctx),
		carers:      carersKey(c),
	}
	// A reason is asked for only while the view is empty (or a reason was
	// already given, so it can still be seen and corrected).
	reasonFor := func(view func() conference.View) func() bool {
		return func() bool { w := view(); return w.Empty() || w.MissingReason != "" }
	}
	heading := func(label string, view func() conference.View) widget.Row {
		return widget.Row{Label: label, Info: func() string { return state(view()) }}
	}
	childView := func() conference.View { return ctx.Conf.ChildView }
	rows := []widget.Row{
		heading(tr.T("perspectives.child_view"), childView),
		{Input: v.childHow},
		{Input: v.childSaid},
		{Input: v.childReason, Visible: reasonFor(childView)},
		{Input: v.childMark},
	}
	v.paths = map[widget.Input]string{
		v.childHow: "child_view/how_obtained", v.childSaid: "child_view/said", v.childReason: "child_view/missing_reason",
		v.childMark: "child_view/identifying",
	}
	ids := []string{""}
	if len(c.Carers) > 0 {
		ids = ids[:0]
		for _, p := range c.Carers {
			ids = append(ids, p.ID)
		}
	}
	for _, id := range ids {
		f := parentFields{
			id:     id,
			how:    field("perspectives.views.parents_how", "perspectives.views.how.placeholder"),
			said:   area("perspectives.views.parents_said"),
			reason: field("perspectives.views.parents_reason", "perspectives.views.reason.placeholder"),
			mark:   identifyingPick(ctx),
		}
		view := func() conference.View {
			if w := ctx.Conf.ParentsViewOf(id); w != nil {
				return *w
			}
			return conference.View{}
		}
		rows = append(rows,
			heading(parentTitle(ctx, id), view),
			widget.Row{Input: f.how},
			widget.Row{Input: f.said},
			widget.Row{Input: f.reason, Visible: reasonFor(view)},
			widget.Row{Input: f.mark},
		)
		v.paths[f.how] = conference.ParentsViewPath(id, "how_obtained")
		v.paths[f.said] = conference.ParentsViewPath(id, "said")
		v.paths[f.reason] = conference.ParentsViewPath(id, "missing_reason")
		v.paths[f.mark] = conference.ParentsViewPath(id, "identifying")
		v.parents = append(v.parents, f)
	}
	form := widget.NewForm(tr, st, rows...)
	form.SetSubmitHelp(tr.T("perspectives.key.views_done"))
	v.Panel = listform.NewPanel(ctx, form, v.load, v.apply)
	v.OnClose = func(*listform.Panel) { e.viewsClosed() }
	return v
}

// parentTitle heads a parent's view: "Sicht der Mutter (Jana S.)" as the
// minutes say it, or the parents' view of older records.
func parentTitle(ctx *phase.Context, id string) string {
	tr := ctx.Msgs
	p := ctx.Conf.Carer(id)
	if p == nil {
		return tr.T("perspectives.parents_view")
	}
	rel := conference.RelationshipOther
	if p.Relationship != "" {
		rel = p.Relationship
	}
	key := "family.relationship." + rel
	who := tr.T(key)
	if p.Name != "" {
		who = tr.T("filing.carer.titled", who, p.Name)
	}
	return tr.T("filing.sub.carer_view", who)
}

// load fills the fields from the conference.
func (v *viewsPanel) load(*widget.Form) {
	c := v.ctx.Conf
	v.childHow.SetValue(c.ChildView.HowObtained)
	v.childSaid.SetValue(c.ChildView.Said)
	v.childReason.SetValue(c.ChildView.MissingReason)
	v.childMark.SetValue(markCode(c.ChildView.Identifying))
	marks := []widget.Input{v.childMark}
	for _, f := range v.parents {
		w := c.ParentsViewOf(f.id)
		if w == nil {
			continue
		}
		f.how.SetValue(w.HowObtained)
		f.said.SetValue(w.Said)
		f.reason.SetValue(w.MissingReason)
		f.mark.SetValue(markCode(w.Identifying))
		marks = append(marks, f.mark)
	}
	// Filled in already ("no"): tab passes them, shift+tab goes back.
	v.Form().MarkPrefilled(marks...)
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
	view, mark := (*conference.View)(nil), (*widget.Pick)(nil)
	var target *string
	switch in {
	case v.childHow:
		target = &c.ChildView.HowObtained
	case v.childSaid:
		target = &c.ChildView.Said
	case v.childReason:
		target = &c.ChildView.MissingReason
	case v.childMark:
		view, mark = &c.ChildView, v.childMark
	}
	for _, f := range v.parents {
		w := c.ParentsViewOf(f.id)
		if w == nil {
			continue
		}
		switch in {
		case f.how:
			target = &w.HowObtained
		case f.said:
			target = &w.Said
		case f.reason:
			target = &w.MissingReason
		case f.mark:
			view, mark = w, f.mark
		}
	}
	switch {
	case mark != nil:
		view.Identifying = mark.Value() == markYes
		return v.paths[in], true
	case target == nil:
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

// missing reports which views are empty with no reason given: the
// child's, and the parents' side (each carer's own view).
func missing(c *conference.Conference) (child, parents bool) {
	if c.Kind == conference.KindNetwork {
		return false, false
	}
	return c.ChildView.Empty() && c.ChildView.MissingReason == "", len(c.MissingParentsViews()) > 0
}

// parentsState is the parents' side as one view for the status lines:
// open while any parent's view is missing without a reason, brought in
// when any was, otherwise the reasons.
func parentsState(c *conference.Conference) conference.View {
	if len(c.Carers) == 0 {
		return c.ParentsView
	}
	if len(c.MissingParentsViews()) > 0 {
		return conference.View{}
	}
	for _, p := range c.Carers {
		if !p.View.Empty() {
			return conference.View{Said: "·"}
		}
	}
	return conference.View{MissingReason: "·"}
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
	if !e.views.current() { // carers added or removed since
		e.views = newViewsPanel(e.ctx, e)
	}
	v := e.views
	child, _ := missing(e.ctx.Conf)
	switch {
	case ask && child:
		return v.Open(v.childReason)
	case ask:
		for _, id := range e.ctx.Conf.MissingParentsViews() {
			for _, f := range v.parents {
				if f.id == id {
					return v.Open(f.reason)
				}
			}
		}
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
