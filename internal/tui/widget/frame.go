package widget

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// FitLines makes lines exactly h lines of at most w cells each: lines past
// h are dropped, every line is truncated, and a short block is padded with
// empty lines. It reuses the slice.
func FitLines(lines []string, w, h int) []string {
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for i := range lines {
		lines[i] = Truncate(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// KeyFooter names the enabled bindings in w cells, whole entries only,
// and always ends with "? more" so the full help is never out of reach:
// "F1 more" while typing, where "?" is text (INTERACTION.md).
func KeyFooter(tr *i18n.Messages, st *theme.Styles, bindings []key.Binding, typing bool, w int) string {
	sep := st.Subtle.Render(" · ")
	helpKey := "?"
	if typing {
		helpKey = "F1"
	}
	more := st.HelpKey.Render(helpKey) + " " + st.HelpDesc.Render(tr.T("common.help.more"))
	room := w - ansi.StringWidth(more)
	var b strings.Builder
	for _, k := range bindings {
		if !k.Enabled() {
			continue
		}
		h := k.Help()
		part := st.HelpKey.Render(h.Key) + " " + st.HelpDesc.Render(h.Desc) + sep
		if ansi.StringWidth(b.String())+ansi.StringWidth(part) > room {
			break
		}
		b.WriteString(part)
	}
	return Truncate(b.String()+more, w)
}
