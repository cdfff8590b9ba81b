package export

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestActionAgreedInPhaseSixIsAgreedInEveryExport pins the bug where `y`
// in phase 6 showed ✓ while the minutes said "nicht zugesagt" for an
// action the store held as agreed: the owner's yes is one value, and the
// full minutes, the pseudonymised minutes and the tasks extract all show
// it, in both languages.
func TestActionAgreedInPhaseSixIsAgreedInEveryExport(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	c.CaseCode = "K-1"
	kita := c.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonne"}).ID
	a := c.AddAction(conference.Action{What: "Beobachtung", OwnerID: kita, Due: conference.Date{Year: 2026, Month: 12, Day: 15},
		ReportBack: "Telefon"})
	if probs := c.Agree(a.ID, at.Add(70*time.Minute)); len(probs) > 0 {
		t.Fatalf("Agree refused: %v", probs)
	}
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		notAgreed := i18n.New(lang).T(conference.NotAgreed.MessageKey()) // "nicht zugesagt"
		for _, variant := range []string{VariantFull, VariantPseudonymised, VariantTasks} {
			got := string(Markdown(c, Options{Lang: lang, Variant: variant, For: "kita"}))
			if strings.Contains(got, notAgreed) {
				t.Errorf("%s %s minutes say %q for an agreed action:\n%s", lang, variant, notAgreed, got)
			}
		}
	}
}
