package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/theme"
)

// ListScreen lays out a screen of w×h cells around a list, as the home
// screen, the action tracker and the partner directory have it: the
// header, the filter line, the body and the footer, with a rule between
// them in the full layout (the compact one saves those lines). body gets
// the width and the height left for it.
func ListScreen(st *theme.Styles, w, h int, full bool, header, filter string, body func(w, h int) []string, footer string) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	rule := st.Subtle.Render(strings.Repeat("─", w))
	lines := []string{header}
	if full {
		lines = append(lines, rule)
	}
	lines = append(lines, filter)
	if full {
		lines = append(lines, rule)
	}
	bodyH := h - len(lines) - 1
	if full {
		bodyH--
	}
	lines = append(lines, body(w, bodyH)...)
	if full {
		lines = append(lines, rule)
	}
	lines = append(lines, footer)
	return Clip(strings.Join(lines, "\n"), w, h)
}

// ListTop is the screen line of a ListScreen's first body line.
func ListTop(full bool) int {
	if full {
		return 4
	}
	return 2
}

// Spread puts left and right on one line of width w, right-aligned, and
// drops right when both do not fit.
func Spread(left, right string, w int) string {
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if right == "" || gap < 2 {
		return Truncate(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// ScreenHeader is the top line of a screen of its own (the directory, the
// follow-up list, the register): kofa's name and the screen's title, and
// on the right the key that goes back while it acts.
func ScreenHeader(st *theme.Styles, app, title string, back key.Binding, w int) string {
	left := st.Title.Render(app) + "  " + st.App.Render(title)
	var right string
	if back.Enabled() {
		right = st.HelpKey.Render(back.Help().Key) + " " + st.HelpDesc.Render(back.Help().Desc)
	}
	return Spread(left, right, w)
}

// Vertical reports whether k moves up or down a list that shares the
// screen with a text field (home and end stay with the field).
func Vertical(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "up", "down", "pgup", "pgdown":
		return true
	}
	return false
}

// Translator gives a message text by its key.
type Translator interface {
	T(key string, args ...any) string
}

// Binder returns how a key map is made: a binding for keys, named help on
// the help line, with the text of the message desc.
func Binder(tr Translator) func(keys []string, help, desc string) key.Binding {
	return func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, tr.T(desc)))
	}
}

// SingleBinder is Binder for key maps of one key a binding, named by it.
func SingleBinder(tr Translator) func(k, desc string) key.Binding {
	b := Binder(tr)
	return func(k, desc string) key.Binding { return b([]string{k}, k, desc) }
}

// StatusLines is the status line of a screen of its own: the last error
// (⚠), else the last notice (✓), else nothing.
func StatusLines(st *theme.Styles, err, notice string) []string {
	switch {
	case err != "":
		return []string{st.Error.Render("⚠ " + err)}
	case notice != "":
		return []string{st.Success.Render("✓ " + notice)}
	}
	return nil
}
