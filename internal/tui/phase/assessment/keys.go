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
	Reveal, Result key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		List:   widget.DefaultListKeyMap(tr.T("assessment.key.select")),
		Rate:   b([]string{"enter"}, "enter", "assessment.key.rate"),
		Reveal: b([]string{"r"}, "r", "assessment.key.reveal"),
		Result: b([]string{"e"}, "e", "assessment.key.result"),
	}
}

// state is what the key map needs to know to tell the truth.
type state struct {
	onRater  bool // the cursor is on a participant
	revealed bool
}

// active returns the key map with what works now enabled.
func (k KeyMap) active(s state) KeyMap {
	k.Rate.SetEnabled(s.onRater)
	k.Reveal.SetEnabled(!s.revealed)
	return k
}
