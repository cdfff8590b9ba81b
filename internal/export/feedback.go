package export

import (
	"kofa/internal/conference"
)

// feedback writes the feedback of § 4 Abs. 4 KKG to a reporting
// professional bound by secrecy under § 4 Abs. 1 KKG. It says two things
// only: whether the office sees the weighty indications confirmed, and
// whether it acted and is still acting; nothing else of the case leaves
// the office with it. The frame names whom it is for and which report it
// answers, so the reporter can file it.
func (d *doc) feedback() {
	c := d.c
	d.heading(1, d.tr("feedback.title"))
	d.confidentialityLine()
	to := ""
	if p := c.Participant(d.to.ID); p != nil {
		to = d.personAt(*p)
	}
	d.fields(
		d.f("feedback.field.to", to),
		d.f("feedback.field.children", d.childrenWithInitials()),
		d.f("export.header.case_code", d.scrub(c.CaseCode)),
		d.f("feedback.field.conference", d.date(c.Date)),
	)
	d.para(d.tr("feedback.intro"))
	var confirmed, acting string
	switch {
	case c.Assessment.Category == "":
		confirmed = d.t.T("feedback.confirmed.open")
	case c.IndicationsConfirmed():
		confirmed = d.t.T("feedback.confirmed.yes")
	default:
		confirmed = d.t.T("feedback.confirmed.no")
	}
	if c.OfficeActing() {
		acting = d.t.T("feedback.acting.yes")
	} else {
		acting = d.t.T("feedback.acting.no")
	}
	d.list([]string{confirmed, acting})
	d.para(d.tr("feedback.nothing_more"))
	d.contactBlock("feedback.section.contact")
}

// personAt is a participant with the institution as recorded
// ("Dr. Jonas Weber, Kinderarztpraxis Dr. Weber").
func (d *doc) personAt(p conference.Participant) string {
	return joinNonEmpty(", ", p.Name, d.institutionOf(p))
}

// childrenWithInitials names the children as a professional needs them to
// find the case: "Mia (M. S., 2020), Leon (L. S., 2017)".
func (d *doc) childrenWithInitials() string {
	var out []string
	for _, ch := range d.c.Children {
		year := ""
		if ch.BirthYear > 0 {
			year = itoa(ch.BirthYear)
		}
		detail := joinNonEmpty(", ", ch.Initials, year)
		switch {
		case detail != "" && present(ch.FirstName):
			out = append(out, d.t.T("feedback.child", ch.FirstName, detail))
		default:
			out = append(out, joinNonEmpty(", ", ch.FirstName, detail))
		}
	}
	return joinNonEmpty("; ", out...)
}

// confidentialityLine is the line the documents for professionals open
// with (social data, purpose limitation).
func (d *doc) confidentialityLine() {
	d.write("**", d.tr("beyond.confidential.head"), "** ", d.tr("beyond.confidential.body"), "\n\n")
}

// contactBlock names the case lead with phone and e-mail from the partner
// directory, and the stand-in, under a heading of titleKey.
func (d *doc) contactBlock(titleKey string) {
	d.heading(2, d.tr(titleKey))
	p := d.caseLead()
	if p == nil {
		d.para(d.tr("beyond.contact.none"))
		return
	}
	e, _ := d.contactOf(p)
	d.fields(
		d.f("beyond.contact.case_lead", d.personAt(*p)),
		d.f("letter.phone", e.Phone),
		d.f("letter.email", e.Email),
		d.f("beyond.contact.stand_in", d.standIn()),
	)
}
