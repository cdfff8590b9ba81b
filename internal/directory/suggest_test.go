package directory

import (
	"slices"
	"testing"
)

var network = []Entry{
	{ID: "d1", Name: "Jürgen Müller", Institution: "Jugendamt Nord, ASD", Discipline: "Sozialarbeit"},
	{ID: "d2", Name: "Aylin Demir", Institution: "Kita Sonnenblume", Discipline: "Erzieherin"},
	{ID: "d3", Name: "Dr. Jonas Weber", Institution: "Kinderarztpraxis Dr. Weber"},
	{ID: "d4", Name: "Sabine Krüger", Institution: "Familienhilfe Lichtblick e. V."},
	{ID: "d5", Name: "Heike Mueller", Institution: "Grundschule Am Hang"},
	{ID: "d6", Name: "Claudia Neumann", Institution: "Kinderschutzzentrum Müllerstraße"},
	{ID: "d7", Name: "Thomas Groß", Institution: "Polizei"},
}

func names(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func TestSuggestFindsUmlautsInAnySpelling(t *testing.T) {
	for _, q := range []string{"Muller", "Müller", "mueller", "MÜLLER", "mül", "mue"} {
		got := names(Suggest(network, q, 10))
		want := []string{"Heike Mueller", "Jürgen Müller", "Claudia Neumann"} // name matches first, then the institution
		if !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
	if got := names(Suggest(network, "gross", 10)); !slices.Equal(got, []string{"Thomas Groß"}) {
		t.Errorf("gross: %v", got)
	}
	if got := names(Suggest(network, "kruger", 10)); !slices.Equal(got, []string{"Sabine Krüger"}) {
		t.Errorf("kruger: %v", got)
	}
}

func TestSuggestToleratesSmallTypos(t *testing.T) {
	for q, want := range map[string]string{
		"Demri":      "Aylin Demir",     // swapped letters
		"Neuman":     "Claudia Neumann", // prefix
		"Nuemann":    "Claudia Neumann", // swap
		"Sonneblume": "Aylin Demir",     // a letter missing, in the institution
		"Webber":     "Dr. Jonas Weber", // a letter extra
	} {
		got := Suggest(network, q, 3)
		if len(got) == 0 || got[0].Name != want {
			t.Errorf("%q: %v, want %q first", q, names(got), want)
		}
	}
	// Short words must match exactly: three letters with a typo match
	// almost anything.
	if got := Suggest(network, "Dmr", 10); len(got) != 0 {
		t.Errorf("Dmr: %v, want nothing", names(got))
	}
	if got := Suggest(network, "Zimmermann", 10); len(got) != 0 {
		t.Errorf("Zimmermann: %v, want nothing", names(got))
	}
}

func TestSuggestNeedsEveryWordAndRanksExactBeforeTypos(t *testing.T) {
	got := names(Suggest(network, "jonas weber", 10))
	if !slices.Equal(got, []string{"Dr. Jonas Weber"}) {
		t.Errorf("jonas weber: %v", got)
	}
	if got := Suggest(network, "jonas kita", 10); len(got) != 0 {
		t.Errorf("jonas kita: %v, want nothing", names(got))
	}
	two := []Entry{{Name: "Anna Webel"}, {Name: "Anna Weber"}}
	if got := names(Suggest(two, "weber", 10)); !slices.Equal(got, []string{"Anna Weber", "Anna Webel"}) {
		t.Errorf("weber: %v, want the exact match before the typo", got)
	}
}

func TestSuggestLimit(t *testing.T) {
	if got := Suggest(network, "a", 2); len(got) != 2 {
		t.Errorf("limit 2 gave %d", len(got))
	}
	if Suggest(network, "  ", 5) != nil || Suggest(network, "Müller", 0) != nil {
		t.Error("a blank query or no limit gave suggestions")
	}
}

func TestSameIgnoresCaseAndUmlautSpelling(t *testing.T) {
	a := Entry{Name: "Jürgen Müller", Institution: "Jugendamt Nord"}
	if !a.Same(Entry{Name: "juergen mueller", Institution: "JUGENDAMT NORD", Phone: "123"}) {
		t.Error("same person not recognised")
	}
	if a.Same(Entry{Name: "Jürgen Müller", Institution: "Jugendamt Süd"}) {
		t.Error("another institution is the same entry")
	}
}
