// Package actions is the editor of phase 6, agreed actions: a table of
// what, who, by when, how the result is reported back and whether it was
// agreed, a form to add or edit an action, one key to record the owner's
// yes (kofa says in words what is missing when it cannot be), and the
// contingency plan a latent or acute risk requires. The table is a
// listform list, the contingency plan a listform panel.
package actions

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Editor edits the agreed actions.
type Editor struct {
	ctx  *phase.Context
	list *listform.List[conference.Action]
	af   *actionForm
	plan *listform.Panel
	// notice holds lines shown under the table until the next key: a yes
	// refused (with what is missing) or taken back.
	notice []string
	keys   KeyMap
	memo   viewMemos
	// problems keeps the binding problems of the actions between frames;
	// probs are those of the frame being drawn.
	problems problemMemo
	probs    map[string][]conference.Problem
}

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	header widget.Memo[headerKey, string]
	rows   widget.Rows[rowKey, string]
}

// New returns the agreed-actions editor.
func New(ctx *phase.Context) phase.Editor {
	tr, c := ctx.Msgs, ctx.Conf
	e := &Editor{ctx: ctx, keys: defaultKeyMap(tr)}
	e.af = newActionForm(ctx)
	e.list = listform.New(ctx, listform.Config[conference.Action]{
		Path:    "actions",
		Items:   func() []conference.Action { return c.Actions },
		ID:      func(a conference.Action) string { return a.ID },
		Row:     e.row,
		Header:  e.header,
		Empty:   func() string { return tr.T("actions.empty", "n") },
		Name:    func(a conference.Action) string { return a.What },
		NewHelp: tr.T("actions.key.new"),
		Form:    e.af,
		Title: func(a *conference.Action) string {
			if a == nil {
				return tr.T("actions.form.new")
			}
			return tr.T("actions.form.edit", e.number(a.ID))
		},
		Remove: c.Remove,
		Move:   func(i, j int) { c.Actions[i], c.Actions[j] = c.Actions[j], c.Actions[i] },
		// i marks an action as identifying: the pseudonymised minutes
		// keep who and by when, and leave out what.
		Identifying:    func(a conference.Action) bool { return a.Identifying },
		SetIdentifying: c.SetIdentifying,
		Closed:         e.recheckAgreed,
	})
	e.plan = newPlanPanel(ctx)
	return e
}

// Typing implements phase.Editor: true while a field has the keyboard.
func (e *Editor) Typing() bool { return e.list.Typing() || e.plan.Typing() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.plan.Typing() {
		return listform.Help{Short: e.plan.Keys(), Full: [][]key.Binding{e.plan.FullKeys()}}
	}
	k := e.activeKeys()
	full := append(e.list.FullHelp(), []key.Binding{k.Agree, k.Plan})
	if e.list.Typing() {
		return listform.Help{Short: e.list.ShortHelp(), Full: full}
	}
	lk := e.list.KeyMap()
	return listform.Help{Short: []key.Binding{lk.New, k.Agree, lk.Edit, lk.Remove, k.Plan}, Full: full}
}

// activeKeys returns the editor's own keys with what acts now enabled.
func (e *Editor) activeKeys() KeyMap {
	k := e.keys
	browse := !e.Typing()
	k.Agree.SetEnabled(browse && e.list.Len() > 0)
	k.Plan.SetEnabled(browse)
	return k
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.list.Sync()
		return e, e.list.ResumeDraft()
	case phase.LeaveMsg:
		e.list.Leave()
		e.plan.Leave()
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() {
			e.list.Click(msg.Mouse().Y)
		}
		return e, nil
	case tea.KeyPressMsg:
		e.notice = nil
	}
	if used, cmd := e.plan.Update(msg); used {
		return e, cmd
	}
	if used, cmd := e.list.Update(msg); used {
		return e, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		km := e.activeKeys()
		switch {
		case key.Matches(k, km.Agree):
			e.toggleAgreed()
		case key.Matches(k, km.Plan):
			return e, e.plan.Open(nil)
		}
	}
	return e, nil
}

// selectedID returns the selected action's ID ("" for none).
func (e *Editor) selectedID() string { return e.list.SelectedID() }

// number is the 1-based position of an action in the table.
func (e *Editor) number(id string) int {
	for i, a := range e.ctx.Conf.Actions {
		if a.ID == id {
			return i + 1
		}
	}
	return 0
}

// newPlanPanel is the crisis and protection plan: what happens if the
// agreed steps do not hold. Until the plan gets an editor of its entries,
// the text edits its general entry (planEntry).
func newPlanPanel(ctx *phase.Context) *listform.Panel {
	tr := ctx.Msgs
	plan := widget.NewTextArea(tr, ctx.Styles, tr.T("actions.plan.label"))
	plan.SetRows(4)
	plan.SetPlaceholder(tr.T("actions.plan.hint"))
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: plan})
	form.SetSubmitHelp(tr.T("actions.key.done"))
	p := listform.NewPanel(ctx, form, func(*widget.Form) { plan.SetValue(planText(ctx.Conf)) }, func(widget.Input) (string, bool) {
		return setPlanText(ctx.Conf, trimText(plan.Value())), true
	})
	p.Title = tr.T("actions.plan.title")
	return p
}
