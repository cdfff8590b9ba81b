package actions

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// The crisis and protection plan (Krisen- und Schutzplan, issue 13): its
// entries say if this happens, what happens then, who acts and by when,
// up to calling in the family court; an entry can belong to one agreed
// action (what happens if it is not done) and names the weighty worries
// it answers. w opens the plan over the table of actions; esc goes back.

// planForm edits one entry of the plan.
type planForm struct {
	*listform.Fields[conference.CrisisEntry]
	ctx     *phase.Context
	what    *widget.TextArea
	cond    *widget.Field
	who     *widget.Pick
	by      *widget.Field
	court   *widget.Pick
	action  *widget.Pick
	answers *widget.Pick
}

func newPlanForm(ctx *phase.Context) *planForm {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	f := &planForm{ctx: ctx}
	// What happens comes first: a plan of one sentence ("call the ASD's
	// out-of-hours service") needs nothing else.
	f.what = widget.NewTextArea(tr, st, tr.T("filing.tui.plan.what"))
	f.what.SetRows(2)
	f.what.SetPlaceholder(tr.T("actions.plan.hint"))
	f.cond = widget.NewField(tr, st, tr.T("filing.tui.plan.if"))
	f.cond.SetPlaceholder(tr.T("filing.tui.plan.if.hint"))
	f.who = widget.NewPick(tr, st, tr.T("filing.tui.plan.who"), nil)
	f.who.SetAllowFree(true)
	f.who.SetRows(3)
	f.by = widget.NewField(tr, st, tr.T("filing.tui.plan.by"))
	f.by.SetPlaceholder(tr.T("filing.tui.plan.by.hint"))
	f.court = widget.NewPick(tr, st, tr.T("filing.tui.plan.court"),
		[]widget.Option{{Code: "no", Label: tr.T("filing.tui.details.no")}, {Code: "yes", Label: tr.T("filing.crisis.family_court")}})
	f.action = widget.NewPick(tr, st, tr.T("filing.tui.plan.action"), nil)
	f.action.SetRows(3)
	f.answers = newAnswersPick(ctx)
	form := widget.NewForm(tr, st,
		widget.Row{Input: f.what},
		widget.Row{Input: f.cond},
		widget.Row{Input: f.who},
		widget.Row{Input: f.by},
		widget.Row{Input: f.court},
		widget.Row{Input: f.action, Visible: func() bool { return len(c.Actions) > 0 }},
		widget.Row{Input: f.answers, Visible: func() bool { return hasWorriesToAnswer(c) }},
	)
	form.SetSubmitHelp(tr.T("actions.key.save"))
	type e = conference.CrisisEntry
	f.Fields = listform.NewFields(form, c.CrisisEntry, func(x e) string { return linkAnswers(ctx, f.answers, c.AddCrisisEntry(x).ID) },
		listform.Area(f.what, "what", func(x *e) *string { return &x.What }, tr.T("filing.crisis.what_missing")),
		listform.Text(f.cond, "if", func(x *e) *string { return &x.If }),
		// A participant is picked; anyone else (the ASD's out-of-hours
		// service) is typed.
		listform.Field[e]{Input: f.who, Name: "who",
			Load: func(x *e) {
				if x.WhoID != "" {
					f.who.SetValue(x.WhoID)
				} else {
					f.who.SetFreeText(x.Who)
				}
			},
			Store: func(x *e) *listform.Problem {
				x.WhoID, x.Who = "", ""
				if f.who.Free() {
					x.Who = f.who.Value()
				} else {
					x.WhoID = f.who.Value()
				}
				return nil
			}},
		listform.Text(f.by, "by", func(x *e) *string { return &x.By }),
		listform.Field[e]{Input: f.court, Name: "family_court",
			Load:  func(x *e) { f.court.SetValue(map[bool]string{false: "no", true: "yes"}[x.FamilyCourt]) },
			Store: func(x *e) *listform.Problem { x.FamilyCourt = f.court.Value() == "yes"; return nil }},
		listform.Choice(f.action, "action_id", func(x *e) *string { return &x.ActionID }, ""),
		answersField(ctx, f.answers, func(x *e) string { return x.ID }),
	)
	return f
}

// Refresh implements listform.Refresher: the participants, the actions
// and the worries as they are now.
func (f *planForm) Refresh() {
	c, tr := f.ctx.Conf, f.ctx.Msgs
	var people []widget.Option
	for _, p := range c.Participants {
		people = append(people, widget.Option{Code: p.ID, Label: p.Name, Hint: f.ctx.Institution(p)})
	}
	f.who.SetOptions(people)
	actions := []widget.Option{{Code: "", Label: tr.T("filing.tui.plan.whole")}}
	for i, a := range c.Actions {
		actions = append(actions, widget.Option{Code: a.ID, Label: strconv.Itoa(i+1) + " " + widget.OneLine(a.What)})
	}
	f.action.SetOptions(actions)
	f.answers.SetOptions(worryOptions(f.ctx))
}

// newPlanList is the list of the plan's entries.
func newPlanList(ctx *phase.Context) *listform.List[conference.CrisisEntry] {
	tr, c := ctx.Msgs, ctx.Conf
	number := func(id string) int {
		for i, x := range c.CrisisPlan {
			if x.ID == id {
				return i + 1
			}
		}
		return 0
	}
	return listform.New(ctx, listform.Config[conference.CrisisEntry]{
		Path:  "crisis_plan",
		Items: func() []conference.CrisisEntry { return c.CrisisPlan },
		ID:    func(x conference.CrisisEntry) string { return x.ID },
		Row: func(i int, x conference.CrisisEntry, selected bool, width int) string {
			return planRow(ctx, i, x, selected, width)
		},
		Empty:   func() string { return tr.T("filing.tui.plan.empty") },
		Name:    func(x conference.CrisisEntry) string { return x.What },
		NewHelp: tr.T("filing.tui.plan.new"),
		Form:    newPlanForm(ctx),
		Title: func(x *conference.CrisisEntry) string {
			if x == nil {
				return tr.T("filing.tui.plan.form.new")
			}
			return tr.T("filing.tui.plan.form.edit", tr.T("filing.crisis.number", number(x.ID)))
		},
		CloseAfterAdd:  true,
		Remove:         c.Remove,
		Move:           func(i, j int) { c.CrisisPlan[i], c.CrisisPlan[j] = c.CrisisPlan[j], c.CrisisPlan[i] },
		Identifying:    func(x conference.CrisisEntry) bool { return x.Identifying },
		SetIdentifying: c.SetIdentifying,
	})
}

// planRow reads as the minutes do: "K1  if → then", and under it who
// acts, by when and for which action.
func planRow(ctx *phase.Context, i int, x conference.CrisisEntry, selected bool, width int) string {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	who := x.Who
	if x.WhoID != "" {
		who = ctx.Name(x.WhoID)
	}
	text := joinNonEmpty(" → ", widget.OneLine(x.If), widget.OneLine(x.What))
	if x.FamilyCourt {
		text += " – " + tr.T("filing.crisis.family_court")
	}
	rest := joinNonEmpty(" · ", who, x.By)
	if n := actionNumber(c, x.ActionID); n > 0 {
		rest = joinNonEmpty(" · ", rest, tr.T("filing.tui.plan.of_action", n))
	}
	num := widget.Pad(tr.T("filing.crisis.number", i+1), 4)
	if selected {
		num = st.Selected.Render(num)
	}
	// Two lines: what the plan says, then who acts, by when, for which
	// action.
	line := widget.Truncate(num+text, width)
	if rest == "" {
		return line
	}
	return line + "\n" + widget.Truncate("    "+st.Muted.Render(rest), width)
}

// actionNumber is the 1-based number of an action (0: none).
func actionNumber(c *conference.Conference, id string) int {
	for i, a := range c.Actions {
		if a.ID == id && id != "" {
			return i + 1
		}
	}
	return 0
}

// planKeys is the key that leaves the plan for the table of actions.
func planBackKey(tr interface{ T(string, ...any) string }) key.Binding {
	return key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("filing.tui.plan.back")))
}

// openPlan shows the plan; an empty plan opens the form of its first
// entry at once.
func (e *Editor) openPlan() tea.Cmd {
	e.planOpen = true
	e.planList.Sync()
	if e.planList.Len() == 0 {
		return e.planList.OpenNew()
	}
	return nil
}
