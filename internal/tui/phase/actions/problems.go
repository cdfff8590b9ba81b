package actions

import (
	"slices"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// bindingKeys are the problems that keep an action from being binding
// (what conference.Agree refuses on).
var bindingKeys = map[string]bool{
	conference.KeyActionWhatMissing:   true,
	conference.KeyActionOwnerMissing:  true,
	conference.KeyActionOwnerUnknown:  true,
	conference.KeyActionDueMissing:    true,
	conference.KeyActionDueBefore:     true,
	conference.KeyActionReportMissing: true,
}

// BindingProblems runs the validation once and groups the binding
// problems by action ID, for the rows of the table.
func BindingProblems(c *conference.Conference) map[string][]conference.Problem {
	out := map[string][]conference.Problem{}
	for _, p := range conference.Validate(c) {
		if !bindingKeys[p.Key] {
			continue
		}
		rest, ok := strings.CutPrefix(p.Path, "actions/")
		if !ok {
			continue
		}
		id, _, _ := strings.Cut(rest, "/")
		out[id] = append(out[id], p)
	}
	return out
}

// problemMemo keeps BindingProblems while what they are found from stays
// the same: conference.Validate finds an action's binding problems in the
// action itself, in whether its owner takes part, and in the conference's
// date. Validating the whole conference for every frame cost more than
// drawing the table; now moving through the table validates nothing, and
// typing into an action (which changes it) validates as before.
type problemMemo struct {
	actions []conference.Action
	people  []string // the participants' IDs
	date    conference.Date
	probs   map[string][]conference.Problem
}

// of returns BindingProblems(c), finding them again when an action, the
// participants or the date changed.
func (m *problemMemo) of(c *conference.Conference) map[string][]conference.Problem {
	if m.probs != nil && m.date == c.Date && slices.Equal(m.actions, c.Actions) && m.samePeople(c.Participants) {
		return m.probs
	}
	// The buffers of the last time are reused: an action typed into
	// changes with every key.
	m.actions, m.date, m.people = append(m.actions[:0], c.Actions...), c.Date, m.people[:0]
	for _, p := range c.Participants {
		m.people = append(m.people, p.ID)
	}
	m.probs = BindingProblems(c)
	return m.probs
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
func Missing(cat *i18n.Catalog, probs []conference.Problem) string {
	var missing, wrong []string
	for _, p := range probs {
		switch p.Key {
		case conference.KeyActionWhatMissing:
			missing = append(missing, cat.T("actions.field.what"))
		case conference.KeyActionOwnerMissing:
			missing = append(missing, cat.T("actions.field.owner"))
		case conference.KeyActionDueMissing:
			missing = append(missing, cat.T("actions.field.due"))
		case conference.KeyActionReportMissing:
			missing = append(missing, cat.T("actions.field.report"))
		case conference.KeyActionOwnerUnknown:
			wrong = append(wrong, cat.T("actions.problem.owner_unknown"))
		case conference.KeyActionDueBefore:
			wrong = append(wrong, cat.T("actions.problem.due_before"))
		}
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, cat.T("actions.missing.list", strings.Join(missing, ", ")))
	}
	return strings.Join(append(parts, wrong...), "; ")
}
