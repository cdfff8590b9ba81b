package safety

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the immediate-safety editor. The one-letter keys
// work while the list of steps has focus.
type KeyMap struct {
	List              widget.ListKeyMap
	New, Edit, Remove key.Binding
	Family, Note      key.Binding
	Cancel            key.Binding
	Form              widget.FormKeyMap
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	return KeyMap{
		List:   widget.DefaultListKeyMap(tr.T("safety.key.select")),
		New:    b([]string{"n"}, "n", "safety.key.new"),
		Edit:   b([]string{"enter"}, "enter", "safety.key.edit"),
		Remove: b([]string{"x", "delete"}, "x", "safety.key.remove"),
		Family: b([]string{"f"}, "f", "safety.key.family"),
		Note:   b([]string{"t"}, "t", "safety.key.note"),
		Cancel: b([]string{"esc"}, "esc", "safety.key.cancel"),
		Form:   form,
	}
}

// active returns the key map with what works now enabled.
func (k KeyMap) active(z zone, hasSteps bool) KeyMap {
	inList := z == zoneList
	k.New.SetEnabled(inList)
	k.Family.SetEnabled(inList)
	k.Note.SetEnabled(inList)
	for _, b := range []*key.Binding{&k.Edit, &k.Remove, &k.List.Up} {
		b.SetEnabled(inList && hasSteps)
	}
	k.Cancel.SetEnabled(!inList)
	k.Form.Next.SetEnabled(z == zoneStep)
	k.Form.Prev.SetEnabled(z == zoneStep)
	k.Form.Submit.SetEnabled(!inList)
	return k
}

// ShortHelp implements help.KeyMap: the keys that work now, the most
// important first (the workspace shows the first two before its own).
func (k KeyMap) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, b := range []key.Binding{k.Form.Submit, k.Cancel, k.New, k.Family, k.Form.Next, k.Note, k.Edit} {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.New, k.Edit, k.Remove},
		{k.Family, k.Note},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Cancel},
	}
}
