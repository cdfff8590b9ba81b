package actions

import (
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
