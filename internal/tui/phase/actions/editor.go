// Package actions is the editor of phase 6, agreed actions: a table of
// what, who, by when, how the result is reported back and whether it was
// agreed, a form to add or edit an action, one key to record the owner's
// yes (kofa says in words what is missing when it cannot be), and the
// crisis and protection plan a latent or acute risk requires. The table
// and the plan's entries are listform lists (plan.go).
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
	// planList is the crisis and protection plan (plan.go), shown instead
	// of the table while planOpen.
	planList *listform.List[conference.CrisisEntry]
	planOpen bool
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
	e.planList = newPlanList(ctx)
	return e
}

// Typing implements phase.Editor: true while a field has the keyboard,
// and while the plan is open, so that esc comes back to the table of
// actions rather than leaving the conference.
func (e *Editor) Typing() bool { return e.list.Typing() || e.planOpen }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.planOpen {
		full := e.planList.FullHelp()
		if e.planList.Typing() {
			return listform.Help{Short: e.planList.ShortHelp(), Full: full}
		}
		back := planBackKey(e.ctx.Msgs)
		return listform.Help{Short: append(e.planList.ShortHelp(), back), Full: append(full, []key.Binding{back})}
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
		e.planList.Sync()
		return e, e.list.ResumeDraft()
	case phase.LeaveMsg:
		e.list.Leave()
		e.planList.Leave()
		e.planOpen = false
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() && !e.planOpen {
			e.list.Click(msg.Mouse().Y)
		}
		return e, nil
	case tea.KeyPressMsg:
		e.notice = nil
	}
	if e.planOpen {
		if used, cmd := e.planList.Update(msg); used {
			return e, cmd
		}
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, planBackKey(e.ctx.Msgs)) {
			e.planOpen = false
		}
		return e, nil
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
			return e, e.openPlan()
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
