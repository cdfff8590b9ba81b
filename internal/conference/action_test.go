package conference

import (
	"slices"
	"strings"
	"testing"
)

// withOwner returns a running case conference with one participant (p1,
// Kita Sonnenblume) who can own actions.
func withOwner() (*Conference, string) {
	c := newCase()
	id := c.AddParticipant(Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume",
		Attendance: AttendancePresent}).ID
	c.Start(at(0))
	c.GoTo(PhaseActions, at(60))
	return c, id
}

// TestAgreeRefusesWhatIsNotBinding is the one table of the binding rule:
// what Agree refuses on is what BindingProblems and
// BindingProblemsByAction report (phase 6 and the read-back mark those
// gaps) and what Validate reports for the action.
func TestAgreeRefusesWhatIsNotBinding(t *testing.T) {
	tests := []struct {
		name   string
		action func(owner string) Action
		want   []string
	}{
		{"nothing filled in", func(string) Action { return Action{} },
			[]string{KeyActionDueMissing, KeyActionOwnerMissing, KeyActionReportMissing, KeyActionWhatMissing}},
		{"no owner", func(string) Action {
			return Action{What: "Hausbesuch", Due: DateOf(t0).AddDays(7), ReportBack: "Telefon"}
		}, []string{KeyActionOwnerMissing}},
		{"owner not at the table", func(string) Action {
			return Action{What: "Hausbesuch", OwnerID: "p99", Due: DateOf(t0).AddDays(7), ReportBack: "Telefon"}
		}, []string{KeyActionOwnerUnknown}},
		{"no due date", func(o string) Action {
			return Action{What: "Hausbesuch", OwnerID: o, ReportBack: "Telefon"}
		}, []string{KeyActionDueMissing}},
		{"due before the conference", func(o string) Action {
			return Action{What: "Hausbesuch", OwnerID: o, Due: DateOf(t0).AddDays(-1), ReportBack: "Telefon"}
		}, []string{KeyActionDueBefore}},
		{"no report-back", func(o string) Action {
			return Action{What: "Hausbesuch", OwnerID: o, Due: DateOf(t0).AddDays(7)}
		}, []string{KeyActionReportMissing}},
		{"nothing to do", func(o string) Action {
			return Action{OwnerID: o, Due: DateOf(t0).AddDays(7), ReportBack: "Telefon"}
		}, []string{KeyActionWhatMissing}},
		{"binding", func(o string) Action {
			return Action{What: "Hausbesuch", OwnerID: o, Due: DateOf(t0), ReportBack: "Telefon"}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, owner := withOwner()
			id := c.AddAction(tt.action(owner)).ID
			if got := problemKeys(c.BindingProblems(*c.Action(id))); !slices.Equal(got, tt.want) {
				t.Errorf("BindingProblems %v, want %v", got, tt.want)
			}
			if got := problemKeys(c.BindingProblemsByAction()[id]); !slices.Equal(got, tt.want) {
				t.Errorf("BindingProblemsByAction %v, want %v", got, tt.want)
			}
			var validated []Problem
			for _, p := range Validate(c) {
				if strings.HasPrefix(p.Path, "actions/"+id+"/") && p.Key != KeyActionNotConfirmed && p.Key != KeyFollowUpUnknown {
					validated = append(validated, p)
				}
			}
			if got := problemKeys(validated); !slices.Equal(got, tt.want) {
				t.Errorf("Validate %v, want %v", got, tt.want)
			}
			probs := c.Agree(id, at(70))
			if got := problemKeys(probs); !slices.Equal(got, tt.want) {
				t.Errorf("Agree problems %v, want %v", got, tt.want)
			}
			for _, p := range probs {
				if !strings.HasPrefix(p.Path, "actions/"+id+"/") {
					t.Errorf("problem path %q is not under actions/%s/", p.Path, id)
				}
			}
			if c.Action(id).Agreed != (tt.want == nil) {
				t.Errorf("agreed %v after problems %v", c.Action(id).Agreed, tt.want)
			}
		})
	}
}

func TestAgreeMarksACompleteAction(t *testing.T) {
	c, owner := withOwner()
	id := c.AddAction(Action{What: "Beobachtung dokumentieren", OwnerID: owner,
		Due: c.Date, ReportBack: "E-Mail an ASD"}).ID
	if probs := c.Agree(id, at(70)); probs != nil {
		t.Fatalf("Agree: %v", probs)
	}
	if !c.Action(id).Agreed {
		t.Error("action not agreed")
	}
	if got := problemKeys(c.Agree("a99", at(70))); !slices.Equal(got, []string{KeyActionUnknown}) {
		t.Errorf("Agree(a99) = %v", got)
	}
}

func TestActionInstitutionDefaultsToOwners(t *testing.T) {
	c, owner := withOwner()
	a := c.AddAction(Action{What: "x", OwnerID: owner})
	if a.Institution != "Kita Sonnenblume" {
		t.Errorf("institution %q, want the owner's", a.Institution)
	}
	b := c.AddAction(Action{What: "x", OwnerID: owner, Institution: "Träger Lichtblick"})
	if b.Institution != "Träger Lichtblick" {
		t.Errorf("explicit institution replaced by %q", b.Institution)
	}
	n := c.AddAction(Action{What: "x"})
	if n.Institution != "" {
		t.Errorf("action without owner got institution %q", n.Institution)
	}
}

// TestAgreementIsOneValue pins the bug where `y` in phase 6 showed ✓
// while the read-back counted "0 agreed": the yes of phase 6 and the yes
// of the read-back are one value, stamped once, taken back as one.
func TestAgreementIsOneValue(t *testing.T) {
	c, owner := withOwner()
	id := c.AddAction(Action{What: "Hausbesuch", OwnerID: owner, Due: DateOf(t0).AddDays(7), ReportBack: "Telefon"}).ID
	if got := c.Action(id).Agreement(); got.Given() || c.AwaitingAgreement() != 1 {
		t.Fatalf("new action: agreement %+v, awaiting %d", got, c.AwaitingAgreement())
	}
	if probs := c.Agree(id, at(70)); probs != nil { // phase 6
		t.Fatalf("Agree: %v", probs)
	}
	want := Agreement{State: AgreedHere, At: at(70)}
	if got := c.Action(id).Agreement(); got != want || c.AwaitingAgreement() != 0 {
		t.Errorf("after phase 6: %+v, awaiting %d; want %+v, 0", got, c.AwaitingAgreement(), want)
	}
	if probs := c.Agree(id, at(78)); probs != nil { // the read-back repeats the yes
		t.Fatalf("Agree again: %v", probs)
	}
	if got := c.Action(id).Agreement(); got != want {
		t.Errorf("the read-back moved the yes: %+v, want %+v", got, want)
	}
	c.GoTo(PhaseClosing, at(80))
	for _, p := range Validate(c) {
		if p.Key == KeyActionNotConfirmed {
			t.Errorf("closing finds an agreed action not agreed: %v", p)
		}
	}
	if !c.Withdraw(id) || c.Action(id).Agreement().Given() || c.AwaitingAgreement() != 1 {
		t.Errorf("withdrawn: %+v", c.Action(id).Agreement())
	}
	if c.Withdraw(id) || c.Withdraw("a99") {
		t.Error("Withdraw of an action not agreed reports true")
	}
}

func TestAgreeRefusesAnIncompleteActionWithoutStamping(t *testing.T) {
	c, owner := withOwner()
	id := c.AddAction(Action{What: "Hausbesuch", OwnerID: owner}).ID
	got := problemKeys(c.Agree(id, at(78)))
	if !slices.Equal(got, []string{KeyActionDueMissing, KeyActionReportMissing}) {
		t.Errorf("Agree problems %v", got)
	}
	if a := c.Action(id); a.Agreed || !a.AgreedAt.IsZero() {
		t.Error("incomplete action stamped as agreed")
	}
}

func TestCarriedActionCountsAsAgreedEarlierUntilAgreedAgain(t *testing.T) {
	c, owner := withOwner()
	id := c.AddAction(Action{What: "Hausbesuch", OwnerID: owner, Due: DateOf(t0).AddDays(7), ReportBack: "Telefon",
		CarriedFrom: "h3k8m2pq/a4"}).ID
	if got := c.Action(id).Agreement(); got.State != AgreedEarlier || !got.Given() {
		t.Errorf("carried action: %+v, want agreed earlier", got)
	}
	c.Agree(id, at(70))
	if got := c.Action(id).Agreement(); got.State != AgreedHere {
		t.Errorf("carried action agreed again: %+v", got)
	}
}

func TestOpenActionsCountsWhatIsStillToDo(t *testing.T) {
	c := newCase()
	for _, f := range []string{FollowUpOpen, FollowUpPartly, FollowUpDone, FollowUpNotDone, FollowUpObsolete, FollowUpOpen} {
		c.AddStatus(c.AddAction(Action{What: "x"}).ID, StatusEntry{Status: f})
	}
	if got := c.OpenActions(); got != 3 {
		t.Errorf("OpenActions = %d, want 3 (two open, one partly)", got)
	}
}

func TestResponsibilitiesHaveOneHolderEach(t *testing.T) {
	c := newCase()
	if _, ok := c.Responsible(RespCaseLead); ok {
		t.Error("case lead set on a new conference")
	}
	c.SetResponsibility(RespCaseLead, "p1", "")
	c.SetResponsibility(RespInformsFamily, "p1", "Telefonat")
	c.SetResponsibility(RespCaseLead, "p2", "Vertretung ab 1.12.")
	if len(c.Responsibilities) != 2 {
		t.Fatalf("responsibilities %v, want two", c.Responsibilities)
	}
	r, ok := c.Responsible(RespCaseLead)
	if !ok || r.ParticipantID != "p2" || r.Note != "Vertretung ab 1.12." {
		t.Errorf("case lead %+v", r)
	}
}

func TestParkRemembersPhaseOwnerAndTime(t *testing.T) {
	c, owner := withOwner()
	c.GoTo(PhasePerspectives, at(20))
	p := c.Park("Schulanmeldung", owner, at(21))
	if p.Phase != PhasePerspectives || p.OwnerID != owner || !p.At.Equal(at(21)) || p.ID == "" {
		t.Errorf("parked %+v", *p)
	}
	if len(c.Parked) != 1 {
		t.Errorf("parked list %v", c.Parked)
	}
}

func TestRemoveDeletesFromWhicheverListHoldsTheID(t *testing.T) {
	c, _ := fixture(t)
	counts := func() []int {
		return []int{len(c.Contributions), len(c.Chronology), len(c.Risks), len(c.ProtectiveFactors),
			len(c.ExistingSafety), len(c.Actions), len(c.Parked), len(c.Assessment.Dissent)}
	}
	before := counts()
	for i, id := range []string{
		c.Contributions[0].ID, c.Chronology[0].ID, c.Risks[0].ID, c.ProtectiveFactors[0].ID,
		c.ExistingSafety[0].ID, c.Actions[0].ID, c.Parked[0].ID, c.Assessment.Dissent[0].ID,
	} {
		if !c.Remove(id) {
			t.Errorf("Remove(%s) = false", id)
		}
		after := counts()
		for j := range after {
			want := before[j]
			if j <= i {
				want--
			}
			if after[j] != want {
				t.Errorf("after Remove(%s): list %d has %d entries, want %d", id, j, after[j], want)
			}
		}
	}
	step := c.AddSafetyStep(SafetyStep{What: "x"}).ID
	if !c.Remove(step) || len(c.ImmediateSafety.Steps) != 0 {
		t.Error("safety step not removed")
	}
	if c.Remove("zz") {
		t.Error("Remove(zz) = true")
	}
}

func TestJoinAndLeave(t *testing.T) {
	c := newCase()
	id := c.AddParticipant(Participant{Name: "Jana S.", Family: true}).ID
	if got := c.Participant(id).Attendance; got != AttendancePlanned {
		t.Errorf("new participant is %q, want planned", got)
	}
	c.Join(id, at(0))
	c.Leave(id, at(30))
	if c.Participant(id).Present() {
		t.Error("participant who left counts as present")
	}
	c.Join(id, at(70)) // comes back for the read-back
	p := c.Participant(id)
	if !p.Present() || !p.JoinedAt.Equal(at(0)) || !p.LeftAt.IsZero() {
		t.Errorf("after coming back: present %v joined %v left %v", p.Present(), p.JoinedAt, p.LeftAt)
	}
	c.Join("p99", at(1)) // ignored
	c.Leave("p99", at(1))
	if c.Participant("p99") != nil {
		t.Error("unknown participant appeared")
	}
}

func TestParticipantsWithRole(t *testing.T) {
	c, ps := fixture(t)
	got := c.ParticipantsWithRole(RoleFacilitator)
	if len(got) != 1 || got[0].ID != ps.lead || !got[0].HasRole(RoleCaseLead) {
		t.Errorf("facilitators %v", got)
	}
	if len(c.ParticipantsWithRole(RoleTimeKeeper)) != 0 {
		t.Error("time keeper found where there is none")
	}
}

func TestEntityIDsAreUniqueWithinAConference(t *testing.T) {
	c, _ := fixture(t)
	seen := map[string]bool{}
	check := func(id string) {
		if id == "" || seen[id] {
			t.Errorf("ID %q empty or repeated", id)
		}
		seen[id] = true
	}
	for _, p := range c.Participants {
		check(p.ID)
	}
	for _, x := range c.Contributions {
		check(x.ID)
	}
	for _, x := range c.Risks {
		check(x.ID)
	}
	for _, x := range c.Actions {
		check(x.ID)
	}
	for _, x := range c.Parked {
		check(x.ID)
	}
}
