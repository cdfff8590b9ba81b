// Package theme loads theme files (built in or from the user's config
// folder), validates them, and derives the lipgloss styles the TUI uses.
// A theme only names semantic colours; which component uses which colour
// is decided here, once, so themes can never style components directly.
package theme

// Token names one semantic colour of a theme.
type Token string

// The semantic colour tokens every theme defines, each with a light and a
// dark value.
const (
	TokenPrimary       Token = "primary"
	TokenAccent        Token = "accent"
	TokenFg            Token = "fg"
	TokenFgMuted       Token = "fg_muted"
	TokenFgSubtle      Token = "fg_subtle"
	TokenBg            Token = "bg"
	TokenBgPanel       Token = "bg_panel"
	TokenBgSelected    Token = "bg_selected"
	TokenFgSelected    Token = "fg_selected"
	TokenBorder        Token = "border"
	TokenBorderFocused Token = "border_focused"
	TokenSuccess       Token = "success"
	TokenWarning       Token = "warning"
	TokenError         Token = "error"
	TokenInfo          Token = "info"
	TokenTimerOK       Token = "timer_ok"
	TokenTimerWarn     Token = "timer_warn"
	TokenTimerOver     Token = "timer_over"
	TokenHighlight     Token = "highlight"
	TokenSpeaker       Token = "speaker"
)

// Tokens returns every token in a fixed order.
func Tokens() []Token {
	return []Token{
		TokenPrimary, TokenAccent, TokenFg, TokenFgMuted, TokenFgSubtle,
		TokenBg, TokenBgPanel, TokenBgSelected, TokenFgSelected,
		TokenBorder, TokenBorderFocused,
		TokenSuccess, TokenWarning, TokenError, TokenInfo,
		TokenTimerOK, TokenTimerWarn, TokenTimerOver,
		TokenHighlight, TokenSpeaker,
	}
}

func isToken(name string) bool {
	for _, t := range Tokens() {
		if string(t) == name {
			return true
		}
	}
	return false
}

// The two values a token has, chosen by the terminal's background.
const (
	variantLight = "light"
	variantDark  = "dark"
)

// isColor accepts "#rgb", "#rrggbb" and "" (no colour: the terminal's own).
func isColor(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, c := range s[1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
