package demo

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
)

// TestSampleUsesCatalogueCodes makes sure every code in the sample has a
// label in the built-in catalogue, so minutes and screens never show a
// bare code.
func TestSampleUsesCatalogueCodes(t *testing.T) {
	cat := catalogue.Builtin()
	c := Sample("de", now)
	known := func(list []catalogue.Entry, code, what string) {
		t.Helper()
		if _, ok := catalogue.Find(list, code); !ok {
			t.Errorf("%s %q is not in the catalogue", what, code)
		}
	}
	for _, p := range c.Participants {
		known(cat.Institutions, p.InstitutionType, "institution")
		for _, b := range p.LegalBases {
			known(cat.LegalBases, b.Basis, "legal basis")
		}
		for _, r := range p.Roles {
			known(cat.Roles, r, "role")
		}
	}
	known(cat.FamilyParticipation, c.Family.Mode, "family participation")
	for _, x := range c.Contributions {
		known(cat.ProvenanceFor(catalogue.ProvenanceContribution), x.Provenance, "contribution provenance")
	}
	for _, r := range c.Risks {
		area, _, ok := cat.Indicator(r.Indicator)
		if !ok || area.Code != r.Area {
			t.Errorf("indicator %q is not in area %q of the catalogue", r.Indicator, r.Area)
		}
		known(cat.Intensities, r.Intensity, "intensity")
		known(cat.ProvenanceFor(catalogue.ProvenanceRisk), r.Provenance, "risk provenance")
	}
	for _, s := range append(append([]conference.Strength{}, c.ProtectiveFactors...), c.ExistingSafety...) {
		if s.Factor != "" {
			known(cat.ProtectiveFactors, s.Factor, "protective factor")
		}
	}
	for _, a := range c.AreaRatings {
		known(cat.Severities, a.Quality, "area rating")
	}
	for _, r := range c.Ratings {
		known(cat.Categories, r.Category, "rating category")
	}
	known(cat.Categories, c.Assessment.Category, "category")
	for _, h := range c.Assessment.HarmForms {
		known(cat.HarmForms, h, "form of harm")
	}
	for _, r := range c.Responsibilities {
		known(cat.Responsibilities, r.Code, "responsibility")
	}
}
