package conference

import (
	"slices"
	"testing"
)

// proposedFor returns the variants proposed for a recipient (participant
// or carer/child ID).
func proposedFor(list []Distribution, id string) []string {
	var out []string
	for _, d := range list {
		if d.ParticipantID == id || d.PersonID == id {
			out = append(out, d.Variant)
		}
	}
	return out
}

func TestDistributionIsProposedFromRolesAndLegalBases(t *testing.T) {
	t.Parallel()
	c, ps := fixture(t)
	c.Distribution = nil
	doctor := c.Participant(ps.doctor)
	doctor.Roles = append(doctor.Roles, RoleReporter)
	doctor.Report = Report{Profession: ProfessionDoctor, Involved: InvolvedYes}
	mother := c.AddCarer(Carer{Name: "Jana S.", Relationship: RelationshipMother, Custody: CustodySole})
	young := c.AddChild(Child{FirstName: "Mia", BirthYear: c.Date.Year - 7})
	teen := c.AddChild(Child{FirstName: "Leon", BirthYear: c.Date.Year - 15})
	baby := c.AddChild(Child{FirstName: "Ben", BirthYear: c.Date.Year - 1})
	got := c.ProposeDistribution()
	for _, tc := range []struct {
		who, what string
		want      []string
	}{
		{ps.lead, "a professional at the table", []string{MinutesFull}},
		{ps.adviser, "the specialist adviser (pseudonymised basis only)", []string{MinutesPseudonymised}},
		{ps.police, "someone who sent apologies", []string{MinutesNotice}},
		{ps.kita, "a reporter under § 8a Abs. 4", []string{MinutesFull}},
		{ps.doctor, "a reporting doctor", []string{MinutesFull, MinutesFeedback}},
		{ps.mother, "a family member at the table", nil},
		{mother.ID, "a carer", []string{MinutesFamily}},
		{young.ID, "a child of seven", []string{MinutesChild}},
		{teen.ID, "a young person", []string{MinutesFamily}},
		{baby.ID, "a baby", nil},
	} {
		if p := proposedFor(got, tc.who); !slices.Equal(p, tc.want) {
			t.Errorf("%s: proposed %v, want %v", tc.what, p, tc.want)
		}
	}
	for _, d := range got {
		c.AddDistribution(d)
	}
	if again := c.ProposeDistribution(); len(again) != 0 {
		t.Errorf("proposing again offers what the list holds: %v", again)
	}
}

func TestRecipientProblemsAreNamed(t *testing.T) {
	t.Parallel()
	c, ps := fixture(t)
	carer := c.AddCarer(Carer{Name: "Jana S.", Relationship: RelationshipMother})
	child := c.AddChild(Child{FirstName: "Mia", BirthYear: c.Date.Year - 7})
	for _, tc := range []struct {
		what string
		d    Distribution
		want string
	}{
		{"the family letter for a carer", Distribution{PersonID: carer.ID, Variant: MinutesFamily}, ""},
		{"the child's page for a child", Distribution{PersonID: child.ID, Variant: MinutesChild}, ""},
		{"the family letter for a professional", Distribution{ParticipantID: ps.kita, Variant: MinutesFamily}, KeyDistributionNotFamily},
		{"the child's page for a carer", Distribution{PersonID: carer.ID, Variant: MinutesChild}, KeyDistributionNotChild},
		{"feedback to a Kita", Distribution{ParticipantID: ps.kita, Variant: MinutesFeedback}, KeyDistributionNotEntitled},
		{"full minutes without a basis", Distribution{Recipient: "Polizei", Variant: MinutesFull}, KeyRecipientNoBasis},
		{"a notice without a basis", Distribution{Recipient: "Polizei", Variant: MinutesNotice}, KeyRecipientNoBasis},
		{"pseudonymised minutes without a basis", Distribution{Recipient: "Polizei", Variant: MinutesPseudonymised}, ""},
		{"full minutes with a basis", Distribution{ParticipantID: ps.school, Variant: MinutesFull}, ""},
	} {
		if got := c.RecipientProblem(tc.d); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.what, got, tc.want)
		}
	}
	c.AddDistribution(Distribution{ParticipantID: ps.kita, Variant: MinutesFeedback})
	if !hasProblem(Validate(c), KeyDistributionNotEntitled) {
		t.Error("Validate does not warn about a feedback to someone not owed it")
	}
}

func hasProblem(probs []Problem, key string) bool {
	return slices.ContainsFunc(probs, func(p Problem) bool { return p.Key == key })
}

func TestRecipientsAreFoundByIDOrName(t *testing.T) {
	t.Parallel()
	c, ps := fixture(t)
	carer := c.AddCarer(Carer{Name: "Jürgen Müller", Relationship: RelationshipFather})
	full := c.AddDistribution(Distribution{ParticipantID: ps.doctor, Variant: MinutesFull}).ID
	feedback := c.AddDistribution(Distribution{ParticipantID: ps.doctor, Variant: MinutesFeedback}).ID
	letter := c.AddDistribution(Distribution{PersonID: carer.ID, Variant: MinutesFamily}).ID
	for who, want := range map[string][]string{
		"dr. jonas weber": {full, feedback},
		ps.doctor:         {full, feedback},
		feedback:          {feedback},
		"Juergen Mueller": {letter},
		carer.ID:          {letter},
		"Polizei":         nil,
	} {
		if got := c.FindRecipient(who); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", who, got, want)
		}
	}
}

func TestMarkingTheFeedbackGivenSettlesTheDuty(t *testing.T) {
	t.Parallel()
	c, ps := fixture(t)
	doctor := c.Participant(ps.doctor)
	doctor.Roles = append(doctor.Roles, RoleReporter)
	doctor.Report = Report{Profession: ProfessionDoctor, Involved: InvolvedYes}
	id := c.AddDistribution(Distribution{ParticipantID: ps.doctor, Variant: MinutesFeedback}).ID
	day := c.Date.AddDays(3)
	if !c.MarkGiven(id, day, GivenPost) {
		t.Fatal("not marked")
	}
	if got := c.Participant(ps.doctor).Report.FeedbackGiven; got != day {
		t.Errorf("the reporter's feedback is given on %v, want %v", got, day)
	}
	if c.DistributionEntry(id).Open() {
		t.Error("the entry is still open")
	}
}

func TestOpenDutiesAreTheFeedbackOwedAndTheDocumentsNotGiven(t *testing.T) {
	t.Parallel()
	c, ps := fixture(t)
	doctor := c.Participant(ps.doctor)
	doctor.Roles = append(doctor.Roles, RoleReporter)
	doctor.Report = Report{Profession: ProfessionDoctor, Involved: InvolvedYes}
	feedback := c.AddDistribution(Distribution{ParticipantID: ps.doctor, Variant: MinutesFeedback}).ID
	notice := c.AddDistribution(Distribution{ParticipantID: ps.police, Variant: MinutesNotice}).ID
	given := c.AddDistribution(Distribution{ParticipantID: ps.school, Variant: MinutesFull}).ID
	c.MarkGiven(given, c.Date, GivenEmail)

	kinds := func() map[string]Duty {
		out := map[string]Duty{}
		for _, d := range c.OpenDuties() {
			out[d.Kind+"/"+d.ID] = d
		}
		return out
	}
	running := kinds()
	if len(running) != 1 {
		t.Fatalf("a running conference owes %v, want the feedback only", running)
	}
	fb, ok := running[DutyFeedback+"/"+ps.doctor]
	if !ok || fb.Due != c.Date.AddDays(FeedbackDays) || fb.OwnerID != ps.lead {
		t.Errorf("feedback duty %+v (found %v), want due in two weeks, owed by the case lead", fb, ok)
	}
	c.Close(at(90))
	closed := kinds()
	if _, ok := closed[DutyDistribution+"/"+notice]; !ok {
		t.Error("the notice not given is no duty")
	}
	if _, ok := closed[DutyDistribution+"/"+given]; ok {
		t.Error("a document given is still a duty")
	}
	if _, ok := closed[DutyDistribution+"/"+feedback]; ok {
		t.Error("the feedback is listed twice (as a document too)")
	}
	for _, d := range c.Distribution {
		if d.ID == "" {
			if _, ok := closed[DutyDistribution+"/"]; ok {
				t.Error("an entry from before the tracking is a duty")
			}
		}
	}
	c.SettleFeedback(ps.doctor, Date{}, "Praxis hat geschlossen")
	if _, ok := kinds()[DutyFeedback+"/"+ps.doctor]; ok {
		t.Error("a reason for not giving the feedback leaves the duty open")
	}
	if _, ok := kinds()[DutyDistribution+"/"+feedback]; ok {
		t.Error("the feedback declined still shows as a document to give")
	}
}
