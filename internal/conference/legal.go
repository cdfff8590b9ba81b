package conference

import "slices"

// LegalBasis is one ground on which data about the case is shared with one
// person: a participant or a recipient of the minutes. A person may have
// several (the paediatrician released by the mother and informing the
// youth-welfare office under § 4 Abs. 3 KKG). kofa shows the basis as a
// label; it never decides it.
type LegalBasis struct {
	Basis string `json:"basis,omitempty"`
	// A release from confidentiality (Basis LegalConsent) says who
	// released whom, for what, in which form and when.
	ReleasedBy string `json:"released_by,omitempty"`
	Released   string `json:"released,omitempty"`
	Scope      string `json:"scope,omitempty"`
	Form       string `json:"form,omitempty"`
	Date       Date   `json:"date,omitzero"`
	Note       string `json:"note,omitempty"`
}

// Legal bases for sharing data about the case.
const (
	// LegalConsent is consent or a release from confidentiality
	// (Schweigepflichtentbindung).
	LegalConsent = "consent"
	// LegalKKG4Para2 is the pseudonymised consultation of a professional
	// bound by secrecy with an InsoFa, § 4 Abs. 2 KKG.
	LegalKKG4Para2 = "kkg_4_2"
	// LegalKKG4Para3 is informing the youth-welfare office, § 4 Abs. 3 KKG.
	LegalKKG4Para3 = "kkg_4_3"
	// LegalKKG4 is § 4 KKG without the paragraph: what kofa recorded
	// before the paragraphs were told apart. It stays readable; new
	// entries pick a paragraph.
	LegalKKG4       = "kkg_4"
	LegalSGB8Para8a = "sgb8_8a"
	// LegalSGB8Para65 is § 65 Abs. 1 S. 1 Nr. 4 SGB VIII: data entrusted
	// in confidence, passed on to the professionals assessing the risk.
	LegalSGB8Para65 = "sgb8_65"
	// LegalPseudonymised is a pseudonymised consultation (§ 64 Abs. 2a
	// SGB VIII): the person sees no identifying data.
	LegalPseudonymised = "pseudonymised"
)

// Forms of a release from confidentiality.
const (
	ReleaseWritten    = "written"
	ReleaseOral       = "oral"
	ReleaseElectronic = "electronic"
)

var (
	// LegalBases are the bases offered for new entries, in display order.
	LegalBases = []string{LegalConsent, LegalKKG4Para2, LegalKKG4Para3, LegalSGB8Para8a, LegalSGB8Para65, LegalPseudonymised}
	// knownLegalBases are the bases a stored conference may hold.
	knownLegalBases = append(slices.Clone(LegalBases), LegalKKG4)
	ReleaseForms    = []string{ReleaseWritten, ReleaseOral, ReleaseElectronic}
)

// Identifying reports whether the basis lets the person see identifying
// data: everything except a pseudonymised consultation.
func (b LegalBasis) Identifying() bool {
	return b.Basis != "" && b.Basis != LegalPseudonymised && b.Basis != LegalKKG4Para2
}

// Empty reports whether nothing of the basis was recorded.
func (b LegalBasis) Empty() bool { return b == LegalBasis{} }

// NeedsLegalBasis reports whether sharing the case with p needs a legal
// basis: everyone at the table but the family itself (it is their own
// data) and those who sent apologies or stayed away (they learn of the
// case through the distribution list, which is checked on its own).
func (p Participant) NeedsLegalBasis() bool {
	return !p.Family && p.Attendance != AttendanceExcused && p.Attendance != AttendanceAbsent
}

// HasLegalBasis reports whether any basis is recorded for p.
func (p Participant) HasLegalBasis() bool { return hasBasis(p.LegalBases) }

func hasBasis(list []LegalBasis) bool {
	return slices.ContainsFunc(list, func(b LegalBasis) bool { return b.Basis != "" })
}

// RecipientBases returns the legal bases that cover a recipient of the
// minutes: their own, and for a participant also the participant's.
func (c *Conference) RecipientBases(d Distribution) []LegalBasis {
	out := slices.Clone(d.LegalBases)
	if p := c.Participant(d.ParticipantID); p != nil {
		out = append(out, p.LegalBases...)
	}
	return out
}

// RecipientNeedsLegalBasis reports whether the recipient needs a basis:
// anyone outside the family who receives more than the pseudonymised
// minutes.
func (c *Conference) RecipientNeedsLegalBasis(d Distribution) bool {
	switch d.Variant {
	case MinutesPseudonymised:
		return false
	case MinutesFamily, MinutesChild, MinutesFeedback:
		// The family's own documents, and the feedback § 4 Abs. 4 KKG
		// itself allows; RecipientProblem checks who gets them.
		return false
	}
	if d.PersonID != "" {
		return false // a carer or child of the case: their own data
	}
	if p := c.Participant(d.ParticipantID); p != nil && p.Family {
		return false
	}
	return true
}

// Pseudonymised reports whether the conference runs pseudonymised: while
// someone at the table has no basis that lets them see identifying data
// (§ 64 Abs. 2a SGB VIII: pseudonymise whenever possible), and for a case
// with nobody at the table yet.
func (c *Conference) Pseudonymised() bool {
	someone := false
	for _, p := range c.Participants {
		if !p.NeedsLegalBasis() {
			continue
		}
		someone = true
		if !slices.ContainsFunc(p.LegalBases, LegalBasis.Identifying) {
			return true
		}
	}
	return !someone
}

// PickBases returns the legal bases of a person after the bases with the
// codes were picked from LegalBases: in the order of that list, each
// keeping what was recorded with it before, and a basis kofa no longer
// offers (§ 4 KKG without paragraph) kept as it was.
func PickBases(old []LegalBasis, codes []string) []LegalBasis {
	var out []LegalBasis
	for _, b := range old {
		if !slices.Contains(LegalBases, b.Basis) {
			out = append(out, b)
		}
	}
	for _, code := range LegalBases {
		if !slices.Contains(codes, code) {
			continue
		}
		b := LegalBasis{Basis: code}
		if i := slices.IndexFunc(old, func(o LegalBasis) bool { return o.Basis == code }); i >= 0 {
			b = old[i]
		}
		out = append(out, b)
	}
	return out
}
