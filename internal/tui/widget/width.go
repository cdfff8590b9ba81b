package widget

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width returns the cells a (possibly styled) line takes, as
// ansi.StringWidth measures it. Every line of a frame is measured several
// times on its way up (the row, the list, the editor, the workspace each
// make sure it fits), and the exact measure segments the text into
// grapheme clusters, a good deal of work per character. Lines made only of
// colour codes and characters that are one cell and a cluster of their own
// (ASCII, Latin letters, the punctuation, arrows, box drawing and symbols
// the screens use) are counted directly; anything else gets the exact
// measure.
func Width(s string) int {
	if w, ok := simpleWidth(s); ok {
		return w
	}
	return ansi.StringWidth(s)
}

// simpleWidth counts the cells of s when every character is in narrow and
// every escape sequence is a CSI (a colour or attribute code); ok is false
// for anything else.
func simpleWidth(s string) (w int, ok bool) {
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == 0x1b:
			end, csi := csiEnd(s, i)
			if !csi {
				return 0, false
			}
			i = end
		case b >= 0x20 && b < 0x7f:
			w++
			i++
		case b < 0x80: // a control character
			return 0, false
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isNarrow(r) {
				return 0, false
			}
			w++
			i += size
		}
	}
	return w, true
}

// csiEnd returns the index after the CSI sequence starting at i: ESC [,
// parameter and intermediate bytes, one final byte. csi is false for any
// other sequence, or a CSI broken off.
func csiEnd(s string, i int) (end int, csi bool) {
	if i+1 >= len(s) || s[i+1] != '[' {
		return 0, false
	}
	for j := i + 2; j < len(s); j++ {
		switch c := s[j]; {
		case c >= 0x40 && c <= 0x7e:
			return j + 1, true
		case c < 0x20 || c > 0x3f:
			return 0, false
		}
	}
	return 0, false
}

// narrow are the ranges of characters, past ASCII, that take one cell and
// never join the character before or after into one cluster (no combining
// marks, joiners, variation selectors, nor emoji drawn two cells wide).
// TestNarrowRunesAreOneCell checks every one against ansi.StringWidth.
var narrow = [][2]rune{
	{0x00a0, 0x00ac}, {0x00ae, 0x024f}, // Latin-1 (without the soft hyphen), Latin Extended
	{0x2010, 0x2027}, {0x2030, 0x205e}, // punctuation: dashes, quotes, …, ′, ‼
	{0x2190, 0x22ff},                   // arrows, mathematical operators
	{0x2315, 0x2315},                   // ⌕
	{0x2460, 0x24ff},                   // enclosed alphanumerics: ⓘ
	{0x2500, 0x25fc}, {0x25ff, 0x25ff}, // box drawing, blocks, geometric shapes
	{0x2610, 0x2613},                   // ballot boxes ☐ ☑
	{0x2690, 0x2692},                   // flags ⚑
	{0x26a0, 0x26a0},                   // ⚠
	{0x2706, 0x2709}, {0x270c, 0x2727}, // dingbats: ✎ ✓ ✗
	{0x2900, 0x297f}, // arrows: ⤼
}

func isNarrow(r rune) bool {
	for _, rg := range narrow {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}
