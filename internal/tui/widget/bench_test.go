package widget

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
)

// BenchmarkHugePaste pastes 1 MB into a multi-line field and draws it once:
// the paste must never freeze the terminal.
func BenchmarkHugePaste(b *testing.B) {
	tr, st := kit(i18n.DE)
	big := strings.Repeat("Die Mutter berichtet über Schlafprobleme.\n", 1<<20/42+1)
	b.ReportAllocs()
	for range b.N {
		a := NewTextArea(tr, st, "Fakten")
		a.Focus()
		a.Update(tea.PasteMsg{Content: big})
		_ = a.View(80)
	}
}

// BenchmarkTypeIntoFullArea types one rune into a field that holds 64 KB.
func BenchmarkTypeIntoFullArea(b *testing.B) {
	tr, st := kit(i18n.DE)
	a := NewTextArea(tr, st, "Fakten")
	a.Focus()
	a.Update(tea.PasteMsg{Content: strings.Repeat("Die Mutter berichtet über Schlafprobleme.\n", 1400)})
	key, bs := tea.KeyPressMsg{Code: 'a', Text: "a"}, tea.KeyPressMsg{Code: tea.KeyBackspace}
	b.ReportAllocs()
	for i := range b.N {
		k := key
		if i%2 == 1 {
			k = bs
		}
		a.Update(k)
		_ = a.View(80)
	}
}
