package directory

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"kofa/internal/textfold"
)

// Suggest returns up to limit entries matching query, best first, for the
// suggestions shown while a participant is typed in. Every word of the
// query must match a word of the entry's name, institution or discipline:
// as its beginning ("Mül" finds "Müller"), in any umlaut spelling
// ("Muller", "mueller"), or with a small typo (one letter wrong, missing,
// extra or swapped from four letters on, two from eight). Name matches rank
// before institution matches, exact beginnings before typos. A blank query
// or a limit below one gives nothing.
func Suggest(entries []Entry, query string, limit int) []Entry {
	terms := words(query)
	if len(terms) == 0 || limit < 1 {
		return nil
	}
	type hit struct {
		e     Entry
		score int
	}
	var hits []hit
	for _, e := range entries {
		if score, ok := matchEntry(e, terms); ok {
			hits = append(hits, hit{e, score})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(a.score, b.score); c != 0 {
			return c
		}
		return cmp.Compare(textfold.Plain(a.e.Name), textfold.Plain(b.e.Name))
	})
	out := make([]Entry, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.e)
	}
	return out
}

// Field weights: a term found in the name counts best.
const (
	weightName = iota
	weightInstitution
	weightDiscipline
	fields
)

// typoCost ranks a typo after any exact beginning in the same field.
const typoCost = fields

// matchEntry scores e against every term (lower is better).
func matchEntry(e Entry, terms []textfold.Folded) (int, bool) {
	var fieldWords [fields][]textfold.Folded
	fieldWords[weightName] = words(e.Name)
	fieldWords[weightInstitution] = words(e.Institution)
	fieldWords[weightDiscipline] = words(e.Discipline)
	total := 0
	for _, t := range terms {
		best := -1
		for weight, ws := range fieldWords {
			for _, w := range ws {
				cost, ok := matchWord(t, w)
				if !ok {
					continue
				}
				if s := weight + cost; best < 0 || s < best {
					best = s
				}
			}
		}
		if best < 0 {
			return 0, false
		}
		total += best
	}
	return total, true
}

// matchWord compares a query term with one word: 0 when the word begins
// with the term, typoCost for a tolerated typo.
func matchWord(t, w textfold.Folded) (int, bool) {
	if w.HasPrefix(t) {
		return 0, true
	}
	allowed := typosAllowed(t.Digraph())
	if allowed == 0 {
		return 0, false
	}
	if nearPrefix(t.Plain(), w.Plain(), allowed) || nearPrefix(t.Digraph(), w.Digraph(), allowed) {
		return typoCost, true
	}
	return 0, false
}

func typosAllowed(term string) int {
	switch n := len([]rune(term)); {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// nearPrefix reports whether term is within max edits of the word or of a
// beginning of it, so typos are forgiven while still typing.
func nearPrefix(term, word string, maxEdits int) bool {
	t, w := []rune(term), []rune(word)
	for n := len(t) - maxEdits; n <= len(t)+maxEdits; n++ {
		if n < 1 || n > len(w) {
			continue
		}
		if editDistance(t, w[:n]) <= maxEdits {
			return true
		}
	}
	return false
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours each cost one.
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// words splits a text into folded words.
func words(s string) []textfold.Folded {
	plain := strings.FieldsFunc(textfold.Plain(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]textfold.Folded, len(plain))
	for i, p := range plain {
		out[i] = textfold.Fold(p)
	}
	return out
}
