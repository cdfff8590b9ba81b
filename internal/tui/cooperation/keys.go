package cooperation

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the list's keys besides listform's.
type KeyMap struct {
	// Review records a review of the selected agreement.
	Review key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Review: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", tr.T("cooperation.key.review"))),
	}
}
