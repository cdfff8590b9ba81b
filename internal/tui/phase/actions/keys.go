package actions

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the agreed-actions editor's own keys; the table's and the
// form's are listform's.
type KeyMap struct {
	Agree, Plan key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Agree: key.NewBinding(key.WithKeys("y", "space"), key.WithHelp("y", tr.T("actions.key.agree"))),
		Plan:  key.NewBinding(key.WithKeys("w"), key.WithHelp("w", tr.T("actions.key.plan"))),
	}
}
