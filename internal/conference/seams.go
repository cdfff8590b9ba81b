package conference

import (
	"slices"
	"time"
)

// The cooperation check (Kooperations-Check) is a short look back at the
// end of a case conference, part of the closing and about 30 seconds
// long: for the seams where cooperation around a child breaks most often,
// did it hold this time? yes, partly or no, and a note where it helps.
// Nobody is named; the report across cases (internal/report) counts the
// answers, never the notes.

// The seams the check asks about, in the order it asks.
const (
	// SeamInformation: the information reached everyone in time.
	SeamInformation = "information"
	// SeamPeople: the right people were there.
	SeamPeople = "people"
	// SeamRoles: the roles were clear.
	SeamRoles = "roles"
	// SeamFeedback: the reporting professional got feedback.
	SeamFeedback = "feedback"
	// SeamFamily: the family took part.
	SeamFamily = "family"
)

// Answers of the check.
const (
	SeamYes    = "yes"
	SeamPartly = "partly"
	SeamNo     = "no"
)

// Code lists of the check, in display order.
var (
	Seams       = []string{SeamInformation, SeamPeople, SeamRoles, SeamFeedback, SeamFamily}
	SeamAnswers = []string{SeamYes, SeamPartly, SeamNo}
)

// CooperationCheck is the check as answered. A seam not answered has no
// entry; Skipped records that the facilitator passed the check over.
type CooperationCheck struct {
	Answers []SeamAnswer `json:"answers,omitempty"`
	Skipped bool         `json:"skipped,omitempty"`
	// At is when it was last answered or skipped.
	At time.Time `json:"at,omitzero"`
}

// SeamAnswer is the answer for one seam.
type SeamAnswer struct {
	Seam   string `json:"seam"`
	Answer string `json:"answer"`
	Note   string `json:"note,omitempty"`
}

// Answered reports whether any seam was answered.
func (k CooperationCheck) Answered() bool { return len(k.Answers) > 0 }

// Answer returns the answer for seam.
func (k CooperationCheck) Answer(seam string) (SeamAnswer, bool) {
	i := slices.IndexFunc(k.Answers, func(a SeamAnswer) bool { return a.Seam == seam })
	if i < 0 {
		return SeamAnswer{}, false
	}
	return k.Answers[i], true
}

// SetSeam records the answer (and note) for seam at now; an empty answer
// and note take the seam's entry back. An unknown seam or answer is
// refused. Answering ends a skip.
func (c *Conference) SetSeam(seam, answer, note string, now time.Time) bool {
	if !contains(Seams, seam) || answer != "" && !contains(SeamAnswers, answer) {
		return false
	}
	k := &c.CooperationCheck
	i := slices.IndexFunc(k.Answers, func(a SeamAnswer) bool { return a.Seam == seam })
	switch {
	case answer == "" && note == "":
		if i >= 0 {
			k.Answers = slices.Delete(k.Answers, i, i+1)
		}
	case i >= 0:
		k.Answers[i].Answer, k.Answers[i].Note = answer, note
	default:
		k.Answers = append(k.Answers, SeamAnswer{Seam: seam, Answer: answer, Note: note})
		// Kept in the order the check asks, whatever the order answered.
		slices.SortStableFunc(k.Answers, func(a, b SeamAnswer) int {
			return slices.Index(Seams, a.Seam) - slices.Index(Seams, b.Seam)
		})
	}
	k.Skipped = false
	k.At = now
	return true
}

// SkipCheck records that the check was passed over (answers given stay).
func (c *Conference) SkipCheck(now time.Time) {
	c.CooperationCheck.Skipped = true
	c.CooperationCheck.At = now
}

// HasCheck reports whether the conference asks the cooperation check in
// its closing: a case conference does; a network meeting looks at
// cooperation in its own phases, and a handover has its confirmation.
func (c *Conference) HasCheck() bool { return c.Kind == KindCase }
