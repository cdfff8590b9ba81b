package catalogue

import (
	"slices"
	"testing"
)

func TestFilterFoldsUmlautsAndCase(t *testing.T) {
	list := []Entry{
		{Code: "mueller", Label: Text{DE: "Frau Müller (Hort)", EN: "Ms Müller"}},
		{Code: "strasse", Label: Text{DE: "Straßensozialarbeit", EN: "Street work"}},
		{Code: "other", Label: Text{DE: "Polizei", EN: "Police"}},
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"muller", []string{"mueller"}},
		{"MÜLLER", []string{"mueller"}},
		{"mueller", []string{"mueller"}},
		{"strasse", []string{"strasse"}},
		{"straße", []string{"strasse"}},
		{"hort müll", []string{"mueller"}},
		{"xyz", nil},
	}
	for _, tt := range tests {
		if got := codesOf(Filter(list, tt.query, LangDE)); !slices.Equal(got, tt.want) {
			t.Errorf("Filter(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestFilterOnBuiltinInstitutions(t *testing.T) {
	inst := Builtin().Institutions
	if got := Filter(inst, "", LangDE); len(got) != len(inst) {
		t.Errorf("empty query gave %d of %d entries", len(got), len(inst))
	}
	// "Sozialpsychiatrischer Dienst" starts with the query, "Schulsozialarbeit"
	// only contains it; ASD and family support match by their hints only.
	got := codesOf(Filter(inst, "sozial", LangDE))
	want := []string{"social_psychiatric_service", "school_social_work", "asd", "provider_family_support"}
	if !slices.Equal(got, want) {
		t.Errorf("Filter(sozial) = %v, want %v", got, want)
	}
	if got := codesOf(Filter(inst, "aerztin", LangDE)); !slices.Equal(got, []string{"parents_doctor"}) {
		t.Errorf("Filter(aerztin) = %v, want parents_doctor (Ärztin)", got)
	}
	if got := codesOf(Filter(inst, "school psych", LangEN)); !slices.Equal(got, []string{"school_psychology"}) {
		t.Errorf("Filter(school psych, en) = %v", got)
	}
}

func TestFilterMatchesHintsAfterLabels(t *testing.T) {
	list := []Entry{
		{Code: "by_hint", Label: Text{DE: "Hebamme"}, Hint: Text{DE: "Frühe Hilfen"}},
		{Code: "by_label", Label: Text{DE: "Koordination Frühe Hilfen"}},
	}
	if got := codesOf(Filter(list, "fruhe", LangDE)); !slices.Equal(got, []string{"by_label", "by_hint"}) {
		t.Errorf("Filter(fruhe) = %v, want the label match first", got)
	}
}

func BenchmarkFilterInstitutions(b *testing.B) {
	inst := Builtin().Institutions
	for b.Loop() {
		Filter(inst, "gesundheit kind", LangDE)
	}
}

func TestFilterRanksLabelStartThenWordStartThenInside(t *testing.T) {
	list := []Entry{
		{Code: "inside", Label: Text{DE: "Kinderhort"}},
		{Code: "word", Label: Text{DE: "Schule mit Hort"}},
		{Code: "start", Label: Text{DE: "Hort am Park"}},
	}
	if got := codesOf(Filter(list, "hort", LangDE)); !slices.Equal(got, []string{"start", "word", "inside"}) {
		t.Errorf("Filter(hort) = %v", got)
	}
}

// TestIndexAnswersEveryQueryOfAPick: a pick keeps one index while its
// filter is typed into; each query gets what Filter gives.
func TestIndexAnswersEveryQueryOfAPick(t *testing.T) {
	inst := Builtin().Institutions
	x := NewIndex(inst, LangDE)
	for _, q := range []string{"", "s", "so", "sozial", "aerztin", "gesundheit kind", "xyz", "sozial"} {
		if got, want := codesOf(x.Filter(q)), codesOf(Filter(inst, q, LangDE)); !slices.Equal(got, want) {
			t.Errorf("Index.Filter(%q) = %v, want %v", q, got, want)
		}
	}
	if len(x.Entries()) != len(inst) {
		t.Errorf("Entries() has %d of %d entries", len(x.Entries()), len(inst))
	}
}

func BenchmarkIndexFilterInstitutions(b *testing.B) {
	x := NewIndex(Builtin().Institutions, LangDE)
	for b.Loop() {
		x.Filter("gesundheit kind")
	}
}
