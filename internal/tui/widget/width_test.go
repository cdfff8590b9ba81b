package widget

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/theme"
)

// TestNarrowRunesAreOneCell: Width counts the characters of narrow one
// cell each without asking ansi.StringWidth, so each must be one cell
// there too, alone, doubled and between letters.
func TestNarrowRunesAreOneCell(t *testing.T) {
	for i, rg := range narrow {
		if rg[0] > rg[1] || (i > 0 && rg[0] <= narrow[i-1][1]) {
			t.Fatalf("range %d (%U-%U) is empty or not after the one before", i, rg[0], rg[1])
		}
		for r := rg[0]; r <= rg[1]; r++ {
			s := string(r)
			if ansi.StringWidth(s) != 1 || ansi.StringWidth("a"+s+s+"b") != 4 {
				t.Errorf("%U %q: ansi.StringWidth says %d cells", r, s, ansi.StringWidth(s))
			}
		}
	}
}

// TestWidthMeasuresAsAnsiDoes compares Width with ansi.StringWidth on
// styled lines made of what the screens draw and of what must fall back
// to the exact measure: combining marks, emoji, joiners, wide characters,
// controls, escape sequences other than colour codes.
func TestWidthMeasuresAsAnsiDoes(t *testing.T) {
	st := theme.Default(false).Styles(true)
	pieces := []string{
		"a", "Z", " ", "~", "ä", "ß", "Ü", "·", "–", "…", "′", "‼", "▸", "✓", "✗", "⤼", "●", "◌", "⚠", "✎",
		"ⓘ", "⌕", "│", "─", "▮", "▯", "←", "→", "☑", "⚑",
		"e\u0301", "\u0301", "⚠\ufe0f", "👩\u200d👧", "😟", "日本", "⌛", "\u00ad", "\u200b", "\t", "\n", "\x7f",
		"\x1b[1m", "\x1b[38;2;10;20;30m", "\x1b[0m", "\x1b]8;;http://x\x07", "\x1b", "\x1b[", "\x1bP", "\xff",
		st.Selected.Render("Frau Müller"), st.Muted.Render("· 12′"), st.Warning.Render("⚠ fehlt"),
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Fatalf("Width(%q) = %d, ansi.StringWidth says %d", s, got, want)
		}
	}
}

func TestWidthCountsStyledLinesWithoutTheExactMeasure(t *testing.T) {
	st := theme.Default(false).Styles(true)
	line := "▸ " + st.Success.Render("●") + " " + st.Selected.Render("Frau Müller (Hort)") + "  " + st.Muted.Render("anwesend · 12′")
	if w, ok := simpleWidth(line); !ok || w != ansi.StringWidth(line) {
		t.Errorf("simpleWidth = %d, %v; want %d, true", w, ok, ansi.StringWidth(line))
	}
}
