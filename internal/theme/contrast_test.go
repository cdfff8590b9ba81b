package theme

import (
	"image/color"
	"math"
	"testing"
)

// contrast is the WCAG 2 contrast ratio of two colours (1 to 21).
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

type contrastRule struct {
	fg, bg Token
	min    float64
}

// readable lists the pairs drawn on top of each other and the contrast each
// needs: 4.5 (WCAG AA) for text, 3 for decoration and tertiary text.
var readable = []contrastRule{
	{TokenFg, TokenBg, 7}, {TokenFg, TokenBgPanel, 4.5},
	{TokenFgMuted, TokenBg, 4.5}, {TokenFgSubtle, TokenBg, 3},
	{TokenFgSelected, TokenBgSelected, 4.5},
	{TokenPrimary, TokenBg, 4.5}, {TokenAccent, TokenBg, 4.5},
	{TokenSuccess, TokenBg, 4.5}, {TokenWarning, TokenBg, 4.5},
	{TokenError, TokenBg, 4.5}, {TokenInfo, TokenBg, 4.5},
	{TokenTimerOK, TokenBg, 4.5}, {TokenTimerWarn, TokenBg, 4.5}, {TokenTimerOver, TokenBg, 4.5},
	{TokenHighlight, TokenBg, 4.5}, {TokenSpeaker, TokenBg, 4.5},
	{TokenBg, TokenPrimary, 4.5}, {TokenBg, TokenError, 4.5}, // Badge, SaveFail
	{TokenBorderFocused, TokenBg, 3},
}

func TestColourThemesAreReadable(t *testing.T) {
	for _, name := range []string{"default", "light", "high-contrast"} {
		checkContrast(t, name, readable, 1)
	}
}

// TestHighContrastSuitsProjectors: a projector washes colours out, so every
// pair must reach WCAG AAA (7:1), borders included.
func TestHighContrastSuitsProjectors(t *testing.T) {
	strict := append([]contrastRule{{TokenBorder, TokenBg, 7}}, readable...)
	checkContrast(t, "high-contrast", strict, 7)
}

// checkContrast checks rules, raising each minimum to at least floor.
func checkContrast(t *testing.T, name string, rules []contrastRule, floor float64) {
	t.Helper()
	th, err := Load(name, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, dark := range []bool{true, false} {
		for _, r := range rules {
			want := max(r.min, floor)
			if got := contrast(th.Color(r.fg, dark), th.Color(r.bg, dark)); got < want {
				t.Errorf("%s dark=%v: %s on %s has contrast %.2f, want ≥ %.1f", name, dark, r.fg, r.bg, got, want)
			}
		}
	}
}
