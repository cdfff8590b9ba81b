package conference

import "testing"

func TestChildrenAndCarersAreRecordsOfTheConference(t *testing.T) {
	t.Parallel()
	c := newCase()
	mia := c.AddChild(Child{FirstName: "Mia", Initials: "M. S.", BirthYear: 2020}).ID
	tom := c.AddChild(Child{FirstName: "Tom", BirthYear: 2017, SeenOn: Date{Year: 2026, Month: 11, Day: 20}, SeenBy: "p1"}).ID
	mother := c.AddCarer(Carer{Name: "Jana Schulz", Relationship: RelationshipMother, Custody: CustodySole}).ID
	if mia == tom || mia == "" || mother == "" || mother == mia {
		t.Fatalf("IDs %q %q %q", mia, tom, mother)
	}
	if c.Child(mia).Seen() || !c.Child(tom).Seen() {
		t.Error("seen in person is not what was recorded")
	}
	if age, ok := c.Child(mia).AgeIn(2026); !ok || age != 6 {
		t.Errorf("age of Mia in 2026: %d %v", age, ok)
	}
	if _, ok := (Child{}).AgeIn(2026); ok {
		t.Error("an unknown year of birth gives an age")
	}
	if _, ok := (Child{BirthYear: 2030}).AgeIn(2026); ok {
		t.Error("a year of birth in the future gives an age")
	}
	if c.Carer(mother).Custody != CustodySole || c.Carer("e99") != nil || c.Child("k99") != nil {
		t.Error("lookup by ID")
	}
	if !c.Remove(tom) || !c.Remove(mother) || len(c.Children) != 1 || len(c.Carers) != 0 {
		t.Errorf("Remove: children %v, carers %v", c.Children, c.Carers)
	}
}

func TestValidateFindsGapsInTheFamilyRecords(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.Date = Date{Year: 2026, Month: 11, Day: 23}
	c.AddChild(Child{FirstName: "Mia", BirthYear: 2020, SeenOn: c.Date, SeenBy: "p1"})
	nameless := c.AddChild(Child{BirthYear: 2019}).ID
	future := c.AddChild(Child{Initials: "T. S.", BirthYear: 2027}).ID
	unseen := c.AddChild(Child{FirstName: "Ben", SeenOn: c.Date}).ID
	c.AddCarer(Carer{Name: "Jana Schulz", Relationship: RelationshipMother, Custody: CustodyJoint})
	odd := c.AddCarer(Carer{Relationship: "aunt", Custody: "half"}).ID
	want := map[string]string{
		"children/" + nameless + "/first_name": KeyChildNameMissing,
		"children/" + future + "/birth_year":   KeyChildBirthYear,
		"children/" + unseen + "/seen_by":      KeyChildSeenByMissing,
		"carers/" + odd + "/name":              KeyCarerNameMissing,
		"carers/" + odd + "/relationship":      KeyRelationshipUnknown,
		"carers/" + odd + "/custody":           KeyCustodyUnknown,
	}
	got := map[string]string{}
	for _, p := range Validate(c) {
		if len(p.Path) > 9 && (p.Path[:9] == "children/" || p.Path[:7] == "carers/") {
			got[p.Path] = p.Key
		}
	}
	for path, key := range want {
		if got[path] != key {
			t.Errorf("%s: %q, want %q", path, got[path], key)
		}
	}
	for path := range got {
		if _, ok := want[path]; !ok {
			t.Errorf("unexpected problem at %s", path)
		}
	}
}

func TestFollowUpKeepsTheChildrenAndCarers(t *testing.T) {
	t.Parallel()
	prev := newCase()
	mia := prev.AddChild(Child{FirstName: "Mia", BirthYear: 2020, SeenOn: Date{Year: 2026, Month: 11, Day: 20}, SeenBy: "p1"}).ID
	mother := prev.AddCarer(Carer{Name: "Jana Schulz", Relationship: RelationshipMother, Custody: CustodySole}).ID
	c := NewFollowUp(prev, "f3wup7ka", t0.AddDate(0, 0, 42))
	if ch := c.Child(mia); ch == nil || ch.FirstName != "Mia" || !ch.Seen() {
		t.Errorf("child in the follow-up: %+v", ch)
	}
	if p := c.Carer(mother); p == nil || p.Custody != CustodySole {
		t.Errorf("carer in the follow-up: %+v", p)
	}
	c.Children[0].FirstName = "Mila"
	if prev.Children[0].FirstName != "Mia" {
		t.Error("the follow-up shares its children with the conference before")
	}
}
