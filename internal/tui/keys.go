package tui

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the keys that work on every screen.
type KeyMap struct {
	// Quit saves what is not saved yet and quits; it never asks "save?".
	Quit key.Binding
	// Help toggles the overlay of every key of the current screen. "?"
	// only while no text field has focus; F1 always.
	Help key.Binding
}

// DefaultKeyMap returns the global keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", tr.T("tui.key.quit"))),
		Help: key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?/F1", tr.T("tui.key.help"))),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Help, k.Quit} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
