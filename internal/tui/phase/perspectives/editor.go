// Package perspectives is the editor of phase 3, the round of
// perspectives: a speaking order of those present, the current speaker
// marked and timed, one key to pass the word on, contributions typed
// against the speaker and tagged observed / reported / assessed with a
// source, and the child's and the parents' view (or why there is none).
package perspectives

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// zone is the part of the editor that has the keyboard.
type zone int

const (
	zoneOrder zone = iota // the speaking order: letters are commands
	zoneList              // the selected speaker's contributions
	zoneInput             // typing a contribution
	zoneViews             // the child's and the parents' view
)

// Editor edits the round of perspectives.
type Editor struct {
	ctx   *phase.Context
	zone  zone
	order *widget.List // cursor over Speaking.Order
	// contribCursor selects among the selected speaker's contributions.
	contribCursor int
	in            contribInput
	editID        string // contribution being edited; "" while typing a new one
	draft         draft
	views         viewsForm
	// reasonNeeded is set when the phase was left with a view missing and
	// no reason given; asking is set while the views form asks for it.
	reasonNeeded bool
	asking       bool
	confirm      *widget.Confirm
	removeID     string
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
	e := &Editor{ctx: ctx, in: newContribInput(ctx), orderTop: -1}
	e.views = newViewsForm(ctx, func(v conference.View) string { return e.viewState(v, false) })
	e.keys = defaultKeyMap(ctx.Msgs, e.views.form.KeyMap())
	e.order = widget.NewList(e.keys.Select)
	e.followCurrent()
	// After a restart the editor is new: if the conference has been past
	// this phase already, a missing view is asked for again.
	child, parents := missing(ctx.Conf)
	e.reasonNeeded = (child || parents) && passed(ctx.Conf)
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

// Typing implements phase.Editor: true while a field (or the delete
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool {
	return e.zone == zoneInput || e.zone == zoneViews || e.confirm != nil
}

func (e *Editor) activeKeys() KeyMap {
	c := e.ctx.Conf
	return e.keys.active(e.zone, len(c.Speaking.Order) > 0, e.contribCount() > 0, c.Kind != conference.KindNetwork)
}

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.activeKeys()
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		return e, e.enter()
	case phase.LeaveMsg:
		return e, e.leave()
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		return e, e.input(msg)
	case tea.MouseClickMsg:
		e.click(msg)
	}
	return e, nil
}

// enter brings the speaking order up to date (everyone present can
// speak) and, the first time, starts with the input for the current
// speaker. When the phase was left without a view and no reason, the
// views form opens to ask for it.
func (e *Editor) enter() tea.Cmd {
	var cmds []tea.Cmd
	if syncOrder(e.ctx.Conf) {
		e.ctx.Record(conference.OpUpdate, "speaking/order", true)
	}
	e.order.SetLen(len(e.ctx.Conf.Speaking.Order))
	first := !e.entered
	e.entered = true
	if first {
		e.followCurrent()
	}
	child, parents := missing(e.ctx.Conf)
	switch {
	case e.reasonNeeded && (child || parents) && e.zone != zoneInput:
		cmds = append(cmds, e.openViews(true))
	case first, e.wasWriting && e.zone == zoneOrder:
		cmds = append(cmds, e.startWriting())
	}
	e.wasWriting = false
	return tea.Batch(cmds...)
}

// leave commits what is being typed (a contribution half typed is saved,
// never dropped) and notes whether a view is missing without a reason.
// The workspace asks for it as the round ends (workspace/views.go),
// without keeping the facilitator from leaving; back in the round, the
// views form asks again.
func (e *Editor) leave() tea.Cmd {
	var cmd tea.Cmd
	switch e.zone {
	case zoneInput:
		if e.editID != "" || e.in.text.Value() != "" {
			cmd = e.submit()
		}
		e.in.form.Blur()
		e.zone = zoneOrder
		e.wasWriting = true
	case zoneViews:
		cmd = e.closeViews()
	}
	child, parents := missing(e.ctx.Conf)
	e.reasonNeeded = child || parents
	return cmd
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answerRemove(k)
	}
	km := e.activeKeys()
	if key.Matches(k, km.Next) {
		return e.next()
	}
	switch e.zone {
	case zoneInput:
		return e.inputKey(k, km)
	case zoneViews:
		if key.Matches(k, km.Leave) {
			return e.closeViews()
		}
		return e.updateViews(k)
	case zoneList:
		return e.listKey(k, km)
	}
	return e.orderKey(k, km)
}

// orderKey handles a key on the speaking order.
func (e *Editor) orderKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	switch {
	case key.Matches(k, km.Write):
		return e.startWriting()
	case key.Matches(k, km.MoveUp):
		return e.move(-1)
	case key.Matches(k, km.MoveDown):
		return e.move(+1)
	case key.Matches(k, km.Give):
		return e.give()
	case key.Matches(k, km.Switch):
		e.zone = zoneList
	case key.Matches(k, km.Views):
		return e.openViews(false)
	case e.order.Update(k):
		e.resetContribCursor()
	}
	return nil
}

// listKey handles a key on the selected speaker's contributions.
func (e *Editor) listKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	n := e.contribCount()
	switch {
	case key.Matches(k, km.Edit):
		return e.edit()
	case key.Matches(k, km.Remove):
		e.askRemove()
	case key.Matches(k, km.Switch):
		e.zone = zoneOrder
	case key.Matches(k, km.Views):
		return e.openViews(false)
	case key.Matches(k, km.Select.Up):
		e.contribCursor = max(0, e.contribCursor-1)
	case key.Matches(k, km.Select.Down):
		e.contribCursor = min(max(0, n-1), e.contribCursor+1)
	case key.Matches(k, km.Select.Home):
		e.contribCursor = 0
	case key.Matches(k, km.Select.End):
		e.contribCursor = max(0, n-1)
	}
	return nil
}

// inputKey handles a key while a contribution is typed: tab cycles the
// tag, enter saves, esc leaves the field (a new one's text stays).
func (e *Editor) inputKey(k tea.KeyPressMsg, km KeyMap) tea.Cmd {
	switch {
	case key.Matches(k, km.Tag):
		e.in.cycle(+1)
		return nil
	case key.Matches(k, km.TagBack):
		e.in.cycle(-1)
		return nil
	case key.Matches(k, km.Leave):
		if e.editID != "" {
			e.endEdit()
			return nil
		}
		e.in.form.Blur()
		e.zone = zoneOrder
		return nil
	}
	return e.input(k)
}

// input gives a key or paste to the focused field.
func (e *Editor) input(msg tea.Msg) tea.Cmd {
	switch e.zone {
	case zoneInput:
		ev, cmd := e.in.form.Update(msg)
		if ev.Submitted {
			return tea.Batch(cmd, e.submit())
		}
		return cmd
	case zoneViews:
		return e.updateViews(msg)
	}
	return nil
}

// click selects the speaker row clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	m := msg.Mouse()
	if e.Typing() || e.orderTop < 0 || m.X >= e.orderW {
		return
	}
	if i, ok := e.order.RowAt(m.Y - e.orderTop); ok {
		e.order.SetCursor(i)
		e.zone = zoneOrder
		e.resetContribCursor()
	}
}
