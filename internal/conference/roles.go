package conference

import (
	"slices"
	"strings"

	"kofa/internal/textfold"
)

// Meeting roles and the case's responsibilities are one source. The case
// lead is a meeting role (choosing someone as case lead in phase 1) and a
// responsibility of the case (the closing's list, the minutes' table of
// responsibilities); the role is the one stored fact, and the
// responsibility reads it. Assigning the responsibility moves the role.
// The responsibility's entry keeps only its note.

// roleOfResponsibility maps a responsibility to the meeting role that is
// the same fact.
var roleOfResponsibility = map[string]string{RespCaseLead: RoleCaseLead}

// SetResponsibility assigns a responsibility (one holder per code). For a
// responsibility that is a meeting role (the case lead), the role moves
// to participantID.
func (c *Conference) SetResponsibility(code, participantID, note string) {
	r := Responsibility{Code: code, ParticipantID: participantID, Note: note}
	if role, ok := roleOfResponsibility[code]; ok {
		if c.Participant(participantID) != nil {
			r.ParticipantID = "" // the role says who
		} else {
			participantID = "" // nobody at the table: the entry names them
		}
		c.giveRole(role, participantID)
	}
	for i := range c.Responsibilities {
		if c.Responsibilities[i].Code == code {
			c.Responsibilities[i] = r
			return
		}
	}
	c.Responsibilities = append(c.Responsibilities, r)
}

// ClearResponsibility takes a responsibility away again (and for the case
// lead, the role with it). It reports whether anyone held it.
func (c *Conference) ClearResponsibility(code string) bool {
	_, held := c.Responsible(code)
	if role, ok := roleOfResponsibility[code]; ok {
		c.giveRole(role, "")
	}
	c.Responsibilities = slices.DeleteFunc(c.Responsibilities, func(r Responsibility) bool { return r.Code == code })
	return held
}

// Responsible returns the holder of a responsibility, if set. The case
// lead is the first participant holding the role; an entry recorded
// before the role was the source (a holder without the role) still
// counts when nobody holds it.
func (c *Conference) Responsible(code string) (Responsibility, bool) {
	stored, found := Responsibility{}, false
	for _, r := range c.Responsibilities {
		if r.Code == code {
			stored, found = r, true
			break
		}
	}
	role, isRole := roleOfResponsibility[code]
	if !isRole {
		return stored, found
	}
	for _, p := range c.Participants {
		if p.HasRole(role) {
			return Responsibility{Code: code, ParticipantID: p.ID, Note: stored.Note, Copied: stored.Copied}, true
		}
	}
	return stored, found && stored.ParticipantID != ""
}

// SetRoles gives the participant its meeting roles. A role only one person
// can hold (the case lead) is taken from whoever held it before.
func (c *Conference) SetRoles(participantID string, roles []string) {
	p := c.Participant(participantID)
	if p == nil {
		return
	}
	for _, role := range roleOfResponsibility {
		if slices.Contains(roles, role) {
			c.giveRole(role, participantID)
		}
	}
	p.Roles = slices.Clone(roles)
}

// giveRole makes participantID the only holder of role ("" for nobody).
func (c *Conference) giveRole(role, participantID string) {
	for i := range c.Participants {
		p := &c.Participants[i]
		has := p.HasRole(role)
		switch {
		case p.ID == participantID && !has:
			p.Roles = append(slices.Clone(p.Roles), role)
		case p.ID != participantID && has:
			p.Roles = slices.DeleteFunc(slices.Clone(p.Roles), func(r string) bool { return r == role })
		}
	}
}

// AssignRole makes participantID the only holder of a meeting role ("":
// nobody), as the opening's question who facilitates and who takes the
// minutes does. For the case lead, it is the responsibility too.
func (c *Conference) AssignRole(role, participantID string) { c.giveRole(role, participantID) }

// ParticipantNamed returns the participant with the name (SameName), or
// nil.
func (c *Conference) ParticipantNamed(name string) *Participant {
	for i := range c.Participants {
		if SameName(c.Participants[i].Name, name) {
			return &c.Participants[i]
		}
	}
	return nil
}

// SameName reports whether a and b name the same person, in any case,
// accent or umlaut spelling ("petra albers", "Petra Älbers"); an empty
// name is nobody's.
func SameName(a, b string) bool {
	fa := textfold.Digraph(strings.TrimSpace(a))
	return fa != "" && fa == textfold.Digraph(strings.TrimSpace(b))
}
