package sanitize

import (
	"unicode"
	"unicode/utf8"
)

// class says what to do with one decoded non-ASCII rune.
type class uint8

const (
	classKeep    class = iota
	classDrop          // invisible or control: removed
	classNewline       // a line break: "\n" in Text, a space in Line
	classCSI           // U+009B, the 8-bit control sequence introducer
	classString        // U+0090 DCS, U+0098 SOS, U+009D OSC, U+009E PM, U+009F APC
)

// classify sorts a rune >= 0x80. Format characters (category Cf) are
// invisible by definition and can reorder (bidi controls) or hide text
// (zero-width space, tag characters), so all of them go, except ZWNJ and ZWJ,
// which emoji sequences and several scripts need.
func classify(r rune) class {
	switch {
	case r < 0xA0: // C1 controls
		switch r {
		case 0x85: // NEL, next line
			return classNewline
		case 0x9B:
			return classCSI
		case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
			return classString
		}
		return classDrop
	case r == 0xAD: // soft hyphen, the only format character below U+0600
		return classDrop
	case r < 0x600:
		return classKeep
	case r == 0x2028 || r == 0x2029: // line and paragraph separator
		return classNewline
	case r == 0x200C || r == 0x200D:
		return classKeep
	case unicode.Is(unicode.Cf, r):
		return classDrop
	}
	return classKeep
}

// cleanPrefix returns the length of the longest prefix of s that needs no
// change in mode m, and whether that prefix is pure ASCII. In Line mode a
// prefix may end in a single space whose fate depends on what follows.
func cleanPrefix(s string, m mode) (int, bool) {
	ascii := true
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && m == modeLine:
				if i == 0 || s[i-1] == ' ' {
					return i, ascii
				}
			case c >= 0x20 && c < 0x7F:
			case c == '\n' && m == modeText:
			default:
				return i, ascii
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i, ascii
		}
		if classify(r) != classKeep || (m == modeLine && unicode.IsSpace(r)) {
			return i, ascii
		}
		ascii = false
		i += size
	}
	if m == modeLine && i > 0 && s[i-1] == ' ' {
		return i - 1, ascii
	}
	return i, ascii
}
