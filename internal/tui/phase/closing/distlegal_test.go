package closing

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/export"
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

// A recipient outside the table covered by a release from confidentiality
// is asked the same details as a participant: who released whom, for what,
// in which form and when; the minutes say them.
func TestARecipientsReleaseSaysWhoReleasedWhomForWhat(t *testing.T) {
	c, _ := fixture()
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 50)
	h.Key("4", "n")
	h.Type("Praxis Dr. Sommer")
	h.Key("enter", "enter")
	h.MustShow("Rechtsgrundlage")
	if strings.Contains(h.View(), "Entbunden durch") {
		t.Fatalf("the release's details are asked before a release is picked:\n%s", h.View())
	}
	h.Type("Schweige")
	h.Key("enter")
	h.MustShow("Entbunden durch")
	h.Key("tab")
	h.Type("Mutter")
	h.Key("tab")
	h.Type("Praxis Dr. Sommer")
	h.Key("tab")
	h.Type("Impfstatus")
	h.Key("tab")
	h.Type("schrift")
	h.Key("enter")
	h.Type("20.11.2026")
	h.Key("ctrl+s")
	if len(c.Distribution) != 1 {
		t.Fatalf("distribution %+v", c.Distribution)
	}
	want := conference.LegalBasis{Basis: conference.LegalConsent, ReleasedBy: "Mutter", Released: "Praxis Dr. Sommer",
		Scope: "Impfstatus", Form: conference.ReleaseWritten, Date: conference.Date{Year: 2026, Month: 11, Day: 20}}
	if got := c.Distribution[0].LegalBases; len(got) != 1 || got[0] != want {
		t.Fatalf("the recipient's bases %+v, want %+v", got, want)
	}
	full := string(export.Markdown(c, export.Options{Lang: i18n.DE}))
	if !strings.Contains(full, "entbunden durch Mutter; gegenüber Praxis Dr. Sommer; wofür: Impfstatus") {
		t.Errorf("the full minutes do not say who released whom for what:\n%s", full)
	}

	// An impossible date is refused with its reason, and nothing changes.
	h.Key("end", "enter")
	for range 7 { // variant, bases, released by, released, for what, form: to the date
		h.Key("tab")
	}
	h.Key("ctrl+u")
	h.Type("31.02.2026")
	h.Key("ctrl+s")
	// The form is written as typed: ctrl+u cleared the day, the
	// impossible one is never taken.
	if got := c.Distribution[0].LegalBases; len(got) != 1 || !got[0].Date.IsZero() || got[0].Released != want.Released {
		t.Errorf("an impossible date reached the release: %+v", got)
	}
	h.MustShow("Entbunden durch") // the form stays open, saying why
	h.MustShow("Diesen Tag gibt es nicht")
}
