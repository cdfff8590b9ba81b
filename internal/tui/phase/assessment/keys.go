package assessment

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the overall assessment's own keys; the dissent's are the
// list's (listform), the forms' the form's. They work while no field has
// the keyboard.
type KeyMap struct {
	List           widget.ListKeyMap
	Rate           key.Binding
	Child          key.Binding // the next child's ratings (siblings)
	Reveal, Result key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		List:   widget.DefaultListKeyMap(tr.T("assessment.key.select")),
		Rate:   b([]string{"enter"}, "enter", "assessment.key.rate"),
		Reveal: b([]string{"r"}, "r", "assessment.key.reveal"),
		Result: b([]string{"e"}, "e", "assessment.key.result"),
		Child:  b([]string{"c"}, "c", "childrating.key.next"),
	}
}

// state is what the key map needs to know to tell the truth.
type state struct {
	onRater  bool // the cursor is on a participant
	revealed bool
	siblings bool // each child is rated on their own
}

// active returns the key map with what works now enabled.
func (k KeyMap) active(s state) KeyMap {
	k.Rate.SetEnabled(s.onRater)
	k.Reveal.SetEnabled(!s.revealed)
	k.Child.SetEnabled(s.siblings)
	return k
}
