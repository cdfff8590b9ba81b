package listform

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds a list's keys. The form's keys are the form's own
// (widget.FormKeyMap), the same in every form.
type KeyMap struct {
	List             widget.ListKeyMap
	New, Edit        key.Binding
	Remove           key.Binding
	MoveUp, MoveDown key.Binding
	// Identifying marks the selected entry as identifying, or takes the
	// mark back (lists whose entries have the mark, see Config).
	Identifying key.Binding
}

// DefaultKeyMap returns the keys of the interaction contract.
func DefaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		List:     widget.DefaultListKeyMap(tr.T("listform.key.select")),
		New:      b([]string{"n"}, "n", "listform.key.new"),
		Edit:     b([]string{"enter"}, "enter", "listform.key.edit"),
		Remove:   b([]string{"d", "delete"}, "d", "listform.key.remove"),
		MoveUp:   b([]string{"alt+up"}, "alt+↑/↓", "listform.key.move"),
		MoveDown: key.NewBinding(key.WithKeys("alt+down")),
		Identifying: key.NewBinding(key.WithKeys("i"),
			key.WithHelp("i", tr.T("identifying.key"))),
	}
}

// Help is a help.KeyMap made of the bindings an editor puts together.
// Disabled bindings are left out of the short help, so the help line
// names only keys that act.
type Help struct {
	Short []key.Binding
	Full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h Help) ShortHelp() []key.Binding {
	out := make([]key.Binding, 0, len(h.Short))
	for _, b := range h.Short {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (h Help) FullHelp() [][]key.Binding { return h.Full }
