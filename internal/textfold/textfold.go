// Package textfold is kofa's one way of matching German text: a query
// finds a text whatever its case, its accents and its umlaut spelling, so
// "muller", "Mueller", "MÜLLER" and "Müller" find each other, and "Strasse"
// finds "Straße".
//
// A text has two folded forms:
//
//   - plain: lower case, accents removed, ß as ss;
//   - digraph: plain with ae, oe and ue reduced to a, o and u.
//
// A query matches a text when either form of the query is found in the
// same form of the text. Keeping both (instead of only the digraph form)
// lets a prefix like "quel" still find "Quelle", whose "ue" the digraph
// form would reduce.
//
// The partner directory, the catalogue's pick-list filter, the worries
// search, the conference search and the pseudonymisation scrubber all fold
// through this package, so what one of them finds, the others find too.
package textfold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folded is a text in both folded forms.
type Folded struct {
	plain, digraph string
}

// Fold returns both folded forms of s.
func Fold(s string) Folded {
	return Folded{plain: Plain(s), digraph: Digraph(s)}
}

// Plain is the plain form of s: lower case, accents removed, ß as ss.
func Plain(s string) string {
	if isLowerASCII(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s, false, nil))
}

// Digraph is the digraph form of s: the plain form with ae, oe and ue
// reduced to a, o and u, in which "Müller", "Mueller" and "Muller" all
// read "muller". It is the one form the conference search keeps.
func Digraph(s string) string { return string(AppendDigraph(nil, s)) }

// AppendDigraph appends Digraph(s) to dst, without a copy per step:
// searching folds every text of a conference at each save.
func AppendDigraph(dst []byte, s string) []byte { return appendFold(dst, s, true, nil) }

// Plain returns the plain form.
func (f Folded) Plain() string { return f.plain }

// Digraph returns the digraph form.
func (f Folded) Digraph() string { return f.digraph }

// Empty reports whether nothing is left to match.
func (f Folded) Empty() bool { return strings.TrimSpace(f.plain) == "" }

// Contains reports whether q occurs in f, in either form.
func (f Folded) Contains(q Folded) bool {
	return strings.Contains(f.plain, q.plain) || strings.Contains(f.digraph, q.digraph)
}

// HasPrefix reports whether f starts with q, in either form.
func (f Folded) HasPrefix(q Folded) bool {
	return strings.HasPrefix(f.plain, q.plain) || strings.HasPrefix(f.digraph, q.digraph)
}

// HasWordPrefix reports whether a word of f (not only the first) starts
// with q, in either form.
func (f Folded) HasWordPrefix(q Folded) bool {
	return hasWordPrefix(f.plain, q.plain) || hasWordPrefix(f.digraph, q.digraph)
}

// In reports whether f occurs in the haystack h (see Haystack).
func (f Folded) In(h string) bool {
	return strings.Contains(h, f.plain) || (f.digraph != f.plain && strings.Contains(h, f.digraph))
}

// Index returns where f first occurs in the haystack h, or -1.
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

// Mapped is the digraph form of a text with, for each of its bytes, where
// the letter it came from starts and ends in the text: a match found in
// the folded form can then be replaced in the original.
type Mapped struct {
	S          string
	Start, End []int
}

// Map folds s into its digraph form and records where each byte came from.
func Map(s string) Mapped {
	m := Mapped{Start: make([]int, 0, len(s)), End: make([]int, 0, len(s))}
	m.S = string(appendFold(make([]byte, 0, len(s)), s, true, &m))
	return m
}

// appendFold appends the plain form of s to dst, or with digraph the
// digraph form, in one pass; with m it records in m where each byte came
// from. Letters of German and ASCII are handled directly; any other letter
// is decomposed (NFD) and loses its accents. Newlines and NUL become
// spaces: they separate the texts of a haystack.
func appendFold(dst []byte, s string, digraph bool, m *Mapped) []byte {
	var prev byte // last letter written, for ae/oe/ue; 0 after a reduction
	from, to := 0, 0
	put := func(c byte) {
		if digraph && c == 'e' && (prev == 'a' || prev == 'o' || prev == 'u') {
			prev = 0
			if m != nil {
				m.End[len(m.End)-1] = to // "ue" of "Mueller" maps to both letters
			}
			return
		}
		dst = append(dst, c)
		prev = c
		if m != nil {
			m.Start, m.End = append(m.Start, from), append(m.End, to)
		}
	}
	for i, r := range s {
		from, to = i, i+utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size := utf8.DecodeRuneInString(s[i:])
			to = i + size
		}
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\n' || c == 0:
				c = ' '
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
			kept := false
			for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
				switch {
				case unicode.Is(unicode.Mn, d): // an accent
				case d < utf8.RuneSelf:
					put(byte(d))
					kept = true
				default:
					n := len(dst)
					dst = utf8.AppendRune(dst, d)
					prev = 0
					kept = true
					if m != nil {
						for range len(dst) - n {
							m.Start, m.End = append(m.Start, from), append(m.End, to)
						}
					}
				}
			}
			if !kept && m != nil && len(m.End) > 0 {
				m.End[len(m.End)-1] = to // a combining mark belongs to the letter before
			}
		}
	}
	return dst
}

// hasWordPrefix reports whether a word inside s starts with prefix.
func hasWordPrefix(s, prefix string) bool {
	prev := ' '
	for i, r := range s {
		if !isWordRune(prev) && isWordRune(r) && strings.HasPrefix(s[i:], prefix) {
			return true
		}
		prev = r
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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
