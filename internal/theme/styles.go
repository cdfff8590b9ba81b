package theme

import (
	"image/color"
	"sync/atomic"

	"charm.land/lipgloss/v2"
)

// Styles are the component styles the TUI draws with, derived from a
// theme's tokens for one terminal background. Build them once (and again
// when the terminal reports its background colour), never inside View.
//
// Where a token has no colour (the monochrome theme, NO_COLOR), the style
// falls back to bold, reverse, underline or faint, so selection, errors and
// the overrun timer stay visible without colour.
type Styles struct {
	App           lipgloss.Style // ordinary text
	Title         lipgloss.Style // screen and section titles
	Header        lipgloss.Style // the top bar
	Muted         lipgloss.Style // secondary text: hints, timestamps
	Subtle        lipgloss.Style // tertiary text: separators, placeholders
	Selected      lipgloss.Style // the selected list row
	Border        lipgloss.Style // an unfocused panel: border only, add padding and size as needed
	BorderFocused lipgloss.Style // the focused panel: a thicker border, so focus shows without colour
	Success       lipgloss.Style
	Warning       lipgloss.Style
	Error         lipgloss.Style
	Info          lipgloss.Style
	TimerOK       lipgloss.Style // phase time left
	TimerWarn     lipgloss.Style // phase nearly over
	TimerOver     lipgloss.Style // phase over time
	Highlight     lipgloss.Style // search matches, the current agenda item
	Speaker       lipgloss.Style // the person who has the floor
	HelpKey       lipgloss.Style // key in the help line
	HelpDesc      lipgloss.Style // its description
	Badge         lipgloss.Style // small filled label: phase, kind, status
	SaveOK        lipgloss.Style // the calm "saved" indicator
	SaveFail      lipgloss.Style // the loud "NOT SAVED" indicator
	Projector     lipgloss.Style // large, calm text for a shared screen
	Subheading    lipgloss.Style // minor headings and table headers in rendered minutes
	Bullet        lipgloss.Style // list bullets, numbers and task boxes in rendered minutes

	// Background and Foreground are meant for tea.View.BackgroundColor and
	// ForegroundColor. They are nil (keep the terminal's colours) unless
	// the theme looks the same on every terminal, like "light", which only
	// works when it paints its own background.
	Background color.Color
	Foreground color.Color

	// version tells one build of the styles from every other, so that
	// what was drawn with them can be kept until they are rebuilt.
	version uint64
}

// builds numbers the styles built, from 1; zero styles have version 0.
var builds atomic.Uint64

// Version identifies this build of the styles: it changes when they are
// rebuilt (as when the terminal reports its background), so a cache of
// rendered text keyed by it is redrawn in the new colours.
func (s *Styles) Version() uint64 { return s.version }

// Styles derives the component styles for a dark or light terminal
// background.
func (t *Theme) Styles(isDark bool) Styles {
	c := func(tok Token) color.Color { return t.Color(tok, isDark) }
	none := func(tok Token) bool { return !t.HasColor(tok, isDark) }
	fg := func(tok Token) lipgloss.Style { return lipgloss.NewStyle().Foreground(c(tok)) }
	// filled draws text in the bg token's colour on a coloured block, or
	// reverses the terminal's colours when the block has no colour.
	filled := func(tok Token) lipgloss.Style {
		if none(tok) {
			return lipgloss.NewStyle().Reverse(true)
		}
		return lipgloss.NewStyle().Foreground(c(TokenBg)).Background(c(tok))
	}

	s := Styles{
		App:           fg(TokenFg),
		Title:         fg(TokenPrimary).Bold(true),
		Header:        fg(TokenFg).Background(c(TokenBgPanel)).Bold(true).Padding(0, 1),
		Muted:         fg(TokenFgMuted),
		Subtle:        fg(TokenFgSubtle).Faint(none(TokenFgSubtle)),
		Selected:      fg(TokenFgSelected).Background(c(TokenBgSelected)).Bold(true).Reverse(none(TokenBgSelected)),
		Border:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(c(TokenBorder)),
		BorderFocused: lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(c(TokenBorderFocused)),
		Success:       fg(TokenSuccess),
		Warning:       fg(TokenWarning).Bold(true),
		Error:         fg(TokenError).Bold(true).Underline(none(TokenError)),
		Info:          fg(TokenInfo),
		TimerOK:       fg(TokenTimerOK),
		TimerWarn:     fg(TokenTimerWarn).Bold(true),
		TimerOver:     fg(TokenTimerOver).Bold(true).Reverse(none(TokenTimerOver)),
		Highlight:     fg(TokenHighlight).Underline(none(TokenHighlight)),
		Speaker:       fg(TokenSpeaker).Bold(true),
		HelpKey:       fg(TokenAccent).Bold(none(TokenAccent)),
		HelpDesc:      fg(TokenFgMuted),
		Badge:         filled(TokenPrimary).Padding(0, 1),
		SaveOK:        fg(TokenSuccess),
		SaveFail:      filled(TokenError).Bold(true).Padding(0, 1),
		Projector:     fg(TokenFg).Bold(true).Padding(1, 4),
		Subheading:    fg(TokenFg).Bold(true),
		Bullet:        fg(TokenAccent),
	}
	if t.fixedBackground() {
		s.Background, s.Foreground = c(TokenBg), c(TokenFg)
	}
	s.version = builds.Add(1)
	return s
}

// fixedBackground reports whether the theme has one coloured background
// for both kinds of terminal, which only reads well when painted.
func (t *Theme) fixedBackground() bool {
	bg := t.values[TokenBg]
	return bg.light != "" && bg.light == bg.dark
}
