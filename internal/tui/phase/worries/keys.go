package worries

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the worries-and-strengths editor. The one-letter
// keys work while the list has focus; in the form every printable key is
// text.
type KeyMap struct {
	List              widget.ListKeyMap
	Tab               key.Binding
	New, NewSafety    key.Binding
	Edit, Remove      key.Binding
	Severity, Weighty key.Binding
	Acute, Provenance key.Binding
	Cancel            key.Binding
	Form              widget.FormKeyMap
	severityKeys      []string // "1".."5": the severities in catalogue order
}

func defaultKeyMap(tr *i18n.Messages, form widget.FormKeyMap, severities int) KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, tr.T(desc)))
	}
	sev := make([]string, 0, severities)
	for i := 1; i <= min(severities, 9); i++ {
		sev = append(sev, string(rune('0'+i)))
	}
	sevHelp := "1"
	if len(sev) > 1 {
		sevHelp = "1–" + sev[len(sev)-1]
	}
	return KeyMap{
		List:         widget.DefaultListKeyMap(tr.T("worries.key.select")),
		Tab:          b([]string{"tab"}, "tab", "worries.key.tab"),
		New:          b([]string{"n"}, "n", "worries.key.new"),
		NewSafety:    b([]string{"s"}, "s", "worries.key.new_safety"),
		Edit:         b([]string{"enter"}, "enter", "worries.key.edit"),
		Remove:       b([]string{"x", "delete"}, "x", "worries.key.remove"),
		Severity:     b(sev, sevHelp, "worries.key.severity"),
		Weighty:      b([]string{"w"}, "w", "worries.key.weighty"),
		Acute:        b([]string{"a"}, "a", "worries.key.acute"),
		Provenance:   b([]string{"p"}, "p", "worries.key.provenance"),
		Cancel:       b([]string{"esc"}, "esc", "worries.key.cancel"),
		Form:         form,
		severityKeys: sev,
	}
}

// active returns the key map with what works now enabled, so help tells
// the truth.
func (k KeyMap) active(z zone, t tab, hasRows bool) KeyMap {
	inList := z == zoneList
	k.Tab.SetEnabled(inList)
	k.New.SetEnabled(inList)
	k.NewSafety.SetEnabled(inList && t == tabStrengths)
	for _, b := range []*key.Binding{&k.Edit, &k.Remove, &k.Provenance, &k.List.Up} {
		b.SetEnabled(inList && hasRows)
	}
	for _, b := range []*key.Binding{&k.Severity, &k.Weighty, &k.Acute} {
		b.SetEnabled(inList && hasRows && t == tabRisks)
	}
	k.Cancel.SetEnabled(!inList)
	k.Form.Next.SetEnabled(!inList)
	k.Form.Prev.SetEnabled(!inList)
	k.Form.Submit.SetEnabled(!inList)
	return k
}

// ShortHelp implements help.KeyMap: the keys that matter in the zone
// with focus, the two most important first (the workspace shows those
// before its own).
func (k KeyMap) ShortHelp() []key.Binding {
	if k.Form.Submit.Enabled() {
		return []key.Binding{k.Form.Submit, k.Cancel, k.Form.Next}
	}
	if k.NewSafety.Enabled() {
		return []key.Binding{k.New, k.NewSafety, k.Tab, k.Edit}
	}
	return []key.Binding{k.New, k.Severity, k.Tab, k.Weighty, k.Acute}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.List.Up, k.Tab, k.New, k.NewSafety, k.Edit, k.Remove},
		{k.Severity, k.Weighty, k.Acute, k.Provenance},
		{k.Form.Next, k.Form.Prev, k.Form.Submit, k.Cancel},
	}
}
