// Package perspectives is the editor of phase 3, the round of
// perspectives: a speaking order of those present, the current speaker
// marked and timed, one key to pass the word on, contributions typed
// against the speaker and classified observed / reported / assessed with a
// source, and the child's and the parents' view (or why there is none).
// The speaking order is its own; the contributions are a listform list
// whose form is the input at the bottom, the views a listform panel.
package perspectives

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// pane is the half of the round that has the keyboard while nothing is
// typed.
type pane int

const (
	paneOrder    pane = iota // the speaking order: letters are commands
	paneContribs             // the selected speaker's contributions
)

// Editor edits the round of perspectives.
type Editor struct {
	ctx      *phase.Context
	pane     pane
	order    *widget.List // cursor over Speaking.Order
	contribs *listform.List[conference.Contribution]
	in       *contribForm
	views    *viewsPanel
	// reasonNeeded is set when the round was left for a later phase with
	// a view missing and no reason given; asking while the views panel
	// opened to ask for it.
	reasonNeeded bool
	asking       bool
	keys         KeyMap
	entered      bool
	// wasWriting remembers that a contribution was being typed when the
	// phase was left, to pick up there on return.
	wasWriting bool
	// orderTop is the line of the first speaker row in the last View and
	// orderW the width of that column, for mouse clicks.
	orderTop, orderW int
	memo             viewMemos
}

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	orderTitle   widget.Memo[titleKey, string]
	tail         widget.Memo[tailKey, []string]
	speakers     widget.Rows[speakerKey, string]
	contribTitle widget.Memo[speakerTitle, string]
	contribs     widget.Rows[contribKey, []string] // by index in Conference.Contributions
	inputHeader  widget.Memo[inputKey, string]
	wide         widget.Rows[wideLine, string]
}

// New returns the round of perspectives editor.
func New(ctx *phase.Context) phase.Editor {
	e := &Editor{ctx: ctx, orderTop: -1, keys: defaultKeyMap(ctx.Msgs)}
	e.in = newContribForm(ctx, e.selectedID)
	e.views = newViewsPanel(ctx, e)
	e.order = widget.NewList(e.keys.Select)
	e.contribs = listform.New(ctx, listform.Config[conference.Contribution]{
		Path:   "contributions",
		Items:  e.contributions,
		ID:     func(x conference.Contribution) string { return x.ID },
		Row:    func(int, conference.Contribution, bool, int) string { return "" }, // drawn by contribLines
		Name:   func(x conference.Contribution) string { return x.Text },
		Form:   e.in,
		Remove: ctx.Conf.Remove,
		// i marks a contribution as identifying (left out of the
		// pseudonymised minutes); drawContrib shows the mark.
		Identifying:    func(x conference.Contribution) bool { return x.Identifying },
		SetIdentifying: ctx.Conf.SetIdentifying,
	})
	e.followCurrent()
	// After a restart the editor is new: if the conference has been past
	// this phase already, a missing view is asked for again.
	e.reasonNeeded = e.viewsMissing() && passed(ctx.Conf)
	return e
}

// passed reports whether a phase after the round of perspectives has been
// reached (or skipped).
func passed(c *conference.Conference) bool {
	after := false
	for _, id := range conference.PhaseOrder {
		if after {
			if r := c.Phase(id); r != nil && r.State != conference.PhaseNotStarted {
				return true
			}
		}
		after = after || id == conference.PhasePerspectives
	}
	return false
}

// Typing implements phase.Editor: true while a field has the keyboard.
func (e *Editor) Typing() bool { return e.contribs.Typing() || e.views.Typing() }

// writing reports whether the contribution input has the keyboard.
func (e *Editor) writing() bool { return e.contribs.Typing() }

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		return e, e.enter()
	case phase.LeaveMsg:
		e.leave()
		return e, nil
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		if used, cmd := e.views.Update(msg); used {
			return e, cmd
		}
		_, cmd := e.contribs.Update(msg)
		return e, cmd
	case tea.MouseClickMsg:
		e.click(msg)
	}
	return e, nil
}

// enter brings the speaking order up to date (everyone present can
// speak, who left before their turn drops out) and, the first time,
// starts with the input for the current speaker. When the round was left
// for a later phase without a view and its reason, the views panel opens
// to ask for it.
func (e *Editor) enter() tea.Cmd {
	c := e.ctx.Conf
	if c.SyncOrder() {
		e.ctx.Record(conference.OpUpdate, "speaking/order", true)
	}
	e.order.SetLen(len(c.Speaking.Order))
	e.contribs.Sync()
	first := !e.entered
	e.entered = true
	if first {
		e.followCurrent()
	}
	e.reasonNeeded = e.reasonNeeded || (e.viewsMissing() && passed(c))
	var cmd tea.Cmd
	switch {
	case e.reasonNeeded && e.viewsMissing() && !e.writing():
		cmd = e.openViews(true)
	case first, e.wasWriting && !e.Typing():
		cmd = e.startWriting()
	}
	e.wasWriting = false
	return cmd
}

// leave commits what is being typed: the views' field, an edited
// contribution; a new one half typed stays a draft, stored with the
// conference and back in the form on return (or after a restart). Whether a view is
// missing is asked for as the round ends (workspace/views.go), without
// keeping the facilitator from leaving; back in the round after a later
// phase, the views panel asks again.
func (e *Editor) leave() {
	e.wasWriting = e.writing()
	e.contribs.Leave()
	if e.contribs.Typing() {
		e.contribs.Close()
	}
	e.views.Leave()
	if e.views.Typing() {
		e.views.Close()
	}
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	km := e.activeKeys()
	if key.Matches(k, km.Next) {
		return e.next()
	}
	if used, cmd := e.views.Update(k); used {
		return cmd
	}
	if e.writing() {
		edit := e.contribs.Editing() != ""
		_, cmd := e.contribs.Update(k)
		if !e.writing() && !edit {
			e.pane = paneOrder // a new contribution's form left: back to the order
		}
		return cmd
	}
	switch {
	case key.Matches(k, km.Switch):
		e.pane = 1 - e.pane
		return nil
	case key.Matches(k, km.Views):
		return e.openViews(false)
	}
	if e.pane == paneContribs {
		_, cmd := e.contribs.Update(k)
		return cmd
	}
	return e.orderKey(k, km)
}

// orderKey handles a key on the speaking order.
func (e *Editor) orderKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	switch {
	case key.Matches(k, km.Write):
		return e.startWriting()
	case key.Matches(k, km.MoveUp):
		e.move(-1)
	case key.Matches(k, km.MoveDown):
		e.move(+1)
	case key.Matches(k, km.Give):
		e.give()
	case e.order.Update(k):
		e.contribs.Sync()
		e.contribs.SelectIndex(e.contribs.Len() - 1)
	}
	return nil
}

// startWriting opens the input for a new contribution of the selected
// speaker.
func (e *Editor) startWriting() tea.Cmd {
	e.pane = paneOrder
	return e.contribs.OpenNew()
}

// click selects the speaker row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	m := msg.Mouse()
	if e.Typing() || e.orderTop < 0 || m.X >= e.orderW {
		return
	}
	if i, ok := e.order.RowAt(m.Y - e.orderTop); ok {
		e.order.SetCursor(i)
		e.pane = paneOrder
		e.contribs.Sync()
		e.contribs.SelectIndex(e.contribs.Len() - 1)
	}
}

// activeKeys returns the keys with what acts now enabled.
func (e *Editor) activeKeys() KeyMap {
	c := e.ctx.Conf
	return e.keys.active(state{
		pane: e.pane, writing: e.writing(), views: e.views.Typing(),
		hasOrder: len(c.Speaking.Order) > 0, isCase: c.Kind != conference.KindNetwork,
	})
}

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	km := e.activeKeys()
	lk := e.contribs.KeyMap()
	switch {
	case e.views.Typing():
		return listform.Help{Short: e.views.Keys(), Full: [][]key.Binding{e.views.FullKeys(), {km.Next}}}
	case e.writing():
		short := append(e.contribs.ShortHelp()[:0:0], e.contribs.ShortHelp()...)
		short = append(short[:min(len(short), 1)], append([]key.Binding{km.Next}, short[min(len(short), 1):]...)...)
		return listform.Help{Short: short[:min(len(short), 5)], Full: append(e.contribs.FullHelp(), km.full())}
	case e.pane == paneContribs:
		return listform.Help{Short: []key.Binding{lk.Edit, lk.Remove, km.Next, km.Switch, km.Views}, Full: append(e.contribs.FullHelp(), km.full())}
	}
	return listform.Help{Short: []key.Binding{km.Write, km.Next, km.MoveUp, km.Views, km.Switch}, Full: [][]key.Binding{km.full()}}
}
