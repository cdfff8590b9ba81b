package markdown

import (
	"unicode"
	"unicode/utf8"

	"kofa/internal/sanitize"
)

// cleaned returns src without what could control the terminal or hide
// text: escape sequences, other control characters, invisible format
// characters and invalid UTF-8, as sanitize.Text removes them from what a
// user types. kofa's own minutes are clean already (export cleans every
// field), so src is only looked at, quickly, and cleaned when it needs it.
func cleaned(src []byte) []byte {
	if isClean(src) {
		return src
	}
	return []byte(sanitize.Text(string(src)))
}

// isClean reports whether src holds nothing sanitize.Text would remove:
// tabs and line breaks are fine, other C0 and C1 controls, DEL, format
// characters other than the joiners, line separators and invalid UTF-8
// are not.
func isClean(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && n == 1, r < 0xa0, r == 0xad, r == 0x2028, r == 0x2029:
			return false
		case r >= 0x600 && r != 0x200c && r != 0x200d && unicode.Is(unicode.Cf, r):
			return false
		}
		i += n
	}
	return true
}
