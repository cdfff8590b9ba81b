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

// TestItemsTheFamilyLetterShowsCanBeMarkedConfidential: the mark that keeps
// a statement out of the family letter exists on what the letter can show,
// and only there.
func TestItemsTheFamilyLetterShowsCanBeMarkedConfidential(t *testing.T) {
	t.Parallel()
	c := newCase()
	carer := c.AddCarer(Carer{Name: "Jana S.", Relationship: RelationshipMother})
	can := map[string]string{
		"a carer's view":  CarerViewID(carer.ID),
		"contribution":    c.AddContribution(Contribution{Text: "x"}).ID,
		"risk":            c.AddRisk(RiskEntry{Area: "care", Text: "x"}).ID,
		"protective":      c.AddProtectiveFactor(Strength{Text: "x"}).ID,
		"existing safety": c.AddExistingSafety(Strength{Text: "x"}).ID,
		"action":          c.AddAction(Action{What: "x"}).ID,
		"child's view":    ChildViewID,
		"parents' view":   ParentsViewID,
	}
	for what, id := range can {
		if c.Confidential(id) {
			t.Errorf("%s is confidential from the start", what)
		}
		if !c.SetConfidential(id, true) || !c.Confidential(id) {
			t.Errorf("%s cannot be marked confidential", what)
		}
		if c.Identifying(id) {
			t.Errorf("%s: marking it confidential marked it identifying", what)
		}
		if !c.SetConfidential(id, false) || c.Confidential(id) {
			t.Errorf("%s: the mark cannot be taken back", what)
		}
	}
	for what, id := range map[string]string{
		"chronology": c.AddChronology(ChronologyEntry{Event: "x"}).ID,
		"parked":     c.Park("x", "", t0).ID,
	} {
		if c.SetConfidential(id, true) {
			t.Errorf("%s took a mark the family letter never asks for", what)
		}
	}
}
