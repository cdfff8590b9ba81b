package closing

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// A recipient of the minutes who is not covered by a legal basis of
// their participation is asked for one (issue 13: per recipient); what is
// recorded stays when the entry is edited.
func TestARecipientOutsideTheTableGetsALegalBasis(t *testing.T) {
	c, ps := fixture()
	c.Participant(ps.weber).LegalBases = []conference.LegalBasis{{Basis: conference.LegalKKG4Para3}}
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 50)
	h.Key("4", "n")
	h.Type("Weber")
	h.Key("enter")
	if strings.Contains(h.View(), "Rechtsgrundlage") {
		t.Error("a recipient whose participation has a basis is asked again")
	}
	h.Key("enter") // the variant: the last field, saved
	h.Key("n")
	h.Type("Polizeiinspektion Nord")
	h.Key("enter", "enter")
	h.MustShow("Rechtsgrundlage")
	h.Type("8a")
	h.Key("enter", "ctrl+s")
	if len(c.Distribution) != 2 {
		t.Fatalf("distribution %+v", c.Distribution)
	}
	police := c.Distribution[1]
	if police.Recipient != "Polizeiinspektion Nord" || len(police.LegalBases) != 1 || police.LegalBases[0].Basis != conference.LegalSGB8Para8a {
		t.Fatalf("police %+v, want § 8a SGB VIII", police)
	}
	if c.RecipientNeedsLegalBasis(police) && len(c.RecipientBases(police)) == 0 {
		t.Error("the police still count as without a basis")
	}

	// Editing the variant keeps the basis and what was recorded with it.
	c.Distribution[1].LegalBases[0].Note = "Absprache mit der Teamleitung"
	h.Key("end", "enter", "tab")
	h.Type("eigene")
	h.Key("enter", "ctrl+s")
	police = c.Distribution[1]
	if police.Variant != conference.MinutesTasks || len(police.LegalBases) != 1 || police.LegalBases[0].Note != "Absprache mit der Teamleitung" {
		t.Errorf("after editing the variant: %+v", police)
	}
}
