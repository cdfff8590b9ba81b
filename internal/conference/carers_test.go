package conference

import (
	"slices"
	"testing"
)

// familyFixture is the complete fixture with two children and two carers
// whose views, stances and results are all recorded.
func familyFixture(t *testing.T) (*Conference, people, []string) {
	t.Helper()
	c, ps := fixture(t)
	mia := c.AddChild(Child{FirstName: "Mia", BirthYear: 2020}).ID
	ben := c.AddChild(Child{FirstName: "Ben", BirthYear: 2017}).ID
	mother := c.AddCarer(Carer{Name: "Jana S.", Relationship: RelationshipMother, Custody: CustodySole,
		View: View{HowObtained: "in der Konferenz", Said: "Ich schaffe das gerade nicht allein."}, Stance: StanceAgrees}).ID
	father := c.AddCarer(Carer{Name: "Tom S.", Relationship: RelationshipFather, Custody: CustodyNone,
		View: View{MissingReason: "nicht erreicht"}, Stance: StanceNotInformed}).ID
	c.AddAction(Action{What: "Vater über das Ergebnis informieren", OwnerID: ps.lead, Due: c.Date.AddDays(3),
		ReportBack: "Notiz in der Akte", Informs: father})
	c.Agree(c.Actions[len(c.Actions)-1].ID, at(76))
	for _, id := range []string{mia, ben} {
		c.SetChildResult(ChildResult{ChildID: id, Category: CategoryLatent, HarmForms: []string{HarmNeglect}})
	}
	if probs := Validate(c); len(probs) > 0 {
		t.Fatalf("family fixture is not complete: %v", probs)
	}
	return c, ps, []string{mia, ben, mother, father}
}

func none([]string) []string { return nil }

func TestCarersAndChildrenInTheResult(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		change func(c *Conference, ps people, ids []string)
		// want lists the problems; ids are the children's and carers'
		// IDs (mia, ben, mother, father).
		want func(ids []string) []string
	}{
		{"each carer's own view", func(c *Conference, _ people, ids []string) { c.Carer(ids[2]).View = View{} },
			func(ids []string) []string { return []string{"carers/" + ids[2] + "/view " + KeyCarerViewMissing} }},
		{"no parents' view needed beside the carers' views", func(c *Conference, _ people, _ []string) { c.ParentsView = View{} }, none},
		{"stance on the result", func(c *Conference, _ people, ids []string) { c.Carer(ids[2]).Stance = "" },
			func(ids []string) []string { return []string{"carers/" + ids[2] + "/stance " + KeyCarerStanceMissing} }},
		{"a carer not informed needs someone who informs them", func(c *Conference, _ people, _ []string) {
			c.Actions[len(c.Actions)-1].Informs = ""
		}, func(ids []string) []string { return []string{"carers/" + ids[3] + "/informed " + KeyCarerNotInformed} }},
		{"an unknown stance", func(c *Conference, _ people, ids []string) { c.Carer(ids[2]).Stance = "maybe" },
			func(ids []string) []string { return []string{"carers/" + ids[2] + "/stance " + KeyStanceUnknown} }},
		{"siblings each have a result", func(c *Conference, _ people, ids []string) { c.ChildResult(ids[1]).Category = "" },
			func(ids []string) []string {
				return []string{"child_results/" + ids[1] + "/category " + KeyChildResultMissing}
			}},
		{"a family-owned action", func(c *Conference, _ people, ids []string) {
			a := c.AddAction(Action{What: "Frühstück vorbereiten", OwnerID: ids[2], Due: c.Date.AddDays(1), ReportBack: "Familienhilfe"})
			c.Agree(a.ID, at(77))
			if !c.OwnedByFamily(*a) {
				t.Error("an action of the mother is not owned by the family")
			}
		}, none},
		{"a young person owns actions too", func(c *Conference, _ people, ids []string) {
			a := c.AddAction(Action{What: "Schulsozialarbeit aufsuchen", OwnerID: ids[1], Due: c.Date.AddDays(7), ReportBack: "Schule"})
			c.Agree(a.ID, at(77))
		}, none},
		{"an action informing someone unknown", func(c *Conference, _ people, _ []string) {
			c.Actions[0].Informs = "e99"
		}, func([]string) []string { return []string{"actions/a20/informs " + KeyInformsUnknown} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ps, ids := familyFixture(t)
			tc.change(c, ps, ids)
			want := slices.Sorted(slices.Values(tc.want(ids)))
			if got := problemSet(Validate(c)); !slices.Equal(got, want) {
				t.Errorf("Validate:\n got %q\nwant %q", got, want)
			}
		})
	}
}
