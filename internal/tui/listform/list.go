package listform

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// mode says what the list is doing.
type mode int

const (
	browsing mode = iota // the list has the keyboard
	adding               // the form holds a new entry
	editing              // the form holds a stored entry, changed as typed
)

// List is a list of entries with a form, configured by a Config (see the
// package comment for how it behaves). An editor gives it the messages
// meant for it and draws its parts where its layout wants them.
type List[T any] struct {
	ctx  *phase.Context
	cfg  Config[T]
	sel  *widget.List
	keys KeyMap

	mode mode
	// id is the entry in the form while editing.
	id string
	// draft is the new entry put aside while the form shows a stored one,
	// or brought back from the store (see drafts.go).
	draft *widget.FormDraft
	// resume: the stored draft's form was open when kofa ended.
	resume bool
	// warned: esc was pressed once with a value the entry could not take;
	// the form stayed open to show why.
	warned bool
	// formErr is a problem of the whole form (no input to show it at).
	formErr string
	// notice is a line under the list until the next key.
	notice string
	// loaded: the form was filled at least once (a new list's first n
	// loads it empty).
	loaded bool

	// rowsTop is the line of the first row in the last View, and lines
	// the entry of each line shown there (-1: none), for clicks.
	rowsTop int
	lines   []int
}

// New returns the list of cfg on ctx.
func New[T any](ctx *phase.Context, cfg Config[T]) *List[T] {
	l := &List[T]{ctx: ctx, cfg: cfg, keys: DefaultKeyMap(ctx.Msgs)}
	if cfg.NewHelp != "" {
		l.keys.New.SetHelp(l.keys.New.Help().Key, cfg.NewHelp)
	}
	l.sel = widget.NewList(l.keys.List)
	if cfg.Form != nil {
		// An edit is written as each value is given, before the cursor
		// moves on (what follows from it may show another row).
		chain(cfg.Form.Form(), func(in widget.Input) {
			if l.mode == editing && !deferred(in) {
				l.apply(in, immediate(in))
			}
		})
	}
	l.loadDraft()
	ctx.OnReload(l.Reload)
	l.Sync()
	return l
}

// Sync fits the selection to the list as the conference holds it now
// (other phases, undo or a restart may have changed it), and closes the
// form of an entry that is gone.
func (l *List[T]) Sync() {
	l.sel.SetLen(len(l.cfg.Items()))
	if l.mode == editing && l.index(l.id) < 0 {
		l.cfg.Form.Form().Blur()
		l.mode, l.id = browsing, ""
	}
}

// Len is the number of entries.
func (l *List[T]) Len() int { return len(l.cfg.Items()) }

// Cursor is the index of the selected entry.
func (l *List[T]) Cursor() int { return l.sel.Cursor() }

// Select selects the entry with id.
func (l *List[T]) Select(id string) {
	if i := l.index(id); i >= 0 {
		l.sel.SetCursor(i)
	}
}

// SelectIndex selects entry i.
func (l *List[T]) SelectIndex(i int) { l.sel.SetCursor(i) }

// Selected returns the selected entry; ok is false for an empty list.
func (l *List[T]) Selected() (item T, ok bool) {
	items := l.cfg.Items()
	if len(items) == 0 {
		return item, false
	}
	return items[min(l.sel.Cursor(), len(items)-1)], true
}

// SelectedID returns the selected entry's ID ("" for an empty list).
func (l *List[T]) SelectedID() string {
	if it, ok := l.Selected(); ok {
		return l.cfg.ID(it)
	}
	return ""
}

func (l *List[T]) index(id string) int {
	for i, it := range l.cfg.Items() {
		if l.cfg.ID(it) == id && id != "" {
			return i
		}
	}
	return -1
}

// Typing reports whether the form has the keyboard.
func (l *List[T]) Typing() bool { return l.mode != browsing }

// Editing returns the ID of the stored entry in the form ("" while the
// form holds a new entry or is closed).
func (l *List[T]) Editing() string {
	if l.mode != editing {
		return ""
	}
	return l.id
}

// Adding reports whether the form holds a new entry.
func (l *List[T]) Adding() bool { return l.mode == adding }

// SetNotice shows a line under the list until the next key.
func (l *List[T]) SetNotice(s string) { l.notice = s }

// record records a change below the list's path.
func (l *List[T]) record(op, sub string, immediate bool) {
	path := l.cfg.Path
	switch {
	case path == "":
		path = sub
	case sub != "":
		path += "/" + sub
	}
	l.ctx.Record(op, path, immediate)
}

func (l *List[T]) changed(op, id string) {
	if l.cfg.Changed != nil {
		l.cfg.Changed(op, id)
	}
}

// Update handles a message meant for the list: a key, a paste. It reports
// whether it used the message; a key it does not use is the editor's.
func (l *List[T]) Update(msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		l.notice = ""
		if l.mode != browsing {
			return true, l.formUpdate(msg)
		}
		return l.browseKey(msg)
	case tea.PasteMsg:
		if l.mode != browsing {
			return true, l.formUpdate(msg)
		}
	}
	return false, nil
}

// browseKey handles a key while the list has the keyboard.
func (l *List[T]) browseKey(k tea.KeyPressMsg) (bool, tea.Cmd) {
	l.sel.SetLen(l.Len())
	km := l.KeyMap()
	switch {
	case l.sel.Update(k):
		return true, nil
	case key.Matches(k, km.New):
		return true, l.OpenNew()
	case key.Matches(k, km.Edit):
		if id := l.SelectedID(); id != "" {
			return true, l.OpenEdit(id)
		}
		return true, l.OpenNew()
	case key.Matches(k, km.Remove):
		l.removeSelected()
		return true, nil
	case key.Matches(k, km.MoveUp):
		l.move(-1)
		return true, nil
	case key.Matches(k, km.MoveDown):
		l.move(+1)
		return true, nil
	case key.Matches(k, km.Identifying):
		l.toggleIdentifying()
		return true, nil
	}
	return false, nil
}

// marks reports whether the list's entries can be marked identifying.
func (l *List[T]) marks() bool { return l.cfg.Identifying != nil && l.cfg.SetIdentifying != nil }

// toggleIdentifying marks the selected entry as identifying or takes the
// mark back, and says what that means for the minutes.
func (l *List[T]) toggleIdentifying() {
	item, ok := l.Selected()
	if !ok || !l.marks() {
		return
	}
	id, on := l.cfg.ID(item), !l.cfg.Identifying(item)
	if !l.cfg.SetIdentifying(id, on) {
		return
	}
	l.record(conference.OpUpdate, id+"/identifying", true)
	l.notice = l.ctx.Msgs.T("identifying.off")
	if on {
		l.notice = l.ctx.Msgs.T("identifying.on")
	}
	l.changed(conference.OpUpdate, id)
}

// KeyMap returns the list's keys with what acts now enabled.
func (l *List[T]) KeyMap() KeyMap {
	k := l.keys
	browse := l.mode == browsing
	has := browse && l.Len() > 0
	k.New.SetEnabled(browse && l.cfg.Form != nil)
	k.Edit.SetEnabled(has && l.cfg.Form != nil)
	k.Remove.SetEnabled(has && l.cfg.Remove != nil)
	k.MoveUp.SetEnabled(has && l.cfg.Move != nil && l.Len() > 1)
	k.MoveDown.SetEnabled(k.MoveUp.Enabled())
	k.Identifying.SetEnabled(has && l.marks())
	k.List.Up.SetEnabled(has)
	return k
}

// FormKeys are the keys that act in the form's focused field (none while
// the form is closed).
func (l *List[T]) FormKeys() []key.Binding {
	if l.mode == browsing {
		return nil
	}
	return l.cfg.Form.Form().HelpKeys()
}

// ShortHelp is the list's part of the help line: the form's keys while it
// is open, else new, edit and remove.
func (l *List[T]) ShortHelp() []key.Binding {
	if l.mode != browsing {
		return l.FormKeys()
	}
	k := l.KeyMap()
	return []key.Binding{k.New, k.Edit, k.Remove}
}

// FullHelp is the list's part of the F1 help: the list's keys and the
// form's, whichever has the keyboard first.
func (l *List[T]) FullHelp() [][]key.Binding {
	k := l.KeyMap()
	list := []key.Binding{k.List.Up, k.New, k.Edit, k.Remove, k.MoveUp, k.Identifying}
	if l.cfg.Form == nil {
		return [][]key.Binding{list}
	}
	fields := FormKeys(l.cfg.Form.Form())
	if l.mode != browsing {
		return [][]key.Binding{fields, list}
	}
	return [][]key.Binding{list, fields}
}

// Click selects the entry shown at line y of the last View (relative to
// the list's own top); it reports whether there was one.
func (l *List[T]) Click(y int) bool {
	if l.mode != browsing {
		return false
	}
	y -= l.rowsTop
	if y < 0 || y >= len(l.lines) || l.lines[y] < 0 {
		return false
	}
	l.sel.SetCursor(l.lines[y])
	return true
}

// move moves the selected entry one place up or down.
func (l *List[T]) move(dir int) {
	i := l.sel.Cursor()
	j := i + dir
	if l.cfg.Move == nil || j < 0 || j >= l.Len() {
		return
	}
	l.cfg.Move(i, j)
	l.sel.SetCursor(j)
	l.record(conference.OpUpdate, "", true)
	l.changed(conference.OpUpdate, l.SelectedID())
}

// removeSelected removes the selected entry at once; the notice says so
// and how to take it back.
func (l *List[T]) removeSelected() {
	item, ok := l.Selected()
	if !ok || l.cfg.Remove == nil {
		return
	}
	id, name := l.cfg.ID(item), l.cfg.ID(item)
	if l.cfg.Name != nil {
		name = l.cfg.Name(item) // named while it is there
	}
	if !l.cfg.Remove(id) {
		return
	}
	l.record(conference.OpRemove, id, true)
	l.sel.SetLen(l.Len())
	l.notice = l.ctx.Msgs.T("listform.removed", widget.OneLine(name))
	l.changed(conference.OpRemove, id)
}
