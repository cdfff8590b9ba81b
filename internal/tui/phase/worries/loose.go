package worries

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kofa/internal/conference/catalogue"
)

// minStem is the shortest common beginning that counts as the same word.
const minStem = 4

// filterLoose is catalogue.Filter, forgiving about word forms: when the
// query finds nothing, an entry matches if each typed word shares its
// beginning (all but its last two letters, at least minStem) with a word
// of the entry's label or hint. So "Hunger" finds "hungrig" and "hungry",
// "Schlaf" finds "schläft". The free-text option stays offered, so a loose
// match never forces a catalogue entry on what was said.
func filterLoose(entries []catalogue.Entry, query, lang string) []catalogue.Entry {
	hits := catalogue.Filter(entries, query, lang)
	terms := strings.Fields(fold(query))
	if len(hits) > 0 || len(terms) == 0 {
		return hits
	}
	for _, e := range entries {
		words := strings.FieldsFunc(fold(e.LabelIn(lang)+" "+e.HintIn(lang)), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if matchesAll(terms, words) {
			hits = append(hits, e)
		}
	}
	return hits
}

func matchesAll(terms, words []string) bool {
	for _, t := range terms {
		need := max(minStem, len([]rune(t))-2)
		found := false
		for _, w := range words {
			if commonPrefix(t, w) >= need || commonPrefix(digraphs.Replace(t), digraphs.Replace(w)) >= need {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// commonPrefix counts the runes a and b begin with alike.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// digraphs reduces the German spellings ae, oe, ue to a, o, u, as
// catalogue.Filter does, so "Muell" and "Müll" meet.
var digraphs = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// fold lowers s and removes accents (ß becomes ss).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
