package export

import "kofa/internal/conference"

// reporters writes, under the participants, who informed the office:
// each reporting professional with their profession, whether they were
// involved in the risk assessment (§ 8a Abs. 1 S. 2 Nr. 2 SGB VIII, the
// reason if not), and whether the feedback of § 4 Abs. 4 KKG is owed and
// by when. Whether it was given since belongs to the follow-up list, not
// to the record of the meeting.
func (d *doc) reporters() {
	c := d.c
	list := c.Reporters()
	if c.Kind != conference.KindCase || len(list) == 0 {
		return
	}
	d.heading(3, d.tr("reporter.export.section"))
	rows := make([][]md, 0, len(list))
	for _, p := range list {
		r := p.Report
		profession := d.t.T("export.not_recorded")
		if r.Profession != "" {
			profession = d.code("reporter.profession.", r.Profession)
		}
		involved := d.t.T("export.not_recorded")
		switch r.Involved {
		case conference.InvolvedYes:
			involved = d.t.T("reporter.involved.yes")
		case conference.InvolvedNo:
			involved = joinNonEmpty(": ", d.t.T("reporter.involved.no"), d.scrub(r.NotInvolvedReason))
		}
		feedback := d.t.T("reporter.export.feedback.not_owed")
		if p.OwedFeedback() {
			feedback = d.t.T("reporter.export.feedback.due", d.date(c.FeedbackDue(p)))
		}
		rows = append(rows, []md{d.cell(d.person(p.ID)), d.cell(profession), d.cell(involved), d.cell(feedback)})
	}
	nameCol := "export.col.name"
	if d.pseudonymised() {
		nameCol = "export.col.pseudonym"
	}
	d.table(d.headers(nameCol, "reporter.export.col.profession", "reporter.export.col.involved",
		"reporter.export.col.feedback"), rows)
}
