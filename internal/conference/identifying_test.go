package conference

import "testing"

func TestEveryFreeTextItemCanBeMarkedIdentifying(t *testing.T) {
	t.Parallel()
	c := newCase()
	ids := map[string]string{
		"contribution":    c.AddContribution(Contribution{Text: "x"}).ID,
		"chronology":      c.AddChronology(ChronologyEntry{Event: "x"}).ID,
		"risk":            c.AddRisk(RiskEntry{Area: "care", Text: "x"}).ID,
		"protective":      c.AddProtectiveFactor(Strength{Text: "x"}).ID,
		"existing safety": c.AddExistingSafety(Strength{Text: "x"}).ID,
		"dissent":         c.AddDissent(Dissent{Reason: "x"}).ID,
		"safety step":     c.AddSafetyStep(SafetyStep{What: "x"}).ID,
		"action":          c.AddAction(Action{What: "x"}).ID,
		"parked":          c.Park("x", "", t0).ID,
		"crisis plan":     c.AddCrisisEntry(CrisisEntry{What: "x"}).ID,
	}
	for what, id := range ids {
		if c.Identifying(id) {
			t.Errorf("%s is marked from the start", what)
		}
		if !c.SetIdentifying(id, true) || !c.Identifying(id) {
			t.Errorf("%s cannot be marked identifying", what)
		}
		if c.SetIdentifying(id, true) {
			t.Errorf("%s: marking twice reports a change", what)
		}
		if !c.SetIdentifying(id, false) || c.Identifying(id) {
			t.Errorf("%s: the mark cannot be taken back", what)
		}
	}
	if c.SetIdentifying("x99", true) || c.Identifying("") {
		t.Error("an unknown item was marked")
	}
}
