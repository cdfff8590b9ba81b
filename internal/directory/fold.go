package directory

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folded is a text in the two forms kofa matches in: plain (lower case,
// accents removed, ß as ss) and digraph (plain with ae/oe/ue reduced to
// a/o/u). A query matches when either form of it is found in the same
// form of the text, so "muller", "mueller" and "Müller" find each other
// while a prefix like "quel" still finds "Quelle". catalogue.Filter
// matches the same way.
type Folded struct {
	plain, digraph string
}

// Fold returns both folded forms of s.
func Fold(s string) Folded {
	return Folded{plain: foldPlain(s), digraph: string(appendFold(nil, s, true))}
}

// Empty reports whether nothing is left to match.
func (f Folded) Empty() bool { return strings.TrimSpace(f.plain) == "" }

// In reports whether f occurs in the haystack h (see Haystack).
func (f Folded) In(h string) bool {
	return strings.Contains(h, f.plain) || (f.digraph != f.plain && strings.Contains(h, f.digraph))
}

// Index returns where f first occurs in h, or -1.
func (f Folded) Index(h string) int {
	i := strings.Index(h, f.plain)
	if f.digraph != f.plain {
		if j := strings.Index(h, f.digraph); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	return i
}

// Haystack returns s in the form Folded.In searches: the plain form, and
// the digraph form after a newline when it differs. Storing it once per
// text makes a search a plain substring scan.
func Haystack(s string) string {
	f := Fold(s)
	if f.digraph == f.plain {
		return f.plain
	}
	return f.plain + "\n" + f.digraph
}

// Contains reports whether query occurs in text, ignoring case, accents and
// umlaut spelling.
func Contains(text, query string) bool { return Fold(query).In(Haystack(text)) }

func foldPlain(s string) string {
	if isLowerASCII(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s, false))
}

// appendFold appends the plain form of s to dst, or with digraph the
// digraph form, in one pass: searching folds every text of a conference at
// each save, so this avoids a copy per step. Letters of German and ASCII
// are handled directly; any other letter is decomposed (NFD) and loses its
// accents.
func appendFold(dst []byte, s string, digraph bool) []byte {
	var prev byte // last letter written, for ae/oe/ue; 0 after a reduction
	put := func(c byte) {
		if digraph && c == 'e' && (prev == 'a' || prev == 'o' || prev == 'u') {
			prev = 0
			return
		}
		dst = append(dst, c)
		prev = c
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\n' || c == 0:
				c = ' ' // the separators of a haystack
			}
			put(c)
		case r == 'ä' || r == 'Ä':
			put('a')
		case r == 'ö' || r == 'Ö':
			put('o')
		case r == 'ü' || r == 'Ü':
			put('u')
		case r == 'ß' || r == 'ẞ':
			put('s')
			put('s')
		default:
			for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
				switch {
				case unicode.Is(unicode.Mn, d): // an accent
				case d < utf8.RuneSelf:
					put(byte(d))
				default:
					dst = utf8.AppendRune(dst, d)
					prev = 0
				}
			}
		}
	}
	return dst
}

// AppendSearchForm appends SearchForm(s) to dst.
func AppendSearchForm(dst []byte, s string) []byte { return appendFold(dst, s, true) }

// SearchForm is the one form the conference search keeps of a text and
// looks for a query in: the digraph form, in which "Müller", "Mueller" and
// "Muller" all read "muller". One form instead of two halves what a search
// over thousands of conferences has to scan.
func SearchForm(s string) string { return string(AppendSearchForm(nil, s)) }

// isLowerASCII reports whether folding leaves s as it is: the common case
// of typed queries and codes, which then cost no allocation.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\n' || c == 0 {
			return false
		}
	}
	return true
}
