package sanitize

import (
	"encoding/binary"
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
// change in mode m, and whether that prefix is certainly in NFC: made only
// of characters that NFC keeps as they are whatever stands around them
// (see stable). In Line mode a prefix may end in a single space whose fate
// depends on what follows.
func cleanPrefix(s string, m mode) (int, bool) {
	nfc := true
	i, wordAt := 0, 0 // wordAt: where to look at eight bytes at once next
	for i < len(s) {
		if m == modeText && i >= wordAt {
			if j := printableRun(s, i); j > i {
				i = j
				continue
			}
			wordAt = i + 8 // not printable ASCII: a byte or character at a time for a while
		}
		c := s[i]
		if c == 0xc3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xc0 {
			// U+00C0 to U+00FF (ä, ß, é): kept in both modes, without
			// decoding, and stable; German text has many.
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && m == modeLine:
				if i == 0 || s[i-1] == ' ' {
					return i, nfc
				}
			case c >= 0x20 && c < 0x7F:
			case c == '\n' && m == modeText:
			default:
				return i, nfc
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i, nfc
		}
		if classify(r) != classKeep || (m == modeLine && unicode.IsSpace(r)) {
			return i, nfc
		}
		nfc = nfc && stable(r)
		i += size
	}
	if m == modeLine && i > 0 && s[i-1] == ' ' {
		return i - 1, nfc
	}
	return i, nfc
}

// printableRun returns the end of the run of printable ASCII (0x20 to
// 0x7E) from i, looked at eight bytes at a time, as far as whole words
// reach. Most text is such runs, and a byte at a time made sanitising a
// large conference's minutes a noticeable part of kofa export --all.
func printableRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8])) // one load, no allocation
		del := w ^ 0x7f*ones                                // a zero byte where w has DEL
		if w&highs != 0 ||                                  // not ASCII
			(w-0x20*ones)&^w&highs != 0 || // a byte below 0x20
			(del-ones)&^del&highs != 0 { // DEL
			break
		}
	}
	return i
}

// stable reports whether NFC keeps r as it is whatever stands before or
// after it: it neither decomposes nor combines with a neighbour. These are
// the characters of German text beyond ASCII (TestStableCharactersAreNFCStable
// checks every one); a string of them needs no look at NFC at all.
func stable(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0xff: // Latin-1: ä, ß, «, §, °
		return true
	case r == 0x2013, r == 0x2014, r >= 0x2018 && r <= 0x201e, r == 0x2026, r == 0x20ac: // – — ‘ ’ ‚ “ ” „ … €
		return true
	}
	return false
}
