package conference

// A free-text item can be marked identifying: its text could identify the
// family (a street, a school class, a rare illness). The pseudonymised
// minutes leave a marked item's text out, saying so, however well the
// names in it would be replaced otherwise.

// identifyingFlag returns the mark of the item with the ID, in whichever
// list holds it, or nil.
func (c *Conference) identifyingFlag(id string) *bool {
	if id == "" {
		return nil
	}
	for i := range c.Contributions {
		if c.Contributions[i].ID == id {
			return &c.Contributions[i].Identifying
		}
	}
	for i := range c.Chronology {
		if c.Chronology[i].ID == id {
			return &c.Chronology[i].Identifying
		}
	}
	for i := range c.Risks {
		if c.Risks[i].ID == id {
			return &c.Risks[i].Identifying
		}
	}
	for _, list := range []*[]Strength{&c.ProtectiveFactors, &c.ExistingSafety} {
		for i := range *list {
			if (*list)[i].ID == id {
				return &(*list)[i].Identifying
			}
		}
	}
	for i := range c.Assessment.Dissent {
		if c.Assessment.Dissent[i].ID == id {
			return &c.Assessment.Dissent[i].Identifying
		}
	}
	for i := range c.ImmediateSafety.Steps {
		if c.ImmediateSafety.Steps[i].ID == id {
			return &c.ImmediateSafety.Steps[i].Identifying
		}
	}
	for i := range c.Actions {
		if c.Actions[i].ID == id {
			return &c.Actions[i].Identifying
		}
	}
	for i := range c.Parked {
		if c.Parked[i].ID == id {
			return &c.Parked[i].Identifying
		}
	}
	for i := range c.CrisisPlan {
		if c.CrisisPlan[i].ID == id {
			return &c.CrisisPlan[i].Identifying
		}
	}
	return nil
}

// Identifying reports whether the item with the ID is marked identifying.
func (c *Conference) Identifying(id string) bool {
	f := c.identifyingFlag(id)
	return f != nil && *f
}

// SetIdentifying marks the item with the ID as identifying, or takes the
// mark back. It reports whether the item exists and its mark changed.
func (c *Conference) SetIdentifying(id string, on bool) bool {
	f := c.identifyingFlag(id)
	if f == nil || *f == on {
		return false
	}
	*f = on
	return true
}
