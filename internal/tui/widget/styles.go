package widget

import (
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"kofa/internal/theme"
)

// inputStyles derives textinput styles from the theme. The cursor does not
// blink: a calm screen, and no redraw twice a second while people talk.
func inputStyles(st *theme.Styles) textinput.Styles {
	state := textinput.StyleState{
		Text:        st.App,
		Placeholder: st.Subtle,
		Suggestion:  st.Subtle,
		Prompt:      st.Muted,
	}
	return textinput.Styles{
		Focused: state,
		Blurred: state,
		Cursor:  textinput.CursorStyle{Color: st.App.GetForeground(), Shape: tea.CursorBlock},
	}
}

func areaStyles(st *theme.Styles) textarea.Styles {
	state := textarea.StyleState{
		Base:        lipgloss.NewStyle(),
		Text:        st.App,
		Placeholder: st.Subtle,
		Prompt:      st.Subtle,
		EndOfBuffer: st.Subtle,
		LineNumber:  st.Subtle,
	}
	return textarea.Styles{
		Focused: state,
		Blurred: state,
		Cursor:  textarea.CursorStyle{Color: st.App.GetForeground(), Shape: tea.CursorBlock},
	}
}

// styleStamp remembers which theme styles a bubbles component was styled
// with, so a widget restyles itself (once) after the root rebuilt the
// theme's styles for the terminal's real background.
type styleStamp struct{ fg, muted any }

func stampOf(st *theme.Styles) styleStamp {
	return styleStamp{fg: st.App.GetForeground(), muted: st.Muted.GetForeground()}
}
