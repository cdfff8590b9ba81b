package widget

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestTruncateNeverExceedsTheWidth(t *testing.T) {
	lines := []string{
		"", "abc", "Übergabe an die Kita – später", "▸ ● Petra Albers", "日本語のテキスト", "👩‍👩‍👧 Familie",
		"\x1b[1;7mfett und invers\x1b[m danach", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ text", strings.Repeat("─", 300),
	}
	for _, l := range lines {
		for w := 0; w <= 40; w++ {
			if got := ansi.StringWidth(Truncate(l, w)); got > w {
				t.Errorf("Truncate(%q, %d) is %d wide", l, w, got)
			}
			if got := ansi.StringWidth(Pad(l, w)); got != w {
				t.Errorf("Pad(%q, %d) is %d wide", l, w, got)
			}
		}
	}
}

func TestSurelyFitsIsAnUpperBound(t *testing.T) {
	for _, l := range []string{"abc", "äöü", "日本", "\x1b[31mrot\x1b[m", "▮▮▮▯▯"} {
		for w := 0; w < 12; w++ {
			if surelyFits(l, w) && ansi.StringWidth(l) > w {
				t.Errorf("surelyFits(%q, %d) but it is %d wide", l, w, ansi.StringWidth(l))
			}
		}
	}
}

func TestClipAndWrap(t *testing.T) {
	block := "eins\nzwei zwei zwei\ndrei"
	if got := Clip(block, 4, 2); got != "eins\nzwe…" {
		t.Errorf("Clip = %q", got)
	}
	for _, l := range Wrap("Ist Mia zu Hause ausreichend geschützt?", 10) {
		if ansi.StringWidth(l) > 10 {
			t.Errorf("Wrap line %q too wide", l)
		}
	}
}
