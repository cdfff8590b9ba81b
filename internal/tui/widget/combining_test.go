package widget

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// qDot is q with a combining dot above (U+0307): Unicode has no
// precomposed "q̇", so it stays two code points that take one cell.
const qDot = "q\u0307"

// mixed are cells of text that are measured differently: a combining mark
// with no precomposed form, umlauts, a family emoji (one grapheme of five
// code points, two cells), CJK (two cells each) and plain ASCII.
var mixed = []string{
	qDot + "uelle " + qDot, "Müller-Lüdenscheidt", "👩‍👩‍👧 Familie", "日本語のテキスト", "plain", qDot + "日👩‍👩‍👧ü" + qDot,
}

// TestCombiningMarkCountsNothingOnScreen: a letter with a combining mark
// is one cell, next to umlauts, emoji and CJK.
func TestCombiningMarkCountsNothingOnScreen(t *testing.T) {
	for s, want := range map[string]int{
		qDot: 1, qDot + qDot + qDot: 3, "ä" + qDot + "日": 4, qDot + "👩‍👩‍👧": 3,
	} {
		if got := ansi.StringWidth(s); got != want {
			t.Errorf("width of %q = %d, want %d", s, got, want)
		}
		if got := ansi.StringWidth(Pad(s, 8)); got != 8 {
			t.Errorf("Pad(%q, 8) is %d wide", s, got)
		}
		if got := Pad(s, 8); !strings.HasPrefix(got, s) || got != s+strings.Repeat(" ", 8-want) {
			t.Errorf("Pad(%q, 8) = %q, want the text and %d spaces", s, got, 8-want)
		}
	}
}

// TestPaddedCellsLineUp pads cells of mixed text into columns: the column
// separator is at the same screen column on every line, at every width.
func TestPaddedCellsLineUp(t *testing.T) {
	for w := 1; w <= 24; w++ {
		for _, s := range mixed {
			line := Pad(s, w) + "|" + Pad(s, w) + "|"
			first := strings.Index(line, "|")
			if got := ansi.StringWidth(line[:first]); got != w {
				t.Fatalf("w=%d: %q puts the separator at column %d", w, s, got)
			}
			if got := ansi.StringWidth(line); got != 2*w+2 {
				t.Fatalf("w=%d: line %q is %d wide, want %d", w, line, got, 2*w+2)
			}
		}
	}
}

// TestTruncateKeepsTheMarkOnItsLetter: cutting never separates a combining
// mark from its letter (a dangling mark would sit on the "…" or on the
// next cell) and never splits an emoji or a CJK character.
func TestTruncateKeepsTheMarkOnItsLetter(t *testing.T) {
	for _, s := range mixed {
		for w := 0; w <= 24; w++ {
			got := Truncate(s, w)
			if ansi.StringWidth(got) > w {
				t.Errorf("Truncate(%q, %d) = %q is %d wide", s, w, got, ansi.StringWidth(got))
			}
			if strings.Count(got, "q") != strings.Count(got, qDot) {
				t.Errorf("Truncate(%q, %d) = %q cut the mark off its q", s, w, got)
			}
			if strings.Contains(got, "…\u0307") || strings.HasPrefix(got, "\u0307") {
				t.Errorf("Truncate(%q, %d) = %q leaves a dangling mark", s, w, got)
			}
			if strings.Contains(got, "👩") && !strings.Contains(got, "👩‍👩‍👧") {
				t.Errorf("Truncate(%q, %d) = %q split the family emoji", s, w, got)
			}
			if got != s && !strings.HasSuffix(got, "…") && w > 0 {
				t.Errorf("Truncate(%q, %d) = %q cut without saying so", s, w, got)
			}
		}
	}
}
