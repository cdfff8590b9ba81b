package conference

// A free-text item can carry two marks, both set with one key on the item
// and both leaving its text out of one audience's document, saying so:
//
//   - identifying: its text could identify the family (a street, a school
//     class, a rare illness). The pseudonymised minutes leave a marked
//     item's text out, however well the names in it would be replaced
//     otherwise.
//   - confidential to the family: one family member said it in confidence
//     (the father's statement the mother is not to read). The family
//     letter leaves it out; the professionals' minutes keep it. Only the
//     items the family letter can show carry this mark: contributions,
//     worries, protective factors and existing safety, the views, actions.

// The views have no ID of their own; these name them where an item ID is
// asked for: the child's view, the one parents' view of older records, and
// each carer's own view (CarerViewID).
const (
	ChildViewID   = "child_view"
	ParentsViewID = "parents_view"
)

// CarerViewID names the view of the carer with the ID as an item.
func CarerViewID(carerID string) string { return "carers/" + carerID + "/view" }

// marks returns the marks of the item with the ID, in whichever list holds
// it: identifying and confidential, the second nil for an item that cannot
// be confidential; both nil when no item has the ID.
func (c *Conference) marks(id string) (identifying, confidential *bool) {
	if id == "" {
		return nil, nil
	}
	switch id {
	case ChildViewID:
		return &c.ChildView.Identifying, &c.ChildView.Confidential
	case ParentsViewID:
		return &c.ParentsView.Identifying, &c.ParentsView.Confidential
	}
	for i := range c.Carers {
		if ca := &c.Carers[i]; CarerViewID(ca.ID) == id {
			return &ca.View.Identifying, &ca.View.Confidential
		}
	}
	for i := range c.Contributions {
		if x := &c.Contributions[i]; x.ID == id {
			return &x.Identifying, &x.Confidential
		}
	}
	for i := range c.Chronology {
		if c.Chronology[i].ID == id {
			return &c.Chronology[i].Identifying, nil
		}
	}
	for i := range c.Risks {
		if r := &c.Risks[i]; r.ID == id {
			return &r.Identifying, &r.Confidential
		}
	}
	for _, list := range []*[]Strength{&c.ProtectiveFactors, &c.ExistingSafety} {
		for i := range *list {
			if s := &(*list)[i]; s.ID == id {
				return &s.Identifying, &s.Confidential
			}
		}
	}
	for i := range c.Assessment.Dissent {
		if c.Assessment.Dissent[i].ID == id {
			return &c.Assessment.Dissent[i].Identifying, nil
		}
	}
	for i := range c.ImmediateSafety.Steps {
		if c.ImmediateSafety.Steps[i].ID == id {
			return &c.ImmediateSafety.Steps[i].Identifying, nil
		}
	}
	for i := range c.Actions {
		if a := &c.Actions[i]; a.ID == id {
			return &a.Identifying, &a.Confidential
		}
	}
	for i := range c.Parked {
		if c.Parked[i].ID == id {
			return &c.Parked[i].Identifying, nil
		}
	}
	for i := range c.CrisisPlan {
		if c.CrisisPlan[i].ID == id {
			return &c.CrisisPlan[i].Identifying, nil
		}
	}
	return nil, nil
}

// Identifying reports whether the item with the ID is marked identifying.
func (c *Conference) Identifying(id string) bool {
	f, _ := c.marks(id)
	return f != nil && *f
}

// SetIdentifying marks the item with the ID as identifying, or takes the
// mark back. It reports whether the item exists and its mark changed.
func (c *Conference) SetIdentifying(id string, on bool) bool {
	f, _ := c.marks(id)
	return setMark(f, on)
}

// Confidential reports whether the item with the ID is marked
// confidential to the family.
func (c *Conference) Confidential(id string) bool {
	_, f := c.marks(id)
	return f != nil && *f
}

// SetConfidential marks the item with the ID as confidential to the
// family, or takes the mark back. It reports whether the item can carry
// the mark and its mark changed.
func (c *Conference) SetConfidential(id string, on bool) bool {
	_, f := c.marks(id)
	return setMark(f, on)
}

func setMark(f *bool, on bool) bool {
	if f == nil || *f == on {
		return false
	}
	*f = on
	return true
}
