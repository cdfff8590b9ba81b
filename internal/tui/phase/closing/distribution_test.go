package closing

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// The distribution section (issue 14): p adds what kofa proposes from the
// roles and the legal bases, each row says how the document is given (w
// changes it) and when (g marks it given today), and a recipient without a
// basis for the document is warned about on their row.
func TestDistributionIsProposedGivenAndWarned(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("4")
	h.Key("p")
	if len(c.Distribution) == 0 {
		t.Fatal("p proposed nothing")
	}
	var notice int = -1
	for i, d := range c.Distribution {
		if d.ID == "" {
			t.Errorf("proposed entry %+v has no ID: it would not be tracked", d)
		}
		if d.ParticipantID == ps.brandt && d.Variant == conference.MinutesNotice {
			notice = i
		}
	}
	if notice < 0 {
		t.Fatalf("the excused police officer gets no notice: %+v", c.Distribution)
	}
	if !strings.Contains(h.View(), "Einträge vorgeschlagen") {
		t.Errorf("the proposal is not confirmed:\n%s", h.View())
	}
	row := h.Line("Markus Brandt")
	if !strings.Contains(row, "Mitteilung") || !strings.Contains(row, "⚠") {
		t.Errorf("the police officer without a legal basis is not warned about: %q", row)
	}
	for range notice + 1 {
		h.Key("down")
	}
	how := c.Distribution[notice].How
	h.Key("w")
	if c.Distribution[notice].How == how {
		t.Errorf("w left how the notice is given at %q", how)
	}
	h.Key("g")
	if got := c.Distribution[notice].Given; got != conference.DateOf(t0) {
		t.Fatalf("g: given %v, want today", got)
	}
	if row := h.Line("Markus Brandt"); !strings.Contains(row, "gegeben am") {
		t.Errorf("the row does not say it was given: %q", row)
	}
	h.Key("g")
	if !c.Distribution[notice].Given.IsZero() {
		t.Error("g again did not take the day back")
	}
}
