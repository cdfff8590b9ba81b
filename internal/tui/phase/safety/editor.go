// Package safety is the editor of phase 5a, immediate safety, which the
// conference shows only after an acute result: the protective steps of the
// next hours (what, who acts, until when), who informs the family, and a
// note. The steps are a listform list; who informs the family and the
// note are panels over the conference.
package safety

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
)

// Editor edits the immediate safety.
type Editor struct {
	ctx    *phase.Context
	keys   KeyMap
	steps  *listform.List[conference.SafetyStep]
	step   *listform.Fields[conference.SafetyStep]
	family *familyPanel
	note   *notePanel
	// listTop is the line of the list (its first row) in the last View.
	listTop int
}

// New returns the immediate-safety editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx, keys: defaultKeyMap(ctx.Msgs)}
	e.step = newStepForm(ctx)
	e.family = newFamilyPanel(ctx)
	e.note = newNotePanel(ctx)
	tr := ctx.Msgs
	e.steps = listform.New(ctx, listform.Config[conference.SafetyStep]{
		Path:    "immediate_safety/steps",
		Items:   func() []conference.SafetyStep { return ctx.Conf.ImmediateSafety.Steps },
		ID:      func(s conference.SafetyStep) string { return s.ID },
		Row:     e.row,
		Name:    func(s conference.SafetyStep) string { return s.What },
		NewHelp: tr.T("safety.key.new"),
		Form:    e.step,
		Title:   listform.Titled[conference.SafetyStep](tr.T("safety.form.new"), tr.T("safety.form.edit")),
		Remove:  ctx.Conf.Remove,
		// i marks a step as identifying (left out of the pseudonymised
		// minutes).
		Identifying:    func(s conference.SafetyStep) bool { return s.Identifying },
		SetIdentifying: ctx.Conf.SetIdentifying,
		Move: func(i, j int) {
			s := ctx.Conf.ImmediateSafety.Steps
			s[i], s[j] = s[j], s[i]
		},
	})
	return e
}

// Typing implements phase.Editor.
func (e *Editor) Typing() bool {
	return e.steps.Typing() || e.family.Typing() || e.note.Typing()
}

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	switch {
	case e.family.Typing():
		return listform.Help{Short: e.family.Keys(), Full: [][]key.Binding{e.family.FullKeys()}}
	case e.note.Typing():
		return listform.Help{Short: e.note.Keys(), Full: [][]key.Binding{e.note.FullKeys()}}
	}
	k := e.keys
	browse := !e.Typing()
	k.Family.SetEnabled(browse)
	k.Note.SetEnabled(browse)
	short := e.steps.ShortHelp()
	if browse {
		lk := e.steps.KeyMap()
		short = []key.Binding{lk.New, k.Family, k.Note, lk.Edit, lk.Remove}
	}
	return listform.Help{Short: short, Full: append(e.steps.FullHelp(), []key.Binding{k.Family, k.Note})}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.steps.Sync()
		if cmd := e.steps.ResumeDraft(); cmd != nil {
			return e, cmd
		}
		if !e.Typing() && e.steps.Len() == 0 {
			return e, e.steps.OpenNew()
		}
		return e, nil
	case phase.LeaveMsg:
		e.steps.Leave()
		e.family.Leave()
		e.note.Leave()
		return e, nil
	case tea.MouseClickMsg:
		if !e.Typing() {
			e.steps.Click(msg.Mouse().Y - e.listTop)
		}
		return e, nil
	}
	for _, p := range []*listform.Panel{e.family.Panel, e.note.Panel} {
		if used, cmd := p.Update(msg); used {
			return e, cmd
		}
	}
	if used, cmd := e.steps.Update(msg); used {
		return e, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, e.keys.Family):
			return e, e.family.Open(nil)
		case key.Matches(k, e.keys.Note):
			return e, e.note.Open(nil)
		}
	}
	return e, nil
}

// stepIndex returns the index of the step id, or -1.
func stepIndex(c *conference.Conference, id string) int {
	return slices.IndexFunc(c.ImmediateSafety.Steps, func(s conference.SafetyStep) bool { return s.ID == id })
}
