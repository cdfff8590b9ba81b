package conference

import "slices"

// CrisisEntry is one entry of the crisis and protection plan (Krisen- und
// Schutzplan): if this happens, who does what, by when, up to calling in
// the family court (§ 8a Abs. 2 SGB VIII).
type CrisisEntry struct {
	ID string `json:"id"`
	// If is what sets the entry off ("the child comes hungry two days
	// running"); empty for the plan kofa kept as one text before.
	If   string `json:"if,omitempty"`
	What string `json:"what"`
	// WhoID is the participant who acts; Who names someone not at the
	// table (the ASD's out-of-hours service).
	WhoID string `json:"who_id,omitempty"`
	Who   string `json:"who,omitempty"`
	// By says by when, as said in the room ("the same day", "within 24
	// hours").
	By string `json:"by,omitempty"`
	// FamilyCourt marks the step of calling in the family court.
	FamilyCourt bool `json:"family_court,omitempty"`
	// ActionID attaches the entry to one agreed action: what happens if
	// that action is not done. Empty for the plan as a whole.
	ActionID string `json:"action_id,omitempty"`
	// Identifying: see Contribution.Identifying.
	Identifying bool `json:"identifying,omitempty"`
}

// AddCrisisEntry appends an entry to the crisis and protection plan.
func (c *Conference) AddCrisisEntry(e CrisisEntry) *CrisisEntry {
	e.ID = c.NextID("k")
	c.CrisisPlan = append(c.CrisisPlan, e)
	return &c.CrisisPlan[len(c.CrisisPlan)-1]
}

// CrisisEntry returns the entry with the ID, or nil.
func (c *Conference) CrisisEntry(id string) *CrisisEntry {
	for i := range c.CrisisPlan {
		if c.CrisisPlan[i].ID == id {
			return &c.CrisisPlan[i]
		}
	}
	return nil
}

// CrisisEntriesFor returns the entries attached to the action, in order.
func (c *Conference) CrisisEntriesFor(actionID string) []CrisisEntry {
	var out []CrisisEntry
	for _, e := range c.CrisisPlan {
		if e.ActionID == actionID {
			out = append(out, e)
		}
	}
	return out
}

// HasCrisisPlan reports whether the plan holds any entry.
func (c *Conference) HasCrisisPlan() bool { return len(c.CrisisPlan) > 0 }

// Answer links a worry to what answers it: an agreed action or an entry
// of the crisis and protection plan (one of ActionID, CrisisID). The links
// live beside the lists rather than in them, so an action stays a plain
// comparable value.
type Answer struct {
	RiskID   string `json:"risk_id"`
	ActionID string `json:"action_id,omitempty"`
	CrisisID string `json:"crisis_id,omitempty"`
}

// answerer is the ID of what answers, whichever kind it is.
func (a Answer) answerer() string { return a.ActionID + a.CrisisID }

// SetAnswered records the worries (risk IDs) an action or a crisis-plan
// entry (by its ID) answers, replacing what it answered before.
func (c *Conference) SetAnswered(id string, riskIDs []string) {
	c.Answers = slices.DeleteFunc(c.Answers, func(a Answer) bool { return a.answerer() == id })
	for _, r := range riskIDs {
		a := Answer{RiskID: r}
		if c.CrisisEntry(id) != nil {
			a.CrisisID = id
		} else {
			a.ActionID = id
		}
		c.Answers = append(c.Answers, a)
	}
}

// Answered lists the worries (risk IDs) an action or crisis-plan entry
// answers, in the order they were linked.
func (c *Conference) Answered(id string) []string {
	var out []string
	for _, a := range c.Answers {
		if a.answerer() == id {
			out = append(out, a.RiskID)
		}
	}
	return out
}

// AnswersTo lists what answers the worry with the ID: actions first, then
// crisis-plan entries, each in list order.
func (c *Conference) AnswersTo(riskID string) []Answer {
	var out []Answer
	linked := func(id string) bool {
		return slices.ContainsFunc(c.Answers, func(a Answer) bool { return a.RiskID == riskID && a.answerer() == id })
	}
	for _, a := range c.Actions {
		if linked(a.ID) {
			out = append(out, Answer{RiskID: riskID, ActionID: a.ID})
		}
	}
	for _, e := range c.CrisisPlan {
		if linked(e.ID) {
			out = append(out, Answer{RiskID: riskID, CrisisID: e.ID})
		}
	}
	return out
}

// UnansweredWeighty lists the weighty indications (and acute worries)
// that no action and no crisis-plan entry answers: every weighty
// indication needs an answer.
func (c *Conference) UnansweredWeighty() []RiskEntry {
	var out []RiskEntry
	for _, r := range c.Risks {
		if (r.Weighty || r.Acute) && len(c.AnswersTo(r.ID)) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// forgetAnswers drops the links of a removed worry, action or crisis-plan
// entry, so nothing claims to answer what is gone.
func (c *Conference) forgetAnswers(id string) {
	c.Answers = slices.DeleteFunc(c.Answers, func(a Answer) bool { return a.RiskID == id || a.answerer() == id })
}
