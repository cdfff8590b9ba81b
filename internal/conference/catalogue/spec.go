package catalogue

// listSpec describes one list of the catalogue file: its name in the file,
// where it lives in a Catalogue, which entry fields it accepts beyond code,
// labels and hints, and whether its codes are fixed.
type listSpec struct {
	name  string
	slot  func(*Catalogue) *[]Entry
	extra []string
	// fixed lists have codes the program itself interprets (an acute result
	// opens the immediate-safety phase, severities are ordered, and so on).
	// A user file may relabel their entries but neither add nor remove any.
	fixed bool
}

const (
	fieldFamily     = "family"
	fieldSpecialist = "specialist"
	fieldFor        = "for"
	fieldIndicators = "indicators"
)

// Names of the lists in the catalogue file, in the order of the built-in file.
var listSpecs = []listSpec{
	{name: "institutions", slot: func(c *Catalogue) *[]Entry { return &c.Institutions }, extra: []string{fieldFamily}},
	{name: "roles", slot: func(c *Catalogue) *[]Entry { return &c.Roles }},
	{name: "risk_areas", slot: func(c *Catalogue) *[]Entry { return &c.RiskAreas }, extra: []string{fieldSpecialist, fieldIndicators}},
	{name: "protective_factors", slot: func(c *Catalogue) *[]Entry { return &c.ProtectiveFactors }},
	{name: "severities", slot: func(c *Catalogue) *[]Entry { return &c.Severities }, fixed: true},
	{name: "intensities", slot: func(c *Catalogue) *[]Entry { return &c.Intensities }, fixed: true},
	{name: "categories", slot: func(c *Catalogue) *[]Entry { return &c.Categories }, fixed: true},
	{name: "harm_forms", slot: func(c *Catalogue) *[]Entry { return &c.HarmForms }},
	{name: "legal_bases", slot: func(c *Catalogue) *[]Entry { return &c.LegalBases }, fixed: true},
	{name: "family_participation", slot: func(c *Catalogue) *[]Entry { return &c.FamilyParticipation }, fixed: true},
	{name: "provenance", slot: func(c *Catalogue) *[]Entry { return &c.Provenance }, extra: []string{fieldFor}, fixed: true},
	{name: "responsibilities", slot: func(c *Catalogue) *[]Entry { return &c.Responsibilities }, fixed: true},
}

// indicatorSpec is the nested list of a risk area.
var indicatorSpec = listSpec{name: fieldIndicators}

// safetyScaleName is the list of anchors of the safety scale.
const safetyScaleName = "safety_scale"

func specByName(name string) (listSpec, bool) {
	for _, s := range listSpecs {
		if s.name == name {
			return s, true
		}
	}
	return listSpec{}, false
}

func catalogueNames() []string {
	names := make([]string, 0, len(listSpecs)+1)
	for _, s := range listSpecs {
		names = append(names, s.name)
	}
	return append(names, safetyScaleName)
}
