package sanitize

import (
	"unicode"
	"unicode/utf8"
)

// Limit cuts s to at most maxBytes bytes and reports whether it cut. It never
// cuts inside a UTF-8 sequence, and it avoids cutting inside a grapheme
// cluster (a letter and its combining marks, an emoji ZWJ sequence, a flag),
// unless the first cluster alone is longer than maxBytes.
func Limit(s string, maxBytes int) (string, bool) {
	maxBytes = max(maxBytes, 0)
	if len(s) <= maxBytes {
		return s, false
	}
	if maxBytes == 0 {
		return "", true
	}
	cut := runeCut(s, maxBytes)
	if g := graphemeCut(s, cut); g > 0 {
		cut = g
	}
	return s[:cut], true
}

// runeCut moves cut (< len(s)) back to the start of the rune it falls
// into. In invalid UTF-8 it gives up after UTFMax bytes: there is no rune to
// protect.
func runeCut(s string, cut int) int {
	for i := cut; i > cut-utf8.UTFMax && i >= 0; i-- {
		if utf8.RuneStart(s[i]) {
			return i
		}
	}
	return cut
}

// graphemeCut moves cut back while the runes on both sides of it belong to
// one grapheme cluster. It approximates UAX #29 with the rules that matter
// for typed text; it returns 0 when the whole prefix is one cluster.
func graphemeCut(s string, cut int) int {
	for cut > 0 {
		prev, size := utf8.DecodeLastRuneInString(s[:cut])
		next, _ := utf8.DecodeRuneInString(s[cut:])
		if !joined(s[:cut], prev, next) {
			return cut
		}
		cut -= size
	}
	return 0
}

// joined reports whether there is no grapheme break between prev (the last
// rune of before) and next.
func joined(before string, prev, next rune) bool {
	switch {
	case prev == '\r' && next == '\n':
		return true
	case extends(next):
		return true
	case prev == zwj:
		return true
	case isRegionalIndicator(prev) && isRegionalIndicator(next):
		// Flags are pairs: break only after an even number of indicators.
		return regionalIndicatorsAtEnd(before)%2 == 1
	}
	return false
}

const zwj = 0x200D

// extends reports whether r continues the cluster before it: combining
// marks (including variation selectors), ZWJ and ZWNJ, emoji skin-tone
// modifiers and tag characters.
func extends(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r == zwj || r == 0x200C:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	case r >= 0xE0020 && r <= 0xE007F:
		return true
	}
	return unicode.Is(unicode.M, r)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

func regionalIndicatorsAtEnd(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isRegionalIndicator(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}
