package worries

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the worries-and-strengths editor's own keys; the lists'
// and the forms' are listform's. They work while the list has focus.
type KeyMap struct {
	Tab               key.Binding
	NewSafety         key.Binding
	Severity, Weighty key.Binding
	Acute, Provenance key.Binding
	// Areas rates whole risk areas for the quality of care (areas.go).
	Areas        key.Binding
	severityKeys []string // "1".."4": the intensities in catalogue order
}

func defaultKeyMap(tr *i18n.Messages, severities int) KeyMap {
	b := widget.Binder(tr)
	sev := make([]string, 0, severities)
	for i := 1; i <= min(severities, 9); i++ {
		sev = append(sev, string(rune('0'+i)))
	}
	sevHelp := "1"
	if len(sev) > 1 {
		sevHelp = "1–" + sev[len(sev)-1]
	}
	return KeyMap{
		Tab:          b([]string{"tab"}, "tab", "worries.key.tab"),
		NewSafety:    b([]string{"s"}, "s", "worries.key.new_safety"),
		Severity:     b(sev, sevHelp, "worries.key.severity"),
		Weighty:      b([]string{"w"}, "w", "worries.key.weighty"),
		Acute:        b([]string{"a"}, "a", "worries.key.acute"),
		Provenance:   b([]string{"p"}, "p", "worries.key.provenance"),
		Areas:        b([]string{"b"}, "b", "filing.tui.areas.key"),
		severityKeys: sev,
	}
}

// active returns the key map with what works now enabled, so help tells
// the truth.
func (k KeyMap) active(t tab, browse, hasRows bool) KeyMap {
	k.Tab.SetEnabled(browse)
	k.NewSafety.SetEnabled(browse && t == tabStrengths)
	k.Provenance.SetEnabled(browse && hasRows)
	k.Areas.SetEnabled(browse && hasRows && t == tabRisks)
	for _, b := range []*key.Binding{&k.Severity, &k.Weighty, &k.Acute} {
		b.SetEnabled(browse && hasRows && t == tabRisks)
	}
	return k
}
