package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// Issue 18: starting a follow-up with f cut the consent's scope to 200
// bytes ("… pseudonymisierte Beratun"); kofa followup kept it whole. A copy
// is a copy: the follow-up holds the scope as the previous conference did,
// after going through its preparation and back home.
func TestFollowUpFromHomeKeepsALongConsentScopeWhole(t *testing.T) {
	repo := tuitest.NewRepo()
	prev := previous(repo)
	prev.Participants[0].LegalBases = []conference.LegalBasis{{
		Basis: conference.LegalConsent, ReleasedBy: "Frau M. (Mutter)", Date: conference.DateOf(start.AddDate(0, 0, -30)),
		Scope: strings.Repeat("Austausch mit Kita, Schule und Kinderarztpraxis; ", 5) + "pseudonymisierte Beratung mit der InsoFa",
	}}
	repo.Put(prev)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("f")
	c := h.app.Conference()
	if c == nil {
		t.Fatalf("f opened nothing:\n%s", h.screen())
	}
	for range 12 { // through every field of the preparation
		h.Key("tab")
	}
	h.Key("esc")
	h.Key("esc")
	saved, err := repo.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := saved.Participants[0].LegalBases[0].Scope, prev.Participants[0].LegalBases[0].Scope; got != want {
		t.Errorf("the follow-up's consent scope is %d bytes:\n%q\nwant the %d bytes of the previous conference", len(got), got, len(want))
	}
}
