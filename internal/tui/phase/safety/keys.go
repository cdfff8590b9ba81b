package safety

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the keys of the immediate-safety editor besides the
// list's (listform): they work while the list of steps has the keyboard.
type KeyMap struct {
	Family, Note key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Family: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", tr.T("safety.key.family"))),
		Note:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", tr.T("safety.key.note"))),
	}
}
