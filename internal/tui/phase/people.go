package phase

import (
	"kofa/internal/conference"
)

// Institution is how a participant's institution reads on every screen:
// the named institution, or the label of its type when no name was
// recorded ("" when neither).
func (c *Context) Institution(p conference.Participant) string {
	return p.InstitutionLabel(c.Catalogue.Institutions, string(c.Lang))
}

// Name returns the name of the participant, carer or child id ("" when
// there is none).
func (c *Context) Name(id string) string {
	// A participant, or a carer or child of the case (a parent's dissent,
	// an action the family owns).
	name, _ := c.Conf.OwnerName(id)
	return name
}

// NameWithInstitution is "Name (Institution)"; institution, when given,
// stands for the participant's own (an action's institution). "" when
// there is no participant id.
func (c *Context) NameWithInstitution(id, institution string) string {
	p := c.Conf.Participant(id)
	if p == nil {
		if name, ok := c.Conf.OwnerName(id); ok {
			return name + " (" + c.Msgs.T("filing.family_owned") + ")"
		}
		return ""
	}
	if institution == "" {
		institution = c.Institution(*p)
	}
	return conference.WithInstitution(p.Name, institution)
}
