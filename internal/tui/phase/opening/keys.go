package opening

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the opening's own keys; the participants' are People's.
type KeyMap struct {
	Confidential, End key.Binding
	// Roles asks again who facilitates and who takes the minutes.
	Roles key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Confidential: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", tr.T("tui.opening.key.confidential"))),
		End:          key.NewBinding(key.WithKeys("t"), key.WithHelp("t", tr.T("tui.opening.key.end"))),
		Roles:        key.NewBinding(key.WithKeys("m"), key.WithHelp("m", tr.T("meetingroles.key"))),
	}
}
