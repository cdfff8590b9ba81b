package review

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the review editor's keys besides the lists' own
// (listform): one key per status, the note, carrying an action forward,
// the panes, and confirming a copied responsibility or taking over what
// was known. They act while no form is open; n and d keep the meaning
// they have in every list (a new carried action, removing a copied
// responsibility), so the statuses are numbered.
type KeyMap struct {
	// Status stands for the four status keys on the help line.
	Status                          key.Binding
	Done, Partly, NotDone, Obsolete key.Binding
	Note, Carry                     key.Binding
	// The panes (panes.go): tab to the next, shift+tab back; in the
	// responsibilities j/y confirms, in what was known t takes an item
	// over.
	NextPane, PrevPane key.Binding
	Confirm, TakeOver  key.Binding

	// short and full are what the help shows now (see Editor.KeyMap).
	short []key.Binding
	full  [][]key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		Status:   b([]string{"1", "2", "3", "4"}, "1–4", "review.key.status"),
		Done:     b([]string{"1"}, "1", "review.key.done"),
		Partly:   b([]string{"2"}, "2", "review.key.partly"),
		NotDone:  b([]string{"3"}, "3", "review.key.not_done"),
		Obsolete: b([]string{"4"}, "4", "review.key.obsolete"),
		Note:     b([]string{"enter"}, "enter", "review.key.note"),
		Carry:    b([]string{"c"}, "c", "review.key.carry"),
		NextPane: b([]string{"tab"}, "tab", "reviewprev.key.next_pane"),
		PrevPane: b([]string{"shift+tab"}, "shift+tab", "reviewprev.key.prev_pane"),
		Confirm:  b([]string{"j", "y"}, "j/y", "reviewprev.key.confirm"),
		TakeOver: b([]string{"t"}, "t", "reviewprev.key.take_over"),
	}
}

// ShortHelp implements help.KeyMap: what acts now, the most useful first
// (the workspace shows the first two before its own keys).
func (k KeyMap) ShortHelp() []key.Binding {
	out := make([]key.Binding, 0, len(k.short))
	for _, b := range k.short {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return k.full }
