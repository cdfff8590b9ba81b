package agreements

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the screen's own keys; the list's are the shared list's.
type KeyMap struct {
	Back key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tuiagreements.key.back")))}
}
