package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// A closed conference is read-only, but a document of its distribution is
// often given after the meeting: g in the closing's distribution marks it
// given today (and again takes that back), saved and audited as releasing
// the minutes is. Nothing else there becomes editable.
func TestADocumentIsMarkedGivenOnAClosedConference(t *testing.T) {
	h, _ := closedSample(t)
	want := demo.Sample(string(i18n.DE), start)
	first := want.Distribution[0]
	if first.ID == "" || !first.Given.IsZero() {
		t.Fatalf("the sample's first recipient %+v: want one tracked and not given yet", first)
	}
	today := conference.DateOf(start)

	h.Key("4")                                            // the distribution
	h.Key("down")                                         // its first recipient
	for _, k := range []string{"w", "v", "d", "p", "e"} { // how, variant, remove, propose, edit: read-only still
		h.Key(k)
	}
	h.Key("g")

	got := h.stored(t)
	if got.Status != conference.StatusClosed {
		t.Fatalf("stored status %q, want still closed", got.Status)
	}
	if g := got.Distribution[0].Given; g != today {
		t.Errorf("stored given %v, want %v", g, today)
	}
	want.Distribution[0].Given = today
	got.UpdatedAt = want.UpdatedAt
	if string(asJSON(t, got)) != string(asJSON(t, want)) {
		t.Errorf("more than the given day changed on the closed conference:\n got %s\nwant %s", asJSON(t, got), asJSON(t, want))
	}
	given := conference.GivenChange(first.ID, today)
	if audit := h.repo.Audit(demo.ID); len(audit) != 1 || audit[0] != given {
		t.Errorf("audit %v, want only %v", audit, given)
	}
	if !strings.Contains(h.screen(), "E-Mail · ✓ gegeb") {
		t.Errorf("the row does not say the document was given:\n%s", h.screen())
	}

	// g again takes it back, audited too.
	h.Key("g")
	if g := h.stored(t).Distribution[0].Given; !g.IsZero() {
		t.Errorf("stored given %v after g again, want taken back", g)
	}
	if audit := h.repo.Audit(demo.ID); len(audit) != 2 || audit[1] != conference.GivenChange(first.ID, conference.Date{}) {
		t.Errorf("audit %v, want the taking back last", audit)
	}
}
