package tracker

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the tracker's keys. The one-letter keys work while no filter
// field and no form has the keyboard.
type KeyMap struct {
	List                      widget.ListKeyMap
	Done, Open                key.Binding
	Overdue, Owner, Inst      key.Binding
	ClearFilters, Back, Leave key.Binding
	// All shows the settled actions too, Group puts a case's actions
	// together, Calendar writes the reminders file.
	All, Group, Calendar key.Binding
	// Cancel closes the form without marking anything.
	Cancel key.Binding
	Form   widget.FormKeyMap
}

// DefaultKeyMap returns the tracker keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		List:         widget.DefaultListKeyMap(tr.T("tuitracker.key.select")),
		Done:         b([]string{"d", "space"}, "d", "tuitracker.key.done"),
		Open:         b([]string{"enter"}, "enter", "tuitracker.key.open"),
		Overdue:      b([]string{"o"}, "o", "tuitracker.key.overdue"),
		Owner:        b([]string{"w"}, "w", "tuitracker.key.owner"),
		Inst:         b([]string{"i"}, "i", "tuitracker.key.institution"),
		ClearFilters: b([]string{"x"}, "x", "tuitracker.key.clear"),
		All:          b([]string{"a"}, "a", "trackerscreen.key.all"),
		Group:        b([]string{"g"}, "g", "trackerscreen.key.group"),
		Calendar:     b([]string{"k"}, "k", "trackerscreen.key.calendar"),
		Back:         b([]string{"esc"}, "esc", "tuitracker.key.back"),
		Leave:        b([]string{"esc"}, "esc", "tuitracker.key.leave"),
		Cancel:       b([]string{"esc"}, "esc", "tuitracker.key.cancel"),
		Form:         form,
	}
}

// active enables what applies: list keys with rows, one-letter keys while
// nothing is typed into, the form's keys while it is open.
func (k KeyMap) active(z zone, hasRows, hasFilter bool) KeyMap {
	inList := z == zoneList
	for _, b := range []*key.Binding{&k.Overdue, &k.Owner, &k.Inst, &k.Back, &k.All, &k.Group, &k.Calendar} {
		b.SetEnabled(inList)
	}
	for _, b := range []*key.Binding{&k.Done, &k.Open} {
		b.SetEnabled(inList && hasRows)
	}
	k.List.Up.SetEnabled(z != zoneForm && hasRows)
	k.ClearFilters.SetEnabled(inList && hasFilter)
	k.Leave.SetEnabled(z == zoneOwner || z == zoneInst)
	k.Cancel.SetEnabled(z == zoneForm)
	k.Form.Next.SetEnabled(z == zoneForm)
	k.Form.Prev.SetEnabled(z == zoneForm)
	k.Form.Submit.SetEnabled(z == zoneForm)
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Done, k.Open, k.Overdue, k.Owner, k.Inst, k.ClearFilters, k.Form.Submit, k.Form.Next, k.Cancel, k.Leave, k.Back}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Done, k.Open, k.Back},
		{k.Overdue, k.Owner, k.Inst, k.ClearFilters},
		{k.All, k.Group, k.Calendar},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Cancel, k.Leave},
	}
}
