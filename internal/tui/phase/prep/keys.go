package prep

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the preparation editor's keys.
type KeyMap struct {
	Form  widget.FormKeyMap
	Leave key.Binding // esc: leave the field (the workspace keys work again)
	Edit  key.Binding // enter/tab: back into the form
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	return KeyMap{
		Form:  form,
		Leave: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tui.editor.leave_field"))),
		Edit:  key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", tr.T("tui.editor.edit"))),
	}
}

// typing returns the keys that apply while a field has focus (true) or not.
func (k KeyMap) active(typing bool) KeyMap {
	k.Form.Next.SetEnabled(typing)
	k.Form.Prev.SetEnabled(typing)
	k.Form.Submit.SetEnabled(typing)
	k.Leave.SetEnabled(typing)
	k.Edit.SetEnabled(!typing)
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Form.Next, k.Edit, k.Leave}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Edit, k.Leave}}
}
