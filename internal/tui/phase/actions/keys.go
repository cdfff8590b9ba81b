package actions

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the agreed-actions editor. The one-letter keys
// work while the table has focus; in the form every printable key types.
type KeyMap struct {
	List                 widget.ListKeyMap
	New, Edit, Agree     key.Binding
	Remove, Plan, Cancel key.Binding
	Form                 widget.FormKeyMap
	Owner                widget.PickKeyMap
	short                []key.Binding
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap, owner widget.PickKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:   widget.DefaultListKeyMap(tr.T("actions.key.select")),
		New:    b([]string{"n"}, "n", "actions.key.new"),
		Edit:   b([]string{"enter"}, "enter", "actions.key.edit"),
		Agree:  b([]string{"y", "space"}, "y", "actions.key.agree"),
		Remove: b([]string{"d", "delete"}, "d", "actions.key.remove"),
		Plan:   b([]string{"w"}, "w", "actions.key.plan"),
		Cancel: b([]string{"esc"}, "esc", "actions.key.leave"),
		Form:   form,
		Owner:  owner,
	}
}

// active returns the key map with only what works now enabled, so the
// help tells the truth. ownerFocused: the owner pick has the keyboard.
func (k KeyMap) active(z zone, hasRows, ownerFocused bool) KeyMap {
	inList := z == zoneList
	k.New.SetEnabled(inList)
	k.Plan.SetEnabled(inList)
	for _, b := range []*key.Binding{&k.Edit, &k.Agree, &k.Remove, &k.List.Up} {
		b.SetEnabled(inList && hasRows)
	}
	k.Cancel.SetEnabled(!inList)
	k.Form.Next.SetEnabled(z == zoneForm)
	k.Form.Prev.SetEnabled(z == zoneForm)
	k.Form.Submit.SetEnabled(!inList)
	k.Owner.Up.SetEnabled(z == zoneForm && ownerFocused)
	if inList {
		k.short = []key.Binding{k.New, k.Agree, k.Edit, k.Remove, k.Plan}
	} else {
		k.short = []key.Binding{k.Form.Submit, k.Form.Next, k.Owner.Up, k.Cancel}
	}
	return k
}

// ShortHelp implements help.KeyMap: the keys that matter now.
func (k KeyMap) ShortHelp() []key.Binding { return k.short }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.New, k.Edit, k.Agree, k.Remove, k.Plan},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Owner.Up, k.Cancel},
	}
}
