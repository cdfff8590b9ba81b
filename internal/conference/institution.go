package conference

import "kofa/internal/conference/catalogue"

// Where a person comes from is named by one rule on every screen (the
// phase editors, the projector, the follow-up list, the directory): the
// institution as people said it, else the catalogue's word for its type;
// next to a name in brackets. A catalogue label is never stored, so the
// minutes stay language-neutral.

// InstitutionLabel names where p comes from: the institution as recorded,
// else the label in lang of its type in institutions, else "".
func (p Participant) InstitutionLabel(institutions []catalogue.Entry, lang string) string {
	switch {
	case p.Institution != "":
		return p.Institution
	case p.InstitutionType != "":
		return catalogue.Label(institutions, p.InstitutionType, lang)
	}
	return ""
}

// WithInstitution is "Name (Institution)", or whichever of the two is
// given.
func WithInstitution(name, institution string) string {
	switch {
	case name == "":
		return institution
	case institution == "":
		return name
	}
	return name + " (" + institution + ")"
}

// OwnerInstitution is what an action's institution is when its owner is
// chosen: the owner's recorded institution ("" for a carer, a child or
// nobody).
func (c *Conference) OwnerInstitution(ownerID string) string {
	if p := c.Participant(ownerID); p != nil {
		return p.Institution
	}
	return ""
}
