package perspectives

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the round of perspectives' keys. Passing the word on works
// everywhere (ctrl+n, and n while nothing is typed); the other letters
// only while no field has focus.
type KeyMap struct {
	Select           widget.ListKeyMap
	Next, Give       key.Binding
	MoveUp, MoveDown key.Binding
	Write            key.Binding // enter on the speaking order: write for the selected speaker
	Switch           key.Binding // tab: speaking order ↔ contributions
	Edit, Remove     key.Binding
	Views            key.Binding
	Submit           key.Binding
	Tag, TagBack     key.Binding
	Field            key.Binding // ↓/↑: text ↔ source
	Leave            key.Binding
	Form             widget.FormKeyMap
	zone             zone
	// nextDesc is the help text of Next, shown as "n" while nothing is
	// typed and as "ctrl+n" while typing.
	nextDesc string
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		Select:   widget.DefaultListKeyMap(tr.T("perspectives.key.select")),
		Next:     b([]string{"n", "ctrl+n"}, "n", "perspectives.key.next"),
		Give:     b([]string{"w"}, "w", "perspectives.key.give"),
		MoveUp:   b([]string{"alt+up", "K"}, "K/J", "perspectives.key.move"),
		MoveDown: key.NewBinding(key.WithKeys("alt+down", "J")),
		Write:    b([]string{"enter"}, "enter", "perspectives.key.write"),
		Switch:   b([]string{"tab", "shift+tab"}, "tab", "perspectives.key.switch"),
		Edit:     b([]string{"enter", "e"}, "enter", "perspectives.key.edit"),
		Remove:   b([]string{"x", "delete"}, "x", "perspectives.key.remove"),
		Views:    b([]string{"v"}, "v", "perspectives.key.views"),
		Submit:   b([]string{"enter"}, "enter", "perspectives.key.submit"),
		Tag:      b([]string{"tab", "ctrl+o"}, "tab", "perspectives.key.tag"),
		TagBack:  b([]string{"shift+tab"}, "shift+tab", "perspectives.key.tag_back"),
		Field:    b([]string{"down", "up"}, "↓/↑", "perspectives.key.field"),
		Leave:    b([]string{"esc"}, "esc", "perspectives.key.leave"),
		Form:     form,
		nextDesc: tr.T("perspectives.key.next"),
	}
}

// active returns the key map with only the bindings that work now enabled.
func (k KeyMap) active(z zone, hasOrder, hasContribs, isCase bool) KeyMap {
	k.zone = z
	typing := z == zoneInput || z == zoneViews
	if typing {
		k.Next = key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", k.nextDesc))
	}
	k.Next.SetEnabled(hasOrder)
	order, list := z == zoneOrder, z == zoneList
	k.Select.Up.SetEnabled((order && hasOrder) || (list && hasContribs))
	k.Give.SetEnabled(order && hasOrder)
	k.MoveUp.SetEnabled(order && hasOrder)
	k.MoveDown.SetEnabled(order && hasOrder)
	k.Write.SetEnabled(order)
	k.Switch.SetEnabled(order || list)
	k.Edit.SetEnabled(list && hasContribs)
	k.Remove.SetEnabled(list && hasContribs)
	k.Views.SetEnabled((order || list) && isCase)
	k.Submit.SetEnabled(z == zoneInput)
	k.Tag.SetEnabled(z == zoneInput)
	k.TagBack.SetEnabled(z == zoneInput)
	k.Field.SetEnabled(z == zoneInput)
	k.Leave.SetEnabled(typing)
	k.Form.Next.SetEnabled(z == zoneViews)
	k.Form.Prev.SetEnabled(z == zoneViews)
	k.Form.Submit.SetEnabled(z == zoneViews)
	return k
}

// ShortHelp implements help.KeyMap: the keys that matter in the focused
// part, most important first (the workspace shows the first two before
// its own keys).
func (k KeyMap) ShortHelp() []key.Binding {
	var bs []key.Binding
	switch k.zone {
	case zoneOrder:
		bs = []key.Binding{k.Write, k.Next, k.MoveUp, k.Views, k.Switch}
	case zoneList:
		bs = []key.Binding{k.Edit, k.Remove, k.Next, k.Switch, k.Views}
	case zoneInput:
		bs = []key.Binding{k.Submit, k.Next, k.Tag, k.Field, k.Leave}
	case zoneViews:
		bs = []key.Binding{k.Form.Next, k.Leave, k.Next}
	}
	out := bs[:0]
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Give, k.MoveUp, k.Select.Up, k.Write, k.Switch, k.Views},
		{k.Edit, k.Remove},
		{k.Submit, k.Tag, k.TagBack, k.Field, k.Leave},
		{k.Form.Next, k.Form.Prev, k.Form.Submit},
	}
}
