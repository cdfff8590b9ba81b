package conference

import "time"

// An action's agreement is one fact with one value: the owner's yes, given
// in the room, in phase 6 (`y`) or at the read-back of the closing. Every
// screen and every export asks Action.Agreement and nothing else, so phase
// 6, the read-back, the minutes, the tasks extract and the follow-up list
// cannot disagree about it.

// AgreementState says whether an action is agreed.
type AgreementState uint8

const (
	// NotAgreed: the owner has not said yes (yet).
	NotAgreed AgreementState = iota
	// AgreedHere: the owner said yes at this conference.
	AgreedHere
	// AgreedEarlier: the action was carried forward from an earlier
	// conference, where it was agreed, and has not been agreed again.
	AgreedEarlier
)

// MessageKey is the message key of the words for the state ("zugesagt",
// "nicht zugesagt", "aus früherer Konferenz übernommen"): every screen and
// export words it alike.
func (s AgreementState) MessageKey() string {
	switch s {
	case AgreedHere:
		return "agreement.given"
	case AgreedEarlier:
		return "agreement.earlier"
	}
	return "agreement.not_given"
}

// Agreement is an action's agreement as kofa shows it.
type Agreement struct {
	State AgreementState
	// At is when the owner said yes; zero when not agreed here, and in
	// records from before kofa stamped the yes of phase 6.
	At time.Time
}

// Given reports whether the action counts as agreed: here or at an
// earlier conference.
func (g Agreement) Given() bool { return g.State != NotAgreed }

// Agreement returns the action's agreement.
func (a Action) Agreement() Agreement {
	switch {
	case a.Agreed:
		return Agreement{State: AgreedHere, At: a.AgreedAt}
	case a.CarriedFrom != "":
		return Agreement{State: AgreedEarlier}
	}
	return Agreement{}
}

// Agree records the owner's yes at now. It refuses, returning the
// problems, when the action lacks what makes it binding. An action agreed
// already keeps the time of its first yes: reading it back at the closing
// repeats the yes, it does not move it.
func (c *Conference) Agree(id string, now time.Time) []Problem {
	a := c.Action(id)
	if a == nil {
		return []Problem{{Path: "actions/" + id, Key: KeyActionUnknown}}
	}
	if probs := bindingProblems(c, *a, "actions/"+id); len(probs) > 0 {
		return probs
	}
	if !a.Agreed {
		a.Agreed, a.AgreedAt = true, now
	}
	return nil
}

// Withdraw takes the owner's yes back: a mistaken mark, or an edit that
// left the action no longer binding. It reports whether the action was
// agreed.
func (c *Conference) Withdraw(id string) bool {
	a := c.Action(id)
	if a == nil || !a.Agreed {
		return false
	}
	a.Agreed, a.AgreedAt = false, time.Time{}
	return true
}

// AwaitingAgreement counts the actions still waiting for their owner's
// yes.
func (c *Conference) AwaitingAgreement() int {
	n := 0
	for _, a := range c.Actions {
		if !a.Agreement().Given() {
			n++
		}
	}
	return n
}
