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

// DefaultKeyMap returns the home keys with help texts from tr.
func DefaultKeyMap(tr *i18n.Messages) KeyMap {
	return KeyMap{
		List:        widget.DefaultListKeyMap(tr.T("tui.home.key.select")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", tr.T("tui.home.key.open"))),
		NewCase:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", tr.T("tui.home.key.new_case"))),
		NewNetwork:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", tr.T("tui.home.key.new_network"))),
		Delete:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", tr.T("tui.home.key.delete"))),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", tr.T("tui.home.key.filter"))),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tui.home.key.clear_filter"))),
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", tr.T("common.quit"))),
		Export:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", tr.T("preview.key.open"))),
		Cases:       defaultCaseKeyMap(tr),
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

// shortHelpKeys is how many keys the help line names; "? more" follows.
const shortHelpKeys = 5

// ShortHelp implements help.KeyMap: the five keys that matter now, the
// first that apply in this order. With conferences listed that is open,
// new, follow-up, search and minutes; with a filter, esc to clear it comes
// second; with conferences past the retention period, the key that lists
// them comes next (they are marked ⌛ in the list); on an empty list new case, search, network meeting, follow-up
// list and quit. Every key stays in the full help (?).
func (k KeyMap) ShortHelp() []key.Binding {
	order := []key.Binding{k.Open, k.ClearFilter, k.Cases.Retention, k.NewCase, k.Cases.FollowUp, k.Filter, k.Export,
		k.NewNetwork, k.Cases.Tracker, k.Quit}
	out := make([]key.Binding, 0, shortHelpKeys)
	for _, b := range order {
		if b.Enabled() && len(out) < shortHelpKeys {
			out = append(out, b)
		}
	}
	return out
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Open, k.Export, k.Filter, k.ClearFilter},
		{k.NewCase, k.NewNetwork, k.Delete, k.Quit},
		{k.Cases.FollowUp, k.Cases.Group, k.Cases.Tracker, k.Cases.Retention, k.Cases.Directory, k.Cases.Agreements, k.Cases.Report, k.Cases.Handover},
	}
}
