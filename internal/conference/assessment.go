package conference

import "time"

// Rating is one participant's own assessment, given before the group
// agrees: the spread is itself information.
type Rating struct {
	ParticipantID string `json:"participant_id"`
	Category      string `json:"category,omitempty"`
	// Scale is the safety scale 0-10; nil when not given.
	Scale *int      `json:"scale,omitempty"`
	At    time.Time `json:"at"`
}

// Assessment is the agreed result of the conference.
type Assessment struct {
	Category  string    `json:"category,omitempty"`
	HarmForms []string  `json:"harm_forms,omitempty"`
	Dissent   []Dissent `json:"dissent,omitempty"`
	Note      string    `json:"note,omitempty"`
}

// Dissent records who does not share the agreed result (or one agreed
// action), why, and how it was resolved. A carer can dissent too.
type Dissent struct {
	ID            string `json:"id"`
	ParticipantID string `json:"participant_id"`
	Reason        string `json:"reason"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
	// ActionID names the action the dissent concerns; empty for the
	// result of the risk assessment.
	ActionID string `json:"action_id,omitempty"`
	// Resolution is how the dissent was worked through (DissentOffice-
	// Decides, DissentEscalation, DissentStands); Note says more.
	Resolution string `json:"resolution,omitempty"`
	Note       string `json:"note,omitempty"`
}

// How a dissent was resolved.
const (
	// DissentOfficeDecides: the youth-welfare office, which holds the
	// case responsibility, decided.
	DissentOfficeDecides = "office_decides"
	// DissentEscalation: an escalation (to the team lead, the
	// institutions' leads) was agreed.
	DissentEscalation = "escalation"
	// DissentStands: the dissent stands and is recorded as such.
	DissentStands = "stands"
)

// DissentResolutions lists the resolutions in display order.
var DissentResolutions = []string{DissentOfficeDecides, DissentEscalation, DissentStands}

// ImmediateSafety (phase 5a) records what happens within hours after an
// acute result.
type ImmediateSafety struct {
	Steps []SafetyStep `json:"steps,omitempty"`
	// InformsFamily is the participant who informs the family.
	InformsFamily string `json:"informs_family,omitempty"`
	Note          string `json:"note,omitempty"`
}

// SafetyStep is one immediate protective step.
type SafetyStep struct {
	ID    string `json:"id"`
	What  string `json:"what"`
	Who   string `json:"who,omitempty"`
	Until string `json:"until,omitempty"` // "HH:MM" today, or free text ("heute 16 Uhr")
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
}

// SafetyScaleMax is the top of the safety scale.
const SafetyScaleMax = 10

// SetRating records (or replaces) a participant's own rating.
func (c *Conference) SetRating(r Rating) { setRating(&c.Ratings, r) }

// RatingOf returns the participant's rating, if given.
func (c *Conference) RatingOf(participantID string) (Rating, bool) {
	return ratingOf(c.Ratings, participantID)
}

// AddDissent records a dissent.
func (c *Conference) AddDissent(d Dissent) *Dissent {
	d.ID = c.NextID("d")
	c.Assessment.Dissent = append(c.Assessment.Dissent, d)
	return &c.Assessment.Dissent[len(c.Assessment.Dissent)-1]
}

// AddSafetyStep records an immediate protective step.
func (c *Conference) AddSafetyStep(s SafetyStep) *SafetyStep {
	s.ID = c.NextID("i")
	c.ImmediateSafety.Steps = append(c.ImmediateSafety.Steps, s)
	return &c.ImmediateSafety.Steps[len(c.ImmediateSafety.Steps)-1]
}

// NeedsContingency reports whether the result requires a crisis and
// protection plan.
func (c *Conference) NeedsContingency() bool {
	return c.Assessment.Category == CategoryAcute || c.Assessment.Category == CategoryLatent
}
