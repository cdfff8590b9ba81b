package worries

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kofa/internal/conference/catalogue"
	"kofa/internal/textfold"
)

// minStem is the shortest common beginning that counts as the same word.
const minStem = 4

// looseIndex is a pick list prepared for filterLoose: the catalogue's
// index for the strict match, and the folded words of every entry for the
// loose one. The editor makes it once, so that a key typed into the pick
// folds only the query, never the whole list.
type looseIndex struct {
	strict *catalogue.Index
	words  [][]looseWord // per entry: the words of its label and hint
}

func newLooseIndex(entries []catalogue.Entry, lang string) *looseIndex {
	x := &looseIndex{strict: catalogue.NewIndex(entries, lang), words: make([][]looseWord, len(entries))}
	for i, e := range entries {
		for _, w := range strings.FieldsFunc(textfold.Plain(e.LabelIn(lang)+" "+e.HintIn(lang)), notWordRune) {
			x.words[i] = append(x.words[i], looseWord{plain: w, digraph: textfold.Digraph(w)})
		}
	}
	return x
}

// entries returns the list the index was made from.
func (x *looseIndex) entries() []catalogue.Entry { return x.strict.Entries() }

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// filterLoose is catalogue.Filter, forgiving about word forms: when the
// query finds nothing, an entry matches if each typed word shares its
// beginning (all but its last two letters, at least minStem) with a word
// of the entry's label or hint. So "Hunger" finds "hungrig" and "hungry",
// "Schlaf" finds "schläft". The free-text option stays offered, so a loose
// match never forces a catalogue entry on what was said.
func filterLoose(x *looseIndex, query string) []catalogue.Entry {
	hits := x.strict.Filter(query)
	fields := strings.Fields(textfold.Plain(query))
	if len(hits) > 0 || len(fields) == 0 {
		return hits
	}
	terms := make([]looseTerm, len(fields))
	for i, f := range fields {
		terms[i] = looseTerm{plain: f, digraph: textfold.Digraph(f), need: max(minStem, utf8.RuneCountInString(f)-2)}
	}
	for i, e := range x.entries() {
		if matchesAll(terms, x.words[i]) {
			hits = append(hits, e)
		}
	}
	return hits
}

// looseTerm is a typed word, folded, in both spellings, with the length
// of the beginning a word of an entry must share with it.
type looseTerm struct {
	plain, digraph string
	need           int
}

// looseWord is a word of an entry, folded, in both spellings.
type looseWord struct {
	plain, digraph string
}

func matchesAll(terms []looseTerm, words []looseWord) bool {
	for _, t := range terms {
		found := false
		for _, w := range words {
			if commonPrefix(t.plain, w.plain) >= t.need || commonPrefix(t.digraph, w.digraph) >= t.need {
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
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}
