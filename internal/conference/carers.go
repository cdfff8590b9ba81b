package conference

// The carers and the children in the result (issue 13): each carer's own
// view and stance on the result, who informs a carer and by when, actions
// the family itself owns, and a result per child where a case has
// siblings. The records themselves are in family.go.

// A carer's stance on the result of the risk assessment.
const (
	StanceAgrees      = "agrees"
	StanceDisagrees   = "disagrees"
	StanceNotInformed = "not_informed"
)

// Stances lists the stances in display order.
var Stances = []string{StanceAgrees, StanceDisagrees, StanceNotInformed}

// ChildResult is the result of the risk assessment for one child: its
// category, forms of harm and the participants' own ratings of this child
// (whose spread is SpreadOf(Ratings)).
type ChildResult struct {
	ChildID   string   `json:"child_id"`
	Category  string   `json:"category,omitempty"`
	HarmForms []string `json:"harm_forms,omitempty"`
	Ratings   []Rating `json:"ratings,omitempty"`
	Note      string   `json:"note,omitempty"`
}

// ChildResult returns the result of the child with the ID, or nil.
func (c *Conference) ChildResult(childID string) *ChildResult {
	for i := range c.ChildResults {
		if c.ChildResults[i].ChildID == childID {
			return &c.ChildResults[i]
		}
	}
	return nil
}

// SetChildResult records (or replaces) a child's result.
func (c *Conference) SetChildResult(r ChildResult) {
	if old := c.ChildResult(r.ChildID); old != nil {
		*old = r
		return
	}
	c.ChildResults = append(c.ChildResults, r)
}

// ResultPerChild reports whether each child needs a result of its own: a
// case with siblings.
func (c *Conference) ResultPerChild() bool { return c.Kind == KindCase && len(c.Children) > 1 }

// InformingOf returns the actions that inform the carer of the result.
func (c *Conference) InformingOf(carerID string) []Action {
	var out []Action
	for _, a := range c.Actions {
		if a.Informs == carerID && carerID != "" {
			out = append(out, a)
		}
	}
	return out
}

// OwnedByFamily reports whether the action's owner is a carer or a child
// of the case, or a family member at the table: an agreement with the
// family itself.
func (c *Conference) OwnedByFamily(a Action) bool {
	if c.Carer(a.OwnerID) != nil || c.Child(a.OwnerID) != nil {
		return true
	}
	p := c.Participant(a.OwnerID)
	return p != nil && p.Family
}

// knownOwner reports whether id names someone who can own an action: a
// participant, a carer or a child (a young person owns actions too).
func (c *Conference) knownOwner(id string) bool {
	return c.Participant(id) != nil || c.Carer(id) != nil || c.Child(id) != nil
}

// Problem keys of the carers and children in the result.
const (
	KeyCarerViewMissing   = "filing.carer.view_missing"
	KeyCarerStanceMissing = "filing.carer.stance_missing"
	KeyStanceUnknown      = "filing.carer.stance_unknown"
	KeyCarerNotInformed   = "filing.carer.not_informed"
	KeyInformsUnknown     = "filing.carer.informs_unknown"
	KeyChildResultMissing = "filing.child.result_missing"
	KeyChildResultUnknown = "filing.child.result_unknown"
)

// carersAndChildren checks the carers' views (once the round of
// perspectives is behind), their stance and who informs them (at the
// closing), and a result for each child of a case with siblings (once
// the assessment is behind).
func (v *validator) carersAndChildren() {
	c := v.c
	if c.Kind != KindCase {
		return
	}
	for _, p := range c.Carers {
		path := "carers/" + p.ID
		if v.passed(PhasePerspectives) && p.View.Empty() && p.View.MissingReason == "" {
			v.add(path+"/view", KeyCarerViewMissing)
		}
		if p.Stance != "" && !contains(Stances, p.Stance) {
			v.add(path+"/stance", KeyStanceUnknown)
		}
		if !v.reached(PhaseClosing) {
			continue
		}
		switch {
		case p.Stance == "":
			v.add(path+"/stance", KeyCarerStanceMissing)
		case p.Stance == StanceNotInformed && len(c.InformingOf(p.ID)) == 0:
			v.add(path+"/informed", KeyCarerNotInformed)
		}
	}
	for _, a := range c.Actions {
		if a.Informs != "" && c.Carer(a.Informs) == nil {
			v.add("actions/"+a.ID+"/informs", KeyInformsUnknown)
		}
	}
	for _, r := range c.ChildResults {
		path := "child_results/" + r.ChildID
		switch {
		case c.Child(r.ChildID) == nil:
			v.add(path, KeyChildResultUnknown)
		case r.Category != "" && !contains(Categories, r.Category):
			v.add(path+"/category", KeyCategoryUnknown)
		}
	}
	if c.ResultPerChild() && v.passed(PhaseAssessment) {
		for _, ch := range c.Children {
			if r := c.ChildResult(ch.ID); r == nil || r.Category == "" {
				v.add("child_results/"+ch.ID+"/category", KeyChildResultMissing)
			}
		}
	}
}

// OwnerName names whoever owns an action by ID: a participant, a carer or
// a child, as recorded (ok false for nobody known).
func (c *Conference) OwnerName(id string) (string, bool) {
	if p := c.Participant(id); p != nil {
		return p.Name, true
	}
	if p := c.Carer(id); p != nil {
		return p.Name, true
	}
	if ch := c.Child(id); ch != nil {
		if ch.FirstName != "" {
			return ch.FirstName, true
		}
		return ch.Initials, true
	}
	return "", false
}

// MissingParentsViews lists whose view the parents' side of the round of
// perspectives still lacks, with no reason given either: the carers (by
// ID) or, without carers recorded, the one parents' view of older records
// ("").
func (c *Conference) MissingParentsViews() []string {
	if len(c.Carers) == 0 {
		if c.ParentsView.Empty() && c.ParentsView.MissingReason == "" {
			return []string{""}
		}
		return nil
	}
	var out []string
	for _, p := range c.Carers {
		if p.View.Empty() && p.View.MissingReason == "" {
			out = append(out, p.ID)
		}
	}
	return out
}

// ParentsView returns the view of the carer with the ID, or for "" the one
// parents' view of older records; nil for an unknown carer.
func (c *Conference) ParentsViewOf(id string) *View {
	if id == "" {
		return &c.ParentsView
	}
	if p := c.Carer(id); p != nil {
		return &p.View
	}
	return nil
}

// ParentsViewPath is the change path of a field of that view.
func ParentsViewPath(id, field string) string {
	if id == "" {
		return "parents_view/" + field
	}
	return "carers/" + id + "/view/" + field
}
