package conference

import (
	"slices"
	"time"
)

// NewFollowUp starts the next conference of the case prev belongs to: the
// same kind, case code or topic, legal basis and family participation;
// everyone invited again (planned, not yet present); the responsibilities
// as they were; and one review per action of prev, for the review phase
// that follows the opening. An action already done or obsolete is reviewed
// with that status (and its note), so the minutes list every action agreed
// last time; every other action waits for the meeting's review, where one
// not done can be carried forward.
//
// Participants keep their IDs, so responsibilities and reviewed owners
// still name the right people; Seq continues from prev's so that new
// entities never reuse an ID.
func NewFollowUp(prev *Conference, id ID, now time.Time) *Conference {
	c := New(id, prev.Kind, now)
	c.CaseCode, c.Topic = prev.CaseCode, prev.Topic
	c.LegalBasis = prev.LegalBasis
	c.Family = prev.Family
	c.FollowUpOf = prev.ID
	c.Seq = prev.Seq
	c.Phases = slices.Insert(c.Phases, phaseIndex(c.Phases, PhaseOpening)+1, defaultPhase(PhaseReview))

	for _, p := range prev.Participants {
		p.Roles = slices.Clone(p.Roles)
		p.Attendance = AttendancePlanned
		p.JoinedAt, p.LeftAt = time.Time{}, time.Time{}
		c.Participants = append(c.Participants, p)
	}
	c.Responsibilities = slices.Clone(prev.Responsibilities)

	for _, a := range prev.Actions {
		r := ActionReview{
			ActionID: a.ID, What: a.What, OwnerID: a.OwnerID, Institution: a.Institution,
			Due: a.Due, ReportBack: a.ReportBack, IfNotDone: a.IfNotDone,
		}
		if settled(a.FollowUp) {
			// Already done or obsolete (the tracker, say): the review
			// says so at once, with the note recorded then.
			r.Status, r.Note = a.FollowUp, a.FollowUpNote
		}
		if p := prev.Participant(a.OwnerID); p != nil {
			r.OwnerName = p.Name
		}
		c.Reviews = append(c.Reviews, r)
	}
	return c
}

// settled reports whether a follow-up status needs no review in the room.
func settled(status string) bool {
	return status == FollowUpDone || status == FollowUpObsolete
}

// phaseIndex returns the position of the phase in list, or -1.
func phaseIndex(list []PhaseRecord, id PhaseID) int {
	return slices.IndexFunc(list, func(r PhaseRecord) bool { return r.ID == id })
}
