package conference

// An action is binding when it says what is done, by whom (someone taking
// part), by when (not before the conference) and how the owner reports
// back. That one rule decides whether Agree accepts the owner's yes,
// which problems Validate reports for an action, and which gaps phase 6
// and the read-back of the closing mark in an action's row.

// BindingProblems lists what keeps action a of c from being binding, in
// the order of the action's fields; none when it is binding.
func (c *Conference) BindingProblems(a Action) []Problem {
	return bindingProblems(c, a, "actions/"+a.ID)
}

// BindingProblemsByAction is BindingProblems of every action of c, by
// action ID; actions that are binding have no entry.
func (c *Conference) BindingProblemsByAction() map[string][]Problem {
	out := map[string][]Problem{}
	for _, a := range c.Actions {
		if probs := c.BindingProblems(a); len(probs) > 0 {
			out[a.ID] = append(out[a.ID], probs...)
		}
	}
	return out
}
