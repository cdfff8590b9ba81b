package home

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the home screen's keys.
type KeyMap struct {
	List                        widget.ListKeyMap
	Open, NewCase, NewNetwork   key.Binding
	Delete, Filter, ClearFilter key.Binding
	Quit                        key.Binding

	// Export opens the minutes of the selected conference in the preview.
	Export key.Binding

	// Cases are the keys between conferences: follow-up, grouping,
	// tracker, retention (casekeys.go).
	Cases CaseKeyMap
}

// DefaultKeyMap returns the home keys with help texts from cat.
func DefaultKeyMap(cat *i18n.Catalog) KeyMap {
	return KeyMap{
		List:        widget.DefaultListKeyMap(cat.T("tui.home.key.select")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("tui.home.key.open"))),
		NewCase:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("tui.home.key.new_case"))),
		NewNetwork:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", cat.T("tui.home.key.new_network"))),
		Delete:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", cat.T("tui.home.key.delete"))),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", cat.T("tui.home.key.filter"))),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("tui.home.key.clear_filter"))),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", cat.T("common.quit"))),
		Export:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", cat.T("preview.key.open"))),
		Cases:       defaultCaseKeyMap(cat),
	}
}

// active enables the bindings that apply: one-letter keys only while the
// filter is not being typed into; list keys only with rows.
func (k KeyMap) active(filtering, hasRows, hasFilter bool) KeyMap {
	for _, b := range []*key.Binding{&k.NewCase, &k.NewNetwork, &k.Filter, &k.Quit} {
		b.SetEnabled(!filtering)
	}
	k.Delete.SetEnabled(!filtering && hasRows)
	k.Export.SetEnabled(!filtering && hasRows)
	k.Open.SetEnabled(hasRows)
	k.List.Up.SetEnabled(hasRows)
	k.ClearFilter.SetEnabled(filtering || hasFilter)
	return k
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.NewCase, k.Cases.FollowUp, k.Export, k.Filter, k.Cases.Tracker, k.ClearFilter,
		k.Cases.Retention, k.NewNetwork, k.Cases.Group, k.Delete, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Open, k.Export, k.Filter, k.ClearFilter},
		{k.NewCase, k.NewNetwork, k.Delete, k.Quit},
		{k.Cases.FollowUp, k.Cases.Group, k.Cases.Tracker, k.Cases.Retention},
	}
}
