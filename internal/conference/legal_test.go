package conference

import (
	"slices"
	"testing"
)

// Picking legal bases from the list keeps what was recorded with each
// basis still picked, orders them as the list does, and keeps a basis
// kofa no longer offers.
func TestPickBasesKeepsWhatWasRecorded(t *testing.T) {
	t.Parallel()
	old := []LegalBasis{
		{Basis: LegalSGB8Para8a},
		{Basis: LegalConsent, ReleasedBy: "Mutter", Scope: "U9"},
		{Basis: LegalKKG4, Note: "alt"},
	}
	got := PickBases(old, []string{LegalKKG4Para3, LegalConsent})
	want := []LegalBasis{{Basis: LegalKKG4, Note: "alt"}, {Basis: LegalConsent, ReleasedBy: "Mutter", Scope: "U9"}, {Basis: LegalKKG4Para3}}
	if !slices.Equal(got, want) {
		t.Errorf("PickBases = %+v, want %+v", got, want)
	}
	if got := PickBases(nil, nil); got != nil {
		t.Errorf("nothing picked: %+v", got)
	}
}
