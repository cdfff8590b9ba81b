package catalogue

import (
	"slices"
	"strings"

	"kofa/internal/textfold"
)

// Filter returns the entries of list whose label or hint in lang contains
// every word of query, for type-to-filter pick lists. Matching ignores case
// and accents, and treats the German spellings "ae", "oe", "ue" like "ä",
// "ö", "ü", so "muller", "mueller" and "Müller" find each other. Entries
// whose label starts with the query come first, then those with a word
// starting with it, then other label matches, then hint-only matches; the
// catalogue order is kept within each group. An empty query returns list.
//
// Filter folds every label and hint on each call; a pick list filtered on
// every key typed keeps an Index instead.
func Filter(list []Entry, query, lang string) []Entry {
	if len(strings.Fields(query)) == 0 {
		return list
	}
	return NewIndex(list, lang).Filter(query)
}

// Index is a list prepared for Filter: the folded label and hint of every
// entry are made once, so a key typed folds only the query.
type Index struct {
	list        []Entry
	label, hint []textfold.Folded
}

// NewIndex folds the labels and hints of list in lang. The index shares
// list: treat both as read-only.
func NewIndex(list []Entry, lang string) *Index {
	x := &Index{list: list, label: make([]textfold.Folded, len(list)), hint: make([]textfold.Folded, len(list))}
	for i, e := range list {
		x.label[i] = textfold.Fold(e.LabelIn(lang))
		x.hint[i] = textfold.Fold(e.HintIn(lang))
	}
	return x
}

// Entries returns the list the index was made from.
func (x *Index) Entries() []Entry { return x.list }

// Filter returns the entries matching query, ranked as Filter ranks them.
func (x *Index) Filter(query string) []Entry {
	terms := strings.Fields(query)
	if len(terms) == 0 {
		return x.list
	}
	qs := make([]textfold.Folded, len(terms))
	for i, t := range terms {
		qs[i] = textfold.Fold(t)
	}
	type hit struct {
		e    Entry
		rank int
	}
	var hits []hit
	for i, e := range x.list {
		if rank, ok := matchRank(x.label[i], x.hint[i], qs); ok {
			hits = append(hits, hit{e, rank})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.rank - b.rank })
	out := make([]Entry, len(hits))
	for i, h := range hits {
		out[i] = h.e
	}
	return out
}

// Ranks of a match, best first.
const (
	rankLabelPrefix = iota
	rankWordPrefix
	rankLabel
	rankHint
)

func matchRank(label, hint textfold.Folded, qs []textfold.Folded) (int, bool) {
	inLabel := true
	for _, q := range qs {
		if label.Contains(q) {
			continue
		}
		inLabel = false
		if !hint.Contains(q) {
			return 0, false
		}
	}
	switch first := qs[0]; {
	case !inLabel:
		return rankHint, true
	case label.HasPrefix(first):
		return rankLabelPrefix, true
	case label.HasWordPrefix(first):
		return rankWordPrefix, true
	default:
		return rankLabel, true
	}
}
