package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
)

// TestTheHelpLineNamesF1WhileAFieldTakesLetters: in a form field "?" is
// text (INTERACTION.md), so a help line that offers "? more" there lies;
// it names F1, as the workspace does. Outside a field "?" stays.
// Regression: the agreements register, the partner directory and the
// follow-up list offered "? more" in their forms.
func TestTheHelpLineNamesF1WhileAFieldTakesLetters(t *testing.T) {
	t.Parallel()
	for _, open := range []struct{ name, key, add string }{{"agreements", "k", "n"}, {"directory", "p", "ctrl+n"}} {
		h := realApp(t, i18n.EN)
		h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
		footer := func() string {
			lines := strings.Split(strings.TrimRight(h.screen(), "\n"), "\n")
			return lines[len(lines)-1]
		}
		h.Key(open.key)
		if f := footer(); !strings.Contains(f, "? more") {
			t.Errorf("%s list: help line %q does not offer ?", open.name, f)
		}
		h.Key(open.add)
		h.Type("Kita?")
		if f := footer(); strings.Contains(f, "?") || !strings.Contains(f, "F1") {
			t.Errorf("%s form: help line %q offers ? (text here) instead of F1", open.name, f)
		}
		h.Key("f1")
		if !h.app.showHelp {
			t.Errorf("%s form: F1 does not open the help", open.name)
		}
	}
}
