package conference

import "time"

// Participant is a person at the table (or expected there).
type Participant struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// InstitutionType is a catalogue code ("asd", "kita", ...) or empty.
	InstitutionType string `json:"institution_type,omitempty"`
	// Institution is the named institution as people say it
	// ("Kita Sonnenblume"); free text.
	Institution string `json:"institution,omitempty"`
	Discipline  string `json:"discipline,omitempty"`
	// Roles are meeting-role codes; one person may hold several.
	Roles []string `json:"roles,omitempty"`
	// Family marks members of the family (parents, child, trusted person).
	// Relationship says who they are to the child ("Mutter"): the
	// pseudonymised minutes show it instead of the name.
	Family       bool   `json:"family,omitempty"`
	Relationship string `json:"relationship,omitempty"`

	Attendance string    `json:"attendance"`
	JoinedAt   time.Time `json:"joined_at,omitzero"`
	LeftAt     time.Time `json:"left_at,omitzero"`

	// LegalBases are the grounds on which the case is shared with this
	// person (see NeedsLegalBasis); several may apply.
	LegalBases []LegalBasis `json:"legal_bases,omitempty"`

	// Report records, for a reporting professional (RoleReporter), their
	// profession, whether they were involved in the risk assessment and
	// the feedback owed to them (reporter.go).
	Report Report `json:"report,omitzero"`
}

// HasRole reports whether p holds the meeting role.
func (p Participant) HasRole(role string) bool { return contains(p.Roles, role) }

// Present reports whether p is in the room now: present and not left.
func (p Participant) Present() bool {
	return p.Attendance == AttendancePresent && p.LeftAt.IsZero()
}

// AddParticipant appends a participant with a new ID and returns it.
func (c *Conference) AddParticipant(p Participant) *Participant {
	p.ID = c.NextID("p")
	if p.Attendance == "" {
		p.Attendance = AttendancePlanned
	}
	c.Participants = append(c.Participants, p)
	return &c.Participants[len(c.Participants)-1]
}

// Participant returns the participant with the ID, or nil.
func (c *Conference) Participant(id string) *Participant {
	for i := range c.Participants {
		if c.Participants[i].ID == id {
			return &c.Participants[i]
		}
	}
	return nil
}

// RemoveParticipant deletes a participant. References to them (speaker,
// owner, ...) stay as they are and show up in validation, so nothing said
// is silently re-attributed.
func (c *Conference) RemoveParticipant(id string) bool {
	for i := range c.Participants {
		if c.Participants[i].ID == id {
			c.Participants = append(c.Participants[:i], c.Participants[i+1:]...)
			c.Speaking.remove(id)
			return true
		}
	}
	return false
}

// Join records that the participant is present from now on. A participant
// who had left and comes back keeps the first join time and loses the
// leave time.
func (c *Conference) Join(id string, now time.Time) {
	p := c.Participant(id)
	if p == nil {
		return
	}
	p.Attendance = AttendancePresent
	if p.JoinedAt.IsZero() {
		p.JoinedAt = now
	}
	p.LeftAt = time.Time{}
}

// Leave records that the participant left now.
func (c *Conference) Leave(id string, now time.Time) {
	p := c.Participant(id)
	if p == nil {
		return
	}
	p.LeftAt = now
}

// ParticipantsWithRole returns those holding the role, in list order.
func (c *Conference) ParticipantsWithRole(role string) []Participant {
	var out []Participant
	for _, p := range c.Participants {
		if p.HasRole(role) {
			out = append(out, p)
		}
	}
	return out
}
