package presentation

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the case presentation's own keys; the chronology's are the
// list's (listform), the text sections' the form's.
type KeyMap struct {
	NextSection, PrevSec key.Binding
	Write, Newline       key.Binding
	// Done are the keys that finish a text section (enter, ctrl+s): the
	// next part follows.
	Done key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		NextSection: b([]string{"tab"}, "tab", "presentation.key.next_section"),
		PrevSec:     b([]string{"shift+tab"}, "shift+tab", "presentation.key.prev_section"),
		Write:       b([]string{"enter", "e"}, "enter", "presentation.key.edit"),
		Newline:     b([]string{"alt+enter", "ctrl+j"}, "alt+enter", "presentation.key.newline"),
		Done:        key.NewBinding(key.WithKeys("enter", "ctrl+s")),
	}
}
