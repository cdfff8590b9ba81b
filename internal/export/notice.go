package export

import (
	"kofa/internal/conference"
)

// notice writes the notice for someone who was not at the table (or an
// institution that needs the result): the result of the risk assessment,
// their own tasks with due dates, every entry of the crisis and protection
// plan that names them, the case lead's contact and stand-in, and the
// review conference. An institution without tasks gets the result all
// the same.
func (d *doc) notice() {
	c := d.c
	d.titleHeading(d.t.T("notice.title", d.recipientName(), d.titleText()))
	d.confidentialityLine()
	d.para(d.tr("notice.intro"))
	d.fields(
		d.f("export.header.case_code", d.scrub(c.CaseCode)),
		d.f("export.header.topic", d.scrub(c.Topic)),
		d.f("export.header.date", d.date(c.Date)),
		d.f("export.header.facilitator", d.persons(conference.RoleFacilitator)),
	)
	d.resultSection()
	if own := d.recipientActions(); len(own) > 0 {
		d.taskList(own)
	} else {
		d.heading(2, d.tr("export.sub.task_list"))
		d.para(d.tr("notice.tasks.none"))
	}
	d.ownCrisisEntries()
	d.contactBlock("notice.section.contact")
	d.nextReview()
}

// recipientActions are the actions of the person or institution the
// document is for.
func (d *doc) recipientActions() []conference.Action {
	var own []conference.Action
	for _, a := range d.c.Actions {
		if d.recipientOwns(a) {
			own = append(own, a)
		}
	}
	return own
}

// recipientOwns reports whether an action is the recipient's: a person's
// own, or one of the institution's.
func (d *doc) recipientOwns(a conference.Action) bool {
	if d.to.Institution != "" {
		return d.belongsTo(a, d.to.Institution)
	}
	return d.to.ID != "" && a.OwnerID == d.to.ID
}

// recipientName names whom a notice is for: the person, or the
// institution by its catalogue label when it was given as a code.
func (d *doc) recipientName() string {
	if d.to.Institution != "" {
		return d.institutionName()
	}
	return d.to.Name
}
