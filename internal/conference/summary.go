package conference

import "time"

// Summary is what a list of conferences needs to know about one of them.
// The store keeps it beside the full conference so that listing thousands
// of conferences never decodes a whole one.
type Summary struct {
	ID       ID      `json:"id"`
	Kind     Kind    `json:"kind"`
	CaseCode string  `json:"case_code"`
	Topic    string  `json:"topic"`
	Date     Date    `json:"date"`
	Status   Status  `json:"status"`
	Phase    PhaseID `json:"phase"`
	// OpenActions counts actions still to do; NextDue is the earliest due
	// date among them (zero when none has one).
	OpenActions int       `json:"open_actions"`
	NextDue     Date      `json:"next_due"`
	NextReview  Date      `json:"next_review"`
	UpdatedAt   time.Time `json:"updated_at"`
	// FollowUp marks a follow-up conference ("Folgekonferenz").
	FollowUp bool `json:"follow_up,omitempty"`
}

// Title is the case code or the topic, as Conference.Title.
func (s Summary) Title() string {
	c := Conference{Kind: s.Kind, CaseCode: s.CaseCode, Topic: s.Topic}
	return c.Title()
}

// Summary returns the list view of the conference.
func (c *Conference) Summary() Summary {
	s := Summary{
		ID: c.ID, Kind: c.Kind, CaseCode: c.CaseCode, Topic: c.Topic,
		Date: c.Date, Status: c.Status, Phase: c.CurrentPhase,
		NextReview: c.NextReview, UpdatedAt: c.UpdatedAt, FollowUp: c.FollowUpOf != "",
	}
	if !c.ReviewHeld.IsZero() {
		s.NextReview = Date{} // the review was held: nothing is due
	}
	closed := c.closing()
	for _, a := range c.Actions {
		if closed[a.ID] {
			continue
		}
		s.OpenActions++
		if !a.Due.IsZero() && (s.NextDue.IsZero() || a.Due.Before(s.NextDue)) {
			s.NextDue = a.Due
		}
	}
	return s
}

// Newer orders summaries newest first: by date, then by last change, then
// by ID so the order is total and stable.
func Newer(a, b Summary) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
		return c
	}
	switch {
	case a.ID < b.ID:
		return -1
	case a.ID > b.ID:
		return 1
	}
	return 0
}
