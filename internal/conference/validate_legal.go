package conference

import "strconv"

// legalBases warns, without blocking, about everyone in the room or on
// the distribution list of a case with no legal basis recorded, and about
// bases that are incomplete.
func (v *validator) legalBases() {
	c := v.c
	if c.Kind != KindCase {
		return
	}
	for _, p := range c.Participants {
		path := "participants/" + p.ID + "/legal_bases"
		v.basisList(path, p.LegalBases)
		if p.NeedsLegalBasis() && !p.HasLegalBasis() {
			v.add(path, KeyParticipantNoBasis)
		}
	}
	for i, d := range c.Distribution {
		path := "distribution/" + strconv.Itoa(i+1) + "/legal_bases"
		v.basisList(path, d.LegalBases)
		if c.RecipientNeedsLegalBasis(d) && !hasBasis(c.RecipientBases(d)) {
			v.add(path, KeyRecipientNoBasis)
		}
	}
}

func (v *validator) basisList(path string, list []LegalBasis) {
	for i, b := range list {
		at := path + "/" + strconv.Itoa(i+1)
		switch {
		case b.Basis == "":
			v.add(at+"/basis", KeyLegalBasisMissing)
		case !contains(knownLegalBases, b.Basis):
			v.add(at+"/basis", KeyLegalBasisUnknown)
		case b.Basis == LegalConsent && (b.ReleasedBy == "" || b.Scope == "" || b.Date.IsZero()):
			v.add(at+"/consent", KeyConsentIncomplete)
		}
		if b.Form != "" && !contains(ReleaseForms, b.Form) {
			v.add(at+"/form", KeyReleaseFormUnknown)
		}
	}
}

// SeveralProfessionals lists what keeps the risk from being assessed by
// several professionals (the warnings the assessment shows while it is
// made; Validate lists them too).
func SeveralProfessionals(c *Conference) []Problem {
	v := &validator{c: c}
	v.severalProfessionals()
	return v.probs
}

// severalProfessionals warns when the risk is not assessed by several
// professionals of the youth-welfare office (§ 8a Abs. 1 SGB VIII, the
// four-eyes principle), and when one person holds the case lead,
// facilitates and takes the minutes at once.
func (v *validator) severalProfessionals() {
	c := v.c
	office := 0
	for _, p := range c.Participants {
		if p.InstitutionType == InstitutionOffice && (p.Attendance == AttendancePresent || p.Attendance == AttendancePlanned) {
			office++
		}
		if p.HasRole(RoleCaseLead) && p.HasRole(RoleFacilitator) && p.HasRole(RoleMinuteTaker) {
			v.add("participants/"+p.ID+"/roles", KeyOnePersonAllRoles)
		}
	}
	if office < 2 {
		v.add("participants", KeyFewOfficeProfessional, strconv.Itoa(office))
	}
}

// InstitutionOffice is the catalogue code of the youth-welfare office
// (Jugendamt / ASD).
const InstitutionOffice = "asd"
