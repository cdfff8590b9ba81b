package report

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
)

// KeyMap holds the keys of the report's screen.
type KeyMap struct {
	// Scroll and Page are the help's entries for ↑/↓ and pgup/pgdown;
	// Period for ←/→.
	Scroll, Page, Period                       key.Binding
	Up, Down, PageUp, PageDown, Earlier, Later key.Binding
	First, Last                                key.Binding
	Back                                       key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		Scroll:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", tr.T("tuireport.key.scroll"))),
		Page:     key.NewBinding(key.WithKeys("pgup", "pgdown", "home", "end"), key.WithHelp("pgup/pgdn/home/end", tr.T("tuireport.key.page"))),
		Period:   key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", tr.T("tuireport.key.period"))),
		Up:       key.NewBinding(key.WithKeys("up")),
		Down:     key.NewBinding(key.WithKeys("down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space")),
		First:    key.NewBinding(key.WithKeys("home")),
		Last:     key.NewBinding(key.WithKeys("end")),
		Earlier:  key.NewBinding(key.WithKeys("left")),
		Later:    key.NewBinding(key.WithKeys("right")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tuireport.key.back"))),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Period, k.Scroll, k.Back} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Period, k.Scroll, k.Page, k.Back}}
}
