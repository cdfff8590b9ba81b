package directory

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// referenceFold is the plain definition of the two forms (as
// catalogue.Filter folds): lower case, NFD, accents dropped, ß as ss; then
// ae/oe/ue reduced. appendFold does the same in one pass.
func referenceFold(s string) (plain, digraph string) {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == '\n' || r == 0:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	plain = b.String()
	return plain, strings.NewReplacer("ae", "a", "oe", "o", "ue", "u").Replace(plain)
}

var foldSamples = []string{
	"", "Müller", "MUELLER", "Muller", "Quelle", "aee", "Äe", "üe", "Straße", "STRASSE", "Crème brûlée",
	"Kita Sonnenblume\nzweite Zeile", "a\x00b", "Œuvre", "Ørsted", "İstanbul", "u\u0308ber", "Ｆｕｌｌ",
}

func TestFoldMatchesItsDefinition(t *testing.T) {
	for _, s := range foldSamples {
		checkFold(t, s)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(checkFold)
}

func checkFold(t *testing.T, s string) {
	plain, digraph := referenceFold(s)
	if !strings.ContainsRune(s, 'ẞ') && !strings.ContainsRune(s, 'İ') { // special-cased by strings.ToLower
		if got := Fold(s); got.plain != plain || got.digraph != digraph {
			t.Errorf("Fold(%q) = %q/%q, want %q/%q", s, got.plain, got.digraph, plain, digraph)
		}
	}
	if got := SearchForm(s); got != Fold(s).digraph {
		t.Errorf("SearchForm(%q) = %q, Fold digraph %q", s, got, Fold(s).digraph)
	}
}
