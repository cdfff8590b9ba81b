package export

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestItemsMarkedIdentifyingAreLeftOut: whatever free-text item the
// facilitator marks as identifying, the pseudonymised minutes leave its
// text out and say so; the full minutes keep it.
func TestItemsMarkedIdentifyingAreLeftOut(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	c.CaseCode = "K-1"
	lead := c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd",
		Roles: []string{conference.RoleFacilitator}}).ID
	c.Start(at)
	secret := map[string]string{}
	mark := func(what, id string) {
		secret[what] = "GEHEIM-" + strings.ToUpper(strings.ReplaceAll(what, " ", "-"))
		c.SetIdentifying(id, true)
	}
	x := c.AddContribution(conference.Contribution{SpeakerID: lead, Phase: conference.PhasePerspectives})
	mark("contribution", x.ID)
	x.Text, x.Source = secret["contribution"], secret["contribution"]
	h := c.AddChronology(conference.ChronologyEntry{DateText: "Sommer"})
	mark("chronology", h.ID)
	h.Event, h.Source = secret["chronology"], secret["chronology"]
	r := c.AddRisk(conference.RiskEntry{Area: "care", Provenance: conference.ProvenanceReported})
	mark("risk", r.ID)
	r.Text, r.Source, r.ReportedBy = secret["risk"], secret["risk"], secret["risk"]
	s := c.AddProtectiveFactor(conference.Strength{})
	mark("protective factor", s.ID)
	s.Text, s.Source = secret["protective factor"], secret["protective factor"]
	e := c.AddExistingSafety(conference.Strength{})
	mark("existing safety", e.ID)
	e.Text, e.Source = secret["existing safety"], secret["existing safety"]
	d := c.AddDissent(conference.Dissent{ParticipantID: lead})
	mark("dissent", d.ID)
	d.Reason = secret["dissent"]
	st := c.AddSafetyStep(conference.SafetyStep{})
	mark("safety step", st.ID)
	st.What, st.Who, st.Until = secret["safety step"], secret["safety step"], secret["safety step"]
	a := c.AddAction(conference.Action{OwnerID: lead, Due: conference.DateOf(at).AddDays(7)})
	mark("action", a.ID)
	a.What, a.ReportBack, a.IfNotDone = secret["action"], secret["action"], secret["action"]
	p := c.Park("", lead, at)
	mark("parked topic", p.ID)
	p.Text = secret["parked topic"]
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		full := string(Markdown(c, Options{Lang: lang}))
		out := string(Markdown(c, Options{Lang: lang, Variant: VariantPseudonymised}))
		for what, text := range secret {
			if !strings.Contains(full, text) {
				t.Errorf("%s: the full minutes lack the %s", lang, what)
			}
			if strings.Contains(out, text) {
				t.Errorf("%s: the pseudonymised minutes show the %s marked identifying", lang, what)
			}
		}
		if n := strings.Count(out, Inline(leftOutIn(lang))); n < len(secret) {
			t.Errorf("%s: %d notes that something was left out, want at least %d", lang, n, len(secret))
		}
	}
}
