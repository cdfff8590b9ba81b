package agenda

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the agenda's keys besides the lists' (listform): they work
// while no form is open.
type KeyMap struct {
	// Done marks the selected item dealt with, Park parks it for the next
	// meeting (both again: open); Action adds an action to it.
	Done, Park, Action key.Binding
	// Pane moves between the items and the selected item's actions.
	Pane key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Done:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", tr.T("network.agenda.key.done"))),
		Park:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", tr.T("network.agenda.key.park"))),
		Action: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", tr.T("network.agenda.key.action"))),
		Pane:   key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", tr.T("network.agenda.key.pane"))),
	}
}
