package listform

import (
	"slices"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// LegalBasesPick is the multiple pick of the legal bases offered for new
// entries (conference.LegalBases: not the old § 4 KKG without paragraph),
// with the catalogue's labels and hints.
func LegalBasesPick(c *phase.Context, label string) *widget.Pick {
	var entries []catalogue.Entry
	for _, e := range c.Catalogue.LegalBases {
		if slices.Contains(conference.LegalBases, e.Code) {
			entries = append(entries, e)
		}
	}
	p := widget.PickFrom(c.Msgs, c.Styles, label, entries, c.Lang)
	p.SetMulti(true)
	p.SetRows(4)
	return p
}

// BasisCodes are the codes of legal bases, for a pick.
func BasisCodes(bases []conference.LegalBasis) []string {
	out := make([]string, 0, len(bases))
	for _, b := range bases {
		out = append(out, b.Basis)
	}
	return out
}
