package prep

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the preparation's own key; the form's are the form's.
type KeyMap struct {
	Edit key.Binding // enter/tab: back into the form
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Edit: key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", tr.T("tui.editor.edit"))),
	}
}
