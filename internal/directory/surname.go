package directory

import (
	"cmp"
	"strings"

	"kofa/internal/textfold"
)

// SortKey orders people by surname, as an office's address list does:
// "Petra Albers" before "Jürgen Müller". The surname is the part before a
// comma ("Müller, Jürgen") or else the last word; titles and first names
// come after it, so "Dr. Jonas Weber" sorts under W. The key is folded
// (textfold.Digraph) so that "Müller" and "Mueller" sort together.
func SortKey(name string) string {
	name = strings.TrimSpace(name)
	if before, after, ok := strings.Cut(name, ","); ok {
		return textfold.Digraph(strings.TrimSpace(before)) + "\x00" + textfold.Digraph(strings.TrimSpace(after))
	}
	i := strings.LastIndexAny(name, " \t")
	if i < 0 {
		return textfold.Digraph(name)
	}
	return textfold.Digraph(name[i+1:]) + "\x00" + textfold.Digraph(strings.TrimSpace(name[:i]))
}

// Compare orders entries as a directory lists them: by surname (SortKey),
// then institution, then ID so that the order is total.
func Compare(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(SortKey(a.Name), SortKey(b.Name)),
		cmp.Compare(textfold.Digraph(a.Institution), textfold.Digraph(b.Institution)),
		cmp.Compare(a.ID, b.ID),
	)
}
