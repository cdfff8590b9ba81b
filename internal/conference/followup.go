package conference

import (
	"slices"
	"time"
)

// NewFollowUp starts the next conference of the case prev belongs to: the
// same kind, case code or topic and family participation;
// everyone invited again (planned, not yet present); the responsibilities
// as they were, marked as copied until the review confirms them; what was
// known (chronology, worries, protective factors, result) to look at and
// take over item by item; and one review per action of prev, for the
// review phase that follows the opening. An action already settled (done,
// not done, obsolete, carried forward) is reviewed with that status and
// its note, so the minutes list every action agreed last time; every other
// action waits for the meeting's review, where one not done can be
// carried forward. Each review carries the action's history.
//
// A network meeting's follow-up is its next meeting: on the date agreed
// for it (when that is still ahead), with the agenda items left open and
// the topics parked carried forward (nextMeeting).
//
// Participants keep their IDs, so responsibilities and reviewed owners
// still name the right people; Seq continues from prev's so that new
// entities never reuse an ID.
func NewFollowUp(prev *Conference, id ID, now time.Time) *Conference {
	c := New(id, prev.Kind, now)
	c.CaseCode, c.Topic = prev.CaseCode, prev.Topic
	c.Family = prev.Family
	c.FollowUpOf = prev.ID
	c.Predecessor = Predecessor{Date: prev.Date, Title: prev.Title()}
	c.Seq = prev.Seq
	c.Phases = slices.Insert(c.Phases, phaseIndex(c.Phases, PhaseOpening)+1, defaultPhase(PhaseReview))

	for _, p := range prev.Participants {
		p.Roles = slices.Clone(p.Roles)
		p.LegalBases = slices.Clone(p.LegalBases) // each keeps their basis
		p.Attendance = AttendancePlanned
		p.JoinedAt, p.LeftAt = time.Time{}, time.Time{}
		c.Participants = append(c.Participants, p)
	}
	// The family is the same family: children and carers keep their IDs
	// (and a child's last seeing in person stays until a newer one).
	c.Children, c.Carers = slices.Clone(prev.Children), slices.Clone(prev.Carers)
	for _, r := range prev.Responsibilities {
		r.Copied = true
		c.Responsibilities = append(c.Responsibilities, r)
	}
	c.Previous = previousOf(prev)

	for _, a := range prev.Actions {
		r := ActionReview{
			ActionID: a.ID, What: a.What, OwnerID: a.OwnerID, Institution: a.Institution,
			Due: a.Due, ReportBack: a.ReportBack, IfNotDone: a.IfNotDone, Item: a.Item,
		}
		if e, ok := prev.Latest(a.ID); ok && e.Closes() {
			// Already settled (the follow-up list, say): the review
			// says so at once, with the note recorded then.
			r.Status, r.Note = e.Status, e.Note
		}
		if p := prev.Participant(a.OwnerID); p != nil {
			r.OwnerName = p.Name
		}
		c.Reviews = append(c.Reviews, r)
	}
	if c.Kind == KindNetwork {
		c.nextMeeting(prev, now)
	}
	return c
}

// phaseIndex returns the position of the phase in list, or -1.
func phaseIndex(list []PhaseRecord, id PhaseID) int {
	return slices.IndexFunc(list, func(r PhaseRecord) bool { return r.ID == id })
}

// Predecessor names the conference a follow-up follows in words that stay
// readable after it is deleted: its date and case code (or topic).
type Predecessor struct {
	Date  Date   `json:"date"`
	Title string `json:"title,omitempty"`
}

// PreviousHistory returns the status history of the previous
// conference's action as it stood when this follow-up was started.
func (c *Conference) PreviousHistory(actionID string) []StatusEntry {
	if c.Previous == nil {
		return nil
	}
	var out []StatusEntry
	for _, s := range c.Previous.StatusLog {
		if s.ActionID == actionID {
			out = append(out, s.StatusEntry)
		}
	}
	return out
}

// RefreshPrevious updates, in follow-up c not held yet, what it knows of
// action actionID of prev (the conference it follows) after a status was
// recorded for it there: the action's history, and, when the action is now
// settled and the review has said nothing yet, the review's status and
// note (as NewFollowUp sets them). It reports whether anything changed.
func (c *Conference) RefreshPrevious(prev *Conference, actionID string) bool {
	r := c.Review(actionID)
	if c.FollowUpOf != prev.ID || r == nil {
		return false
	}
	changed := false
	if now := prev.History(actionID); !slices.Equal(c.PreviousHistory(actionID), now) {
		if c.Previous == nil {
			c.Previous = &Previous{}
		}
		log := slices.DeleteFunc(c.Previous.StatusLog, func(s ActionStatus) bool { return s.ActionID == actionID })
		for _, e := range now {
			log = append(log, ActionStatus{ActionID: actionID, StatusEntry: e})
		}
		c.Previous.StatusLog = log
		changed = true
	}
	if e, ok := prev.Latest(actionID); ok && e.Closes() && e.In != c.ID && r.Status == FollowUpOpen && r.CarriedTo == "" {
		r.Status, r.Note = e.Status, e.Note
		changed = true
	}
	return changed
}

// Previous is what the previous conference knew, copied into its
// follow-up so the review starts from it (and reads on its own when the
// previous conference is deleted). It is shown read-only; TakeOver copies
// an item into the follow-up's own lists.
type Previous struct {
	Chronology        []ChronologyEntry `json:"chronology,omitempty"`
	Risks             []RiskEntry       `json:"risks,omitempty"`
	ProtectiveFactors []Strength        `json:"protective_factors,omitempty"`
	ExistingSafety    []Strength        `json:"existing_safety,omitempty"`
	Category          string            `json:"category,omitempty"`
	HarmForms         []string          `json:"harm_forms,omitempty"`
	Result            string            `json:"result,omitempty"`
	// StatusLog is the status history of the previous conference's
	// actions when the follow-up was started (marked done in the
	// follow-up list, say), shown in the review.
	StatusLog []ActionStatus `json:"status_log,omitempty"`
	// Taken lists the items taken over, as "<list>/<id>" (TakeOver).
	Taken []string `json:"taken,omitempty"`
}

// Empty reports whether there is nothing to show.
func (p *Previous) Empty() bool {
	return p == nil || len(p.Chronology)+len(p.Risks)+len(p.ProtectiveFactors)+len(p.ExistingSafety)+len(p.StatusLog) == 0 &&
		p.Category == "" && p.Result == "" && len(p.HarmForms) == 0
}

func previousOf(prev *Conference) *Previous {
	p := &Previous{
		Chronology:        slices.Clone(prev.Chronology),
		Risks:             slices.Clone(prev.Risks),
		ProtectiveFactors: slices.Clone(prev.ProtectiveFactors),
		ExistingSafety:    slices.Clone(prev.ExistingSafety),
		Category:          prev.Assessment.Category,
		HarmForms:         slices.Clone(prev.Assessment.HarmForms),
		Result:            prev.Assessment.Note,
		StatusLog:         slices.Clone(prev.StatusLog),
	}
	if p.Empty() {
		return nil
	}
	return p
}
