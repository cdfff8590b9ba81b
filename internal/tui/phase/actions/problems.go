package actions

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// problemMemo keeps the binding problems of the actions
// (conference.BindingProblemsByAction) while what they are found from
// stays the same: the action itself, whether its owner takes part, and the
// conference's date. Moving through the table finds nothing anew, and
// typing into an action (which changes it with every key) checks that
// action alone.
type problemMemo struct {
	actions []conference.Action
	people  []string // the participants' IDs
	date    conference.Date
	probs   map[string][]conference.Problem
}

// of returns c.BindingProblemsByAction().
func (m *problemMemo) of(c *conference.Conference) map[string][]conference.Problem {
	if m.probs == nil || m.date != c.Date || !m.samePeople(c.Participants) || len(m.actions) != len(c.Actions) {
		return m.findAll(c)
	}
	for i, a := range c.Actions {
		if a == m.actions[i] {
			continue
		}
		if a.ID != m.actions[i].ID || countID(c.Actions, a.ID) > 1 {
			return m.findAll(c) // added, removed, moved, or an ID twice
		}
		m.actions[i] = a
		if probs := c.BindingProblems(a); len(probs) > 0 {
			m.probs[a.ID] = probs
		} else {
			delete(m.probs, a.ID)
		}
	}
	return m.probs
}

// findAll finds the problems of every action and remembers what they were
// found from.
func (m *problemMemo) findAll(c *conference.Conference) map[string][]conference.Problem {
	// The buffers of the last time are reused.
	m.actions, m.date, m.people = append(m.actions[:0], c.Actions...), c.Date, m.people[:0]
	for _, p := range c.Participants {
		m.people = append(m.people, p.ID)
	}
	m.probs = c.BindingProblemsByAction()
	return m.probs
}

func countID(actions []conference.Action, id string) int {
	n := 0
	for _, a := range actions {
		if a.ID == id {
			n++
		}
	}
	return n
}

func (m *problemMemo) samePeople(ps []conference.Participant) bool {
	if len(ps) != len(m.people) {
		return false
	}
	for i, p := range ps {
		if p.ID != m.people[i] {
			return false
		}
	}
	return true
}

// gaps are an action's binding problems as its row shows them.
type gaps struct {
	what, ownerMissing, ownerUnknown, dueMissing, dueBefore, report bool
}

func gapsOf(probs []conference.Problem) gaps {
	return gaps{
		what:         has(probs, conference.KeyActionWhatMissing),
		ownerMissing: has(probs, conference.KeyActionOwnerMissing),
		ownerUnknown: has(probs, conference.KeyActionOwnerUnknown),
		dueMissing:   has(probs, conference.KeyActionDueMissing),
		dueBefore:    has(probs, conference.KeyActionDueBefore),
		report:       has(probs, conference.KeyActionReportMissing),
	}
}

// has reports whether probs holds a problem with key.
func has(probs []conference.Problem, key string) bool {
	for _, p := range probs {
		if p.Key == key {
			return true
		}
	}
	return false
}

// Missing says in words what an action lacks: "fehlt: Zuständige:r,
// Frist", followed by what is wrong rather than missing. probs are the
// problems conference.Agree or Confirm returned; the read-back of phase 7
// uses it too, so both phases name the gaps alike.
func Missing(tr *i18n.Messages, probs []conference.Problem) string {
	var missing, wrong []string
	for _, p := range probs {
		switch p.Key {
		case conference.KeyActionWhatMissing:
			missing = append(missing, tr.T("actions.field.what"))
		case conference.KeyActionOwnerMissing:
			missing = append(missing, tr.T("actions.field.owner"))
		case conference.KeyActionDueMissing:
			missing = append(missing, tr.T("actions.field.due"))
		case conference.KeyActionReportMissing:
			missing = append(missing, tr.T("actions.field.report"))
		case conference.KeyActionOwnerUnknown:
			wrong = append(wrong, tr.T("actions.problem.owner_unknown"))
		case conference.KeyActionDueBefore:
			wrong = append(wrong, tr.T("actions.problem.due_before"))
		}
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, tr.T("actions.missing.list", strings.Join(missing, ", ")))
	}
	return strings.Join(append(parts, wrong...), "; ")
}
