// Package agenda is the editor of a network meeting's phase 3: the agenda
// items, each with its lead, what was discussed and decided, and its
// actions (owner and due date). Two listform lists share the screen: the
// items above, and below them the selected item's actions; tab moves
// between the two. x marks an item dealt with, p parks it for the next
// meeting (which carries it forward).
package agenda

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
)

// others is the ID of the row that holds the actions of no agenda item
// (kept from an older meeting, or from an item removed): no item ID
// starts with a dash.
const others = "-"

// pane says which list has the keyboard.
type pane int

const (
	itemsPane pane = iota
	actionsPane
)

// Editor edits the agenda.
type Editor struct {
	ctx     *phase.Context
	keys    KeyMap
	items   *listform.List[conference.AgendaItem]
	actions *listform.List[conference.Action]
	item    *listform.Fields[conference.AgendaItem]
	action  *listform.Fields[conference.Action]
	focus   pane
	// notice is a line of the editor's own under the lists until the
	// next key.
	notice string
	// itemsTop and actionsTop are the lines of the two lists in the last
	// View, for clicks (-1: not shown).
	itemsTop, actionsTop int
}

// New returns the agenda editor.
func New(ctx *phase.Context) phase.Editor {
	tr := ctx.Msgs
	e := &Editor{ctx: ctx, keys: defaultKeyMap(tr), item: newItemForm(ctx), itemsTop: -1, actionsTop: -1}
	e.action = newActionForm(ctx, e.selectedItem)
	e.items = listform.New(ctx, listform.Config[conference.AgendaItem]{
		Path:    "agenda",
		Items:   e.rows,
		ID:      func(it conference.AgendaItem) string { return it.ID },
		Row:     e.itemRow,
		Header:  e.itemHeader,
		Empty:   func() string { return tr.T("network.agenda.empty") },
		Name:    func(it conference.AgendaItem) string { return it.Title },
		NewHelp: tr.T("network.agenda.key.new"),
		Form:    e.item,
		Title:   listform.Titled[conference.AgendaItem](tr.T("network.agenda.form.new"), tr.T("network.agenda.form.edit")),
		Remove:  e.removeItem,
		Move:    e.moveItem,
		Changed: e.itemChanged,
	})
	e.actions = listform.New(ctx, listform.Config[conference.Action]{
		Path:    "actions",
		Items:   func() []conference.Action { return ctx.Conf.ItemActions(e.selectedItem()) },
		ID:      func(a conference.Action) string { return a.ID },
		Row:     e.actionRow,
		Empty:   func() string { return tr.T("network.agenda.actions.empty") },
		Name:    func(a conference.Action) string { return a.What },
		NewHelp: tr.T("network.agenda.key.new_action"),
		Form:    e.action,
		Title:   listform.Titled[conference.Action](tr.T("network.agenda.action.form.new"), tr.T("network.agenda.action.form.edit")),
		Remove:  ctx.Conf.Remove,
	})
	return e
}

// rows are the items, and a last row for the actions of no item when
// there are any.
func (e *Editor) rows() []conference.AgendaItem {
	c := e.ctx.Conf
	if len(c.ItemActions("")) == 0 {
		return c.Agenda
	}
	return append(c.Agenda[:len(c.Agenda):len(c.Agenda)], conference.AgendaItem{ID: others})
}

// selectedItem is the ID of the item whose actions show: "" for the row
// of the actions of no item (and while there is no item).
func (e *Editor) selectedItem() string {
	if id := e.items.SelectedID(); id != others {
		return id
	}
	return ""
}

// onOthers reports whether the row of the actions of no item is selected.
func (e *Editor) onOthers() bool { return e.items.SelectedID() == others }

func (e *Editor) removeItem(id string) bool {
	ok, n := e.ctx.Conf.RemoveAgendaItem(id)
	if ok && n > 0 {
		e.notice = e.ctx.Msgs.N("network.agenda.removed_kept", n, n)
	}
	return ok
}

func (e *Editor) moveItem(i, j int) {
	a := e.ctx.Conf.Agenda
	if i < len(a) && j < len(a) {
		a[i], a[j] = a[j], a[i]
	}
}

// itemChanged follows the items: the actions shown are the selected
// item's.
func (e *Editor) itemChanged(string, string) { e.actions.Sync() }

// Typing implements phase.Editor.
func (e *Editor) Typing() bool { return e.items.Typing() || e.actions.Typing() }

// activeActions reports whether the actions have the keyboard.
func (e *Editor) activeActions() bool { return e.focus == actionsPane }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	k := e.keys
	if e.items.Typing() {
		return listform.Help{Short: e.items.ShortHelp(), Full: e.items.FullHelp()}
	}
	if e.actions.Typing() {
		return listform.Help{Short: e.actions.ShortHelp(), Full: e.actions.FullHelp()}
	}
	item := !e.activeActions() && e.items.Len() > 0 && !e.onOthers()
	k.Done.SetEnabled(item)
	k.Park.SetEnabled(item)
	k.Action.SetEnabled(!e.activeActions() && e.items.Len() > 0)
	k.Pane.SetEnabled(e.items.Len() > 0)
	if e.activeActions() {
		lk := e.actions.KeyMap()
		return listform.Help{
			Short: []key.Binding{lk.New, lk.Edit, lk.Remove, k.Pane},
			Full:  append(e.actions.FullHelp(), []key.Binding{k.Pane}),
		}
	}
	lk := e.items.KeyMap()
	if e.onOthers() {
		lk.Edit.SetEnabled(false)
		lk.Remove.SetEnabled(false)
	}
	return listform.Help{
		Short: []key.Binding{lk.New, lk.Edit, k.Done, k.Park, k.Action},
		Full:  append(e.items.FullHelp(), []key.Binding{k.Done, k.Park, k.Action, k.Pane}),
	}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.items.Sync()
		e.actions.Sync()
		if cmd := e.items.ResumeDraft(); cmd != nil {
			e.focus = itemsPane
			return e, cmd
		}
		if cmd := e.actions.ResumeDraft(); cmd != nil {
			e.focus = actionsPane
			return e, cmd
		}
		if !e.Typing() && len(e.ctx.Conf.Agenda) == 0 && e.items.Len() == 0 {
			e.focus = itemsPane
			return e, e.items.OpenNew()
		}
		return e, nil
	case phase.LeaveMsg:
		e.items.Leave()
		e.actions.Leave()
		return e, nil
	case tea.MouseClickMsg:
		e.click(msg.Mouse().Y)
		return e, nil
	}
	if e.items.Typing() {
		_, cmd := e.items.Update(msg)
		e.actions.Sync()
		return e, cmd
	}
	if e.actions.Typing() {
		_, cmd := e.actions.Update(msg)
		return e, cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return e, nil
	}
	e.notice = ""
	if cmd, used := e.key(k); used {
		return e, cmd
	}
	if e.activeActions() {
		_, cmd := e.actions.Update(k)
		return e, cmd
	}
	if e.onOthers() && (key.Matches(k, e.items.KeyMap().Edit) || key.Matches(k, e.items.KeyMap().Remove)) {
		// The row of the actions of no item is no item: enter goes to
		// its actions, and it cannot be removed.
		if key.Matches(k, e.items.KeyMap().Edit) {
			e.focus = actionsPane
		}
		return e, nil
	}
	_, cmd := e.items.Update(k)
	e.actions.Sync()
	return e, cmd
}

// key handles the editor's own keys while no form is open.
func (e *Editor) key(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(k, e.keys.Pane):
		if e.items.Len() == 0 {
			return nil, true
		}
		if e.activeActions() {
			e.focus = itemsPane
		} else {
			e.focus = actionsPane
			e.actions.Sync()
		}
		return nil, true
	case e.activeActions():
		return nil, false
	case key.Matches(k, e.keys.Done):
		e.setStatus(conference.ItemDone)
		return nil, true
	case key.Matches(k, e.keys.Park):
		e.setStatus(conference.ItemParked)
		return nil, true
	case key.Matches(k, e.keys.Action):
		if e.items.Len() == 0 {
			return nil, true
		}
		e.focus = actionsPane
		e.actions.Sync()
		return e.actions.OpenNew(), true
	}
	return nil, false
}

// setStatus gives the selected item the status, or takes it back to open
// when it has it already.
func (e *Editor) setStatus(status string) {
	it := e.ctx.Conf.AgendaItem(e.selectedItem())
	if it == nil {
		return
	}
	if it.Status == status {
		status = conference.ItemOpen
	}
	it.Status = status
	e.ctx.Record(conference.OpUpdate, "agenda/"+it.ID+"/status", true)
	e.notice = e.ctx.Msgs.T("network.agenda.status_set", it.Title, e.statusLabel(status))
}

// click selects the row clicked in either list.
func (e *Editor) click(y int) {
	if e.Typing() {
		return
	}
	switch {
	case e.actionsTop >= 0 && y >= e.actionsTop && e.actions.Click(y-e.actionsTop):
		e.focus = actionsPane
	case e.itemsTop >= 0 && e.items.Click(y-e.itemsTop):
		e.focus = itemsPane
		e.actions.Sync()
	}
}
