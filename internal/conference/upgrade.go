package conference

// legacyLegalBasis is the single legal basis of the whole meeting as kofa
// stored it before the basis was recorded per person.
type legacyLegalBasis struct {
	Basis        string `json:"basis,omitempty"`
	ConsentBy    string `json:"consent_by,omitempty"`
	ConsentScope string `json:"consent_scope,omitempty"`
	ConsentDate  Date   `json:"consent_date"`
	Note         string `json:"note,omitempty"`
}

// legacySeverityIntensity maps the area scale older kofas used for single
// worries to the intensity of a worry. "good" was never a fitting answer
// for a worry; the mildest intensity is the nearest.
var legacySeverityIntensity = map[string]string{
	SeverityGood:         IntensitySlight,
	SeveritySufficient:   IntensitySlight,
	SeverityPoor:         IntensityMarked,
	SeverityVeryPoor:     IntensitySevere,
	SeverityCannotAssess: IntensityCannotAssess,
}

// Upgrade brings a conference written by an older kofa up to the current
// model. It is the one place for such upgrades: the store calls it for
// every conference it decodes and the archive import for every conference
// it reads, so no other code ever sees a legacy field set. A new step of
// upgrade belongs here too. It is
// idempotent, leaves a current conference as it is, and reports whether
// it changed anything.
//
//   - An interpreter is no longer counted as family.
//   - The one legal basis of the meeting becomes each participant's basis
//     (the family's own data needs none).
//   - The contingency plan as one text becomes the first entry of the
//     crisis and protection plan.
//   - A worry's severity on the area scale becomes its intensity.
//   - An action's single follow-up status becomes the first entry of its
//     status history (UpgradeStatus).
//   - A network meeting gets the phases of its own (UpgradeNetwork).
func Upgrade(c *Conference) bool {
	changed := false
	for _, a := range c.Actions {
		if a.LegacyStatus != "" || a.LegacyNote != "" || !a.LegacyDate.IsZero() {
			changed = true
			break
		}
	}
	UpgradeStatus(c)
	changed = UpgradeNetwork(c) || changed
	// The interpreter first, so that the legal basis reaches them too.
	for i := range c.Participants {
		if p := &c.Participants[i]; p.Family && p.InstitutionType == institutionInterpreter {
			p.Family = false
			changed = true
		}
	}
	if lb := c.LegacyLegalBasis; lb != nil {
		c.LegacyLegalBasis = nil
		changed = true
		basis := LegalBasis{Basis: lb.Basis, ReleasedBy: lb.ConsentBy, Scope: lb.ConsentScope, Date: lb.ConsentDate, Note: lb.Note}
		if !basis.Empty() {
			for i := range c.Participants {
				if p := &c.Participants[i]; !p.Family {
					p.LegalBases = append(p.LegalBases, basis)
				}
			}
		}
	}
	if plan := c.LegacyContingencyPlan; plan != "" {
		c.LegacyContingencyPlan = ""
		changed = true
		if len(c.CrisisPlan) == 0 {
			c.AddCrisisEntry(CrisisEntry{What: plan})
		}
	}
	for i := range c.Risks {
		r := &c.Risks[i]
		if r.LegacySeverity == "" {
			continue
		}
		if r.Intensity == "" {
			r.Intensity = legacySeverityIntensity[r.LegacySeverity]
		}
		r.LegacySeverity = ""
		changed = true
	}
	return changed
}

// institutionInterpreter is the catalogue code of interpreters, who older
// kofas counted as family.
const institutionInterpreter = "interpreter"
