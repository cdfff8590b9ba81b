package export

import (
	"strings"

	"kofa/internal/conference"
)

// legalBases writes on what ground the case is shared with each person:
// every participant outside the family, then every recipient of the
// minutes, with each basis and, for a release from confidentiality, who
// released whom, for what, in which form and when. A person without a
// basis shows as such, so the gap is seen where it matters.
func (d *doc) legalBases() {
	c := d.c
	if c.Kind != conference.KindCase {
		return
	}
	var rows [][]md
	for _, p := range c.Participants {
		if p.Family || (!p.NeedsLegalBasis() && !p.HasLegalBasis()) {
			continue
		}
		rows = d.basisRows(rows, d.person(p.ID), d.t.T("filing.legal.as_participant"), p.LegalBases)
	}
	for _, x := range c.Distribution {
		if !c.RecipientNeedsLegalBasis(x) && len(x.LegalBases) == 0 {
			continue
		}
		bases := x.LegalBases
		if len(bases) == 0 && c.Participant(x.ParticipantID) != nil {
			continue // at the table: their row above says it
		}
		rows = d.basisRows(rows, d.recipient(x), d.t.T("filing.legal.as_recipient", d.code("export.variant.", x.Variant)), bases)
	}
	d.heading(2, d.tr("filing.section.legal"))
	if len(rows) == 0 {
		d.para(d.tr("filing.legal.nobody"))
		return
	}
	d.table(d.headers("filing.col.person", "filing.col.as", "filing.col.basis", "filing.col.details"), rows)
}

// basisRows appends one row per basis of a person, or one row saying
// there is none.
func (d *doc) basisRows(rows [][]md, who, as string, bases []conference.LegalBasis) [][]md {
	if len(bases) == 0 {
		return append(rows, []md{d.cell(who), d.cell(as), d.cell(d.t.T("filing.legal.none")), d.cell("")})
	}
	for _, b := range bases {
		rows = append(rows, []md{d.cell(who), d.cell(as), d.cell(d.basisLabel(b.Basis)), d.cell(d.basisDetails(b))})
	}
	return rows
}

func (d *doc) basisLabel(code string) string {
	if code == "" {
		return d.t.T("export.not_recorded")
	}
	return d.label(d.cat.LegalBases, code)
}

// basisDetails says who released whom, for what, in which form and when.
// The pseudonymised minutes leave out who released and whom: names of
// people and institutions.
func (d *doc) basisDetails(b conference.LegalBasis) string {
	by, whom := d.scrub(b.ReleasedBy), d.scrub(b.Released)
	if d.pseudonymised() {
		if present(by) {
			by = d.leftOut()
		}
		if present(whom) {
			whom = d.leftOut()
		}
	}
	form := ""
	if b.Form != "" {
		form = d.code("filing.release_form.", b.Form)
	}
	return joinNonEmpty("; ",
		d.tagged("filing.legal.by", by),
		d.tagged("filing.legal.whom", whom),
		d.tagged("filing.legal.scope", d.scrub(b.Scope)),
		form,
		d.dateOn(b.Date),
		strings.TrimSpace(d.scrub(b.Note)))
}

// recipient names a recipient of the minutes: a participant as the
// minutes name them, or the recipient as written (left out of the
// pseudonymised minutes only when it is a known name, see scrub.go).
func (d *doc) recipient(x conference.Distribution) string {
	if x.ParticipantID != "" {
		return d.person(x.ParticipantID)
	}
	if x.PersonID != "" {
		return d.familyMember(x.PersonID)
	}
	return d.scrub(x.Recipient)
}

// dateOn says on which day ("am 18.11.2026"); in the pseudonymised minutes
// how long before or after the conference, which needs no "on".
func (d *doc) dateOn(x conference.Date) string {
	if d.pseudonymised() {
		return d.date(x)
	}
	return d.tagged("filing.legal.date", d.date(x))
}
