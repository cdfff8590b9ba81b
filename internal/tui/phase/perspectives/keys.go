package perspectives

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the round of perspectives' own keys (the contributions'
// are the list's, listform). Passing the word on works everywhere (ctrl+n,
// and n while nothing is typed); the other letters only while no field
// has focus.
type KeyMap struct {
	Select           widget.ListKeyMap
	Next, Give       key.Binding
	MoveUp, MoveDown key.Binding
	Write            key.Binding // enter on the speaking order: write for the selected speaker
	Switch           key.Binding // tab: speaking order ↔ contributions
	Views            key.Binding
	// nextDesc is the help text of Next, shown as "n" while nothing is
	// typed and as "ctrl+n" while typing.
	nextDesc string
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		Select:   widget.DefaultListKeyMap(tr.T("perspectives.key.select")),
		Next:     b([]string{"n", "ctrl+n"}, "n", "perspectives.key.next"),
		Give:     b([]string{"w"}, "w", "perspectives.key.give"),
		MoveUp:   b([]string{"alt+up", "K"}, "alt+↑/↓", "perspectives.key.move"),
		MoveDown: key.NewBinding(key.WithKeys("alt+down", "J")),
		Write:    b([]string{"enter"}, "enter", "perspectives.key.write"),
		Switch:   b([]string{"tab", "shift+tab"}, "tab", "perspectives.key.switch"),
		Views:    b([]string{"v"}, "v", "perspectives.key.views"),
		nextDesc: tr.T("perspectives.key.next"),
	}
}

// state is what the keys depend on.
type state struct {
	pane             pane
	writing, views   bool
	hasOrder, isCase bool
}

// active returns the key map with only the bindings that work now enabled.
func (k KeyMap) active(s state) KeyMap {
	typing := s.writing || s.views
	if typing {
		k.Next = key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", k.nextDesc))
	}
	k.Next.SetEnabled(s.hasOrder)
	order := !typing && s.pane == paneOrder
	k.Select.Up.SetEnabled(order && s.hasOrder)
	k.Give.SetEnabled(order && s.hasOrder)
	k.MoveUp.SetEnabled(order && s.hasOrder)
	k.MoveDown.SetEnabled(order && s.hasOrder)
	k.Write.SetEnabled(order)
	k.Switch.SetEnabled(!typing)
	k.Views.SetEnabled(!typing && s.isCase)
	return k
}

// full is the group of the round's own keys in the F1 help.
func (k KeyMap) full() []key.Binding {
	return []key.Binding{k.Next, k.Give, k.MoveUp, k.Select.Up, k.Write, k.Switch, k.Views}
}
