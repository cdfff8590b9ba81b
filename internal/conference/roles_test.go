package conference

import (
	"slices"
	"testing"
)

// TestCaseLeadRoleFillsTheResponsibility pins the bug where a participant
// with the role "case lead" left the closing's "case lead ⚠ missing":
// the role chosen in phase 1 is the responsibility.
func TestCaseLeadRoleFillsTheResponsibility(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.GoTo(PhaseClosing, at(80))
	lead := c.AddParticipant(Participant{Name: "Petra Albers", Roles: []string{RoleFacilitator, RoleCaseLead}}).ID
	r, ok := c.Responsible(RespCaseLead)
	if !ok || r.ParticipantID != lead {
		t.Fatalf("case lead %+v %v, want %s from the role", r, ok, lead)
	}
	for _, p := range Validate(c) {
		if p.Key == KeyResponsibilityMissed {
			t.Errorf("closing still misses the case lead: %v", p)
		}
	}
}

func TestAssigningTheCaseLeadMovesTheRole(t *testing.T) {
	t.Parallel()
	c := newCase()
	a := c.AddParticipant(Participant{Name: "A", Roles: []string{RoleCaseLead, RoleFacilitator}}).ID
	b := c.AddParticipant(Participant{Name: "B"}).ID
	c.SetResponsibility(RespCaseLead, b, "Vertretung ab 1.12.")
	if r, ok := c.Responsible(RespCaseLead); !ok || r.ParticipantID != b || r.Note != "Vertretung ab 1.12." {
		t.Errorf("case lead %+v", r)
	}
	if got := c.Participant(a).Roles; !slices.Equal(got, []string{RoleFacilitator}) {
		t.Errorf("A keeps roles %v, want only facilitator", got)
	}
	if !c.Participant(b).HasRole(RoleCaseLead) {
		t.Error("B is case lead without the role")
	}
	if !c.ClearResponsibility(RespCaseLead) || c.Participant(b).HasRole(RoleCaseLead) {
		t.Error("clearing the case lead left the role")
	}
	if _, ok := c.Responsible(RespCaseLead); ok || c.ClearResponsibility(RespCaseLead) {
		t.Error("a cleared case lead is still held")
	}
}

func TestSetRolesKeepsOneCaseLead(t *testing.T) {
	t.Parallel()
	c := newCase()
	a := c.AddParticipant(Participant{Name: "A", Roles: []string{RoleCaseLead}}).ID
	b := c.AddParticipant(Participant{Name: "B"}).ID
	c.SetRoles(b, []string{RoleCaseLead, RoleMinuteTaker})
	if c.Participant(a).HasRole(RoleCaseLead) {
		t.Error("two case leads")
	}
	if got := c.Participant(b).Roles; !slices.Equal(got, []string{RoleCaseLead, RoleMinuteTaker}) {
		t.Errorf("B's roles %v", got)
	}
	if r, _ := c.Responsible(RespCaseLead); r.ParticipantID != b {
		t.Errorf("case lead %q, want B", r.ParticipantID)
	}
}

// TestCaseLeadRecordedBeforeTheRoleStillCounts: a conference stored when
// the responsibility was a list entry of its own keeps its case lead.
func TestCaseLeadRecordedBeforeTheRoleStillCounts(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.AddParticipant(Participant{Name: "A"})
	b := c.AddParticipant(Participant{Name: "B"}).ID
	c.Responsibilities = []Responsibility{{Code: RespCaseLead, ParticipantID: b, Note: "seit 2025"}}
	if r, ok := c.Responsible(RespCaseLead); !ok || r.ParticipantID != b || r.Note != "seit 2025" {
		t.Errorf("case lead %+v %v", r, ok)
	}
}

func TestAssignRoleHasOneHolder(t *testing.T) {
	t.Parallel()
	c := newCase()
	a := c.AddParticipant(Participant{Name: "Petra Albers", Roles: []string{RoleFacilitator}}).ID
	b := c.AddParticipant(Participant{Name: "Jörg Müller"}).ID
	c.AssignRole(RoleFacilitator, b)
	if c.Participant(a).HasRole(RoleFacilitator) || !c.Participant(b).HasRole(RoleFacilitator) {
		t.Error("the facilitator role did not move")
	}
	c.AssignRole(RoleFacilitator, "")
	if len(c.ParticipantsWithRole(RoleFacilitator)) != 0 {
		t.Error("nobody should facilitate")
	}
	if p := c.ParticipantNamed(" joerg MUELLER "); p == nil || p.ID != b {
		t.Errorf("ParticipantNamed found %+v", p)
	}
	if c.ParticipantNamed("") != nil || c.ParticipantNamed("Jörg") != nil {
		t.Error("ParticipantNamed matches a part or nothing")
	}
}
