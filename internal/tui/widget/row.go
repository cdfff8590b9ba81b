package widget

import (
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/theme"
)

// SelectRow draws one line of a list: "▸ " and the selection style for
// the selected row (plain text: the selection carries the meaning), two
// spaces before any other, never wider than width.
func SelectRow(st *theme.Styles, text string, selected bool, width int) string {
	if selected {
		return st.Selected.Render(Pad("▸ "+ansi.Strip(text), width))
	}
	return Truncate("  "+text, width)
}
