package export

import (
	"strings"

	"kofa/internal/conference"
)

// networkMinutes writes the minutes of a network meeting in the order of
// its phases: the frame, who took part, the review of the last meeting's
// actions (a next meeting), the reports from the institutions, the agenda
// items each with lead, discussion, decisions and actions, the
// cooperation agreements made or reviewed, what is parked, the next
// meeting and who receives the minutes; then the course and the release,
// as every set of minutes ends.
func (d *doc) networkMinutes() {
	d.title()
	d.confidentiality()
	d.header()
	d.preparation()
	d.participants()
	d.reviews()
	d.reports()
	d.agenda()
	d.cooperationRecord()
	d.earlierRecord()
	d.parked()
	d.nextMeeting()
	d.distribution()
	d.gaps()
	d.phases()
	d.release()
	d.statusToday(d.c.Actions)
}

// network reports whether the minutes are a network meeting's.
func (d *doc) network() bool { return d.c.Kind == conference.KindNetwork }

// reports writes what each institution reported, one item each: who (and
// from where), then the report.
func (d *doc) reports() {
	d.heading(2, d.tr("network.export.reports"))
	reports := d.c.Reports()
	if len(reports) == 0 {
		d.para(d.tr("network.export.no_reports"))
		return
	}
	for _, x := range reports {
		text := d.scrub(x.Text)
		if d.withheld(x.Identifying) {
			text = d.leftOut()
		}
		d.write("- **", d.esc(d.reportedBy(x.SpeakerID)), ":** ", d.item(text), "\n")
	}
	d.write("\n")
}

// reportedBy names who reported: the person with their institution, or
// as the pseudonymised minutes name people.
func (d *doc) reportedBy(id string) string {
	p := d.c.Participant(id)
	switch {
	case id == "":
		return d.t.T("export.person.no_speaker")
	case p == nil || d.pseudonymised():
		return d.person(id)
	}
	return joinNonEmpty(" – ", d.person(id), d.institutionOf(*p))
}

// agenda writes every agenda item under a heading of its own ("TOP 2:
// ..."): its lead, its state, where it came from, what was discussed, the
// decisions as a list, and its actions as a table; then the actions of no
// item.
func (d *doc) agenda() {
	c := d.c
	d.heading(2, d.tr("export.phase.agenda"))
	if len(c.Agenda) == 0 {
		d.para(d.tr("network.export.no_agenda"))
	}
	for i, it := range c.Agenda {
		title := d.scrub(it.Title)
		if !present(title) {
			title = d.t.T("export.untitled")
		}
		d.heading(3, d.esc(d.t.T("network.export.item", i+1, title)))
		from := ""
		if it.CarriedFrom != "" {
			from = d.date(it.CarriedDate)
			if from == "" {
				from = d.t.T("network.export.earlier_meeting")
			}
		}
		d.fields(
			d.f("network.agenda.field.lead", d.person(it.LeadID)),
			d.f("network.agenda.col.status", d.itemStatus(it.Status)),
			d.f("network.export.carried_from", from),
			d.fb("network.agenda.field.discussion", d.scrub(it.Discussion)),
		)
		d.decisions(it.Decisions)
		if actions := c.ItemActions(it.ID); len(actions) > 0 {
			d.itemActions(actions)
		}
	}
	if others := c.ItemActions(""); len(others) > 0 {
		d.heading(3, d.tr("network.agenda.others"))
		d.itemActions(others)
	}
	d.otherContributions()
}

// itemStatus names an agenda item's state in words the minutes keep.
func (d *doc) itemStatus(status string) string {
	switch status {
	case conference.ItemDone:
		return d.t.T("network.agenda.status.done")
	case conference.ItemParked:
		return d.t.T("network.export.parked")
	}
	return d.t.T("network.export.not_dealt_with")
}

// decisions writes the decisions, one a line, as a list under their
// label.
func (d *doc) decisions(text string) {
	var lines []string
	for _, l := range strings.Split(d.scrub(text), "\n") {
		if present(l) {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return
	}
	d.write("**", d.tr("network.agenda.field.decisions"), ":**\n\n")
	for _, l := range lines {
		d.write("- ", d.esc(l), "\n")
	}
	d.write("\n")
}

// itemActions writes the actions of an agenda item: number (as the
// follow-up list numbers them), what, who, institution, by when, the
// owner's yes.
func (d *doc) itemActions(list []conference.Action) {
	rows := make([][]md, 0, len(list))
	for _, a := range list {
		rows = append(rows, []md{
			d.cell(itoa(d.c.ActionNumber(a.ID))), d.cell(d.actionText(a, a.What)), d.cell(d.person(a.OwnerID)),
			d.cell(d.actionInstitution(a)), d.cell(d.date(a.Due)), d.cell(d.confirmation(a)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.what", "export.col.owner", "export.col.institution",
		"export.col.due", "export.col.confirmed"), rows)
}

// otherContributions writes what was said during the agenda without an
// item of its own (recorded before network meetings had agenda items).
func (d *doc) otherContributions() {
	var list []conference.Contribution
	for _, x := range d.c.Contributions {
		if x.Phase != conference.PhaseReports {
			list = append(list, x)
		}
	}
	if len(list) == 0 {
		return
	}
	d.heading(3, d.tr("network.export.contributions"))
	for i := range list {
		d.contribution(&list[i])
	}
	d.write("\n")
}

// cooperationRecord writes the cooperation agreements the meeting made or
// reviewed, as the meeting left them: subject, partners (with their
// contact persons, not in the pseudonymised minutes), what the meeting
// did, the status and the review date.
func (d *doc) cooperationRecord() {
	d.heading(2, d.tr("export.phase.cooperation"))
	if len(d.c.Cooperation) == 0 {
		d.para(d.tr("network.export.no_cooperation"))
		return
	}
	rows := make([][]md, 0, len(d.c.Cooperation))
	for _, a := range d.c.Cooperation {
		rows = append(rows, []md{
			d.cell(d.scrub(a.Subject)), d.cell(d.partners(a)), d.cell(d.meetingDid(a)),
			d.cell(d.agreementStatus(a.Status)), d.cell(d.date(a.ReviewBy)),
		})
	}
	d.table(d.headers("cooperation.col.subject", "cooperation.col.partners", "network.export.col.here",
		"cooperation.col.status", "cooperation.col.review_by"), rows)
}

// partners names the partners of an agreement, each with the contact
// person in brackets (the pseudonymised minutes leave the persons out).
func (d *doc) partners(a conference.CooperationAgreement) string {
	names := make([]string, 0, len(a.Partners))
	for _, p := range a.Partners {
		name := d.scrub(p.Institution)
		if present(p.Contact) && !d.pseudonymised() {
			name = d.t.T("network.export.partner", name, p.Contact)
		}
		names = append(names, name)
	}
	return strings.Join(names, "; ")
}

// meetingDid says what the meeting did to an agreement: made it,
// reviewed it (with the outcome and note), or changed it.
func (d *doc) meetingDid(a conference.CooperationAgreement) string {
	created, reviews := d.c.AgreementChange(a)
	var parts []string
	if created {
		parts = append(parts, d.t.T("network.export.made"))
	}
	for _, r := range reviews {
		parts = append(parts, joinNonEmpty(" – ", d.t.T("network.export.reviewed", d.code("cooperation.outcome.", r.Outcome)),
			strings.TrimSpace(d.scrub(r.Note))))
	}
	if len(parts) == 0 {
		return d.t.T("network.export.changed")
	}
	return strings.Join(parts, "; ")
}

// earlierRecord writes what a network meeting recorded in the case phases
// it ran through before it had phases of its own (conference.Upgrade
// maps the phases, never the text), so that nothing recorded is lost.
func (d *doc) earlierRecord() {
	c := d.c
	presentation := present(c.Facts) || present(c.HelpInPlace) || len(c.Chronology) > 0
	worries := len(c.Risks)+len(c.ProtectiveFactors)+len(c.ExistingSafety) > 0
	assessment := c.Assessment.Category != "" || present(c.Assessment.Note) || len(c.Ratings) > 0
	if !presentation && !worries && !assessment {
		return
	}
	d.para(d.tr("network.export.earlier"))
	if presentation {
		d.presentation()
	}
	if worries {
		d.worries()
	}
	if assessment {
		d.assessment()
	}
}

// nextMeeting writes the date of the next meeting, under the network's
// heading.
func (d *doc) nextMeeting() {
	d.heading(2, d.tr("network.closing.review.next"))
	d.reviewDate()
}
