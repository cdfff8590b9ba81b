package export

import (
	"strings"
	"time"

	"kofa/internal/conference"
)

// fullMinutes writes the full or pseudonymised minutes in the order of the
// conference, framed by the confidentiality line at the top and the
// release block at the end.
func (d *doc) fullMinutes() {
	d.title()
	d.confidentiality()
	d.header()
	d.preparation()
	d.familyParticipation()
	d.family()
	d.participants()
	d.reporters()
	d.legalBases()
	d.reviews()
	d.presentation()
	d.perspectives()
	d.worries()
	d.assessment()
	d.immediateSafety()
	d.actions(d.c.Actions)
	d.crisisPlan()
	d.answerMatrix()
	d.responsibilities("export.section.responsibilities")
	d.parked()
	d.nextReview()
	d.distribution()
	d.gaps()
	d.phases()
	d.release()
	// What became of the actions since, after the minutes as they were
	// released (Options.WithStatus).
	d.statusToday(d.c.Actions)
}

func (d *doc) titleText() string {
	if d.pseudonymised() && !d.c.Minutes.CaseCodeInPseudonymised && d.c.Kind == conference.KindCase {
		return d.caseAlias()
	}
	if t := d.c.Title(); present(t) {
		return d.scrub(t)
	}
	return d.t.T("export.untitled")
}

// caseAlias is what the pseudonymised minutes call the case ("Fall A"),
// unless the facilitator chose to keep the case code.
func (d *doc) caseAlias() string { return d.t.T("filing.case_alias") }

// caseCode is the case code as the variant shows it.
func (d *doc) caseCode() string {
	if d.pseudonymised() && !d.c.Minutes.CaseCodeInPseudonymised && present(d.c.CaseCode) {
		return d.caseAlias()
	}
	return d.scrub(d.c.CaseCode)
}

// titleHeading writes the document's title as its first heading, marked
// a draft while the minutes are not released.
func (d *doc) titleHeading(title string) {
	if !d.c.Released() {
		title = d.t.T("filing.title.draft", title)
	}
	d.heading(1, d.esc(title))
}

func (d *doc) title() {
	key := "export.title.full"
	switch {
	case d.pseudonymised() && d.c.FollowUpOf != "" && !d.network():
		key = "exportstatus.title_follow_up_pseudonymised"
	case d.pseudonymised():
		key = "export.title.pseudonymised"
	case d.c.FollowUpOf != "" && !d.network():
		key = "exportstatus.title_follow_up"
	}
	d.titleHeading(d.t.T(key, d.titleText()))
	if d.pseudonymised() {
		d.para(d.tr("export.pseudonymised.note"))
	}
}

// confidentiality writes the line every set of minutes opens with: the
// minutes hold social data, and recipients outside youth welfare may use
// them only for the purpose they were passed on for (§ 78 SGB X).
func (d *doc) confidentiality() {
	d.write("**", d.tr("filing.confidential.head"), "** ", d.tr("filing.confidential.body"), "\n\n")
}

// header writes the frame of the meeting: kind, title, date, the time it
// actually ran, place, who facilitated and took the minutes, status. The
// plan (planned start, end and minutes per phase) is in the table of the
// course at the end.
func (d *doc) header() {
	c := d.c
	place := c.Place
	if d.pseudonymised() && present(place) {
		place = d.leftOut()
	}
	followUp, kind := "", d.code("export.kind.", string(c.Kind))
	followUpKey := "export.header.follow_up_of"
	switch {
	case c.FollowUpOf != "" && d.network():
		// A network meeting's follow-up is its next meeting.
		followUp, followUpKey = d.predecessor(), "network.export.previous"
	case c.FollowUpOf != "":
		followUp = d.predecessor()
		kind = joinNonEmpty(", ", kind, d.t.T("exportstatus.kind_follow_up"))
	}
	d.fields(
		d.f("export.header.kind", kind),
		d.f("export.header.case_code", d.caseCode()),
		d.f("export.header.topic", d.scrub(c.Topic)),
		d.f("export.header.date", d.conferenceDate()),
		d.f("filing.header.time", d.timeSpan()),
		d.f("export.header.place", place),
		d.f("export.header.facilitator", d.persons(conference.RoleFacilitator)),
		d.f("export.header.minute_taker", d.persons(conference.RoleMinuteTaker)),
		d.f("export.header.status", d.statusLine()),
		d.f(followUpKey, followUp),
	)
}

// conferenceDate is the date of the meeting; the pseudonymised minutes
// give only the month and year.
func (d *doc) conferenceDate() string {
	if d.pseudonymised() && !d.c.Date.IsZero() {
		return d.monthYear(d.c.Date)
	}
	return d.date(d.c.Date)
}

// timeSpan is when the meeting actually ran ("09:00–10:19"), or from when
// while it runs; the planned times when it has not started.
func (d *doc) timeSpan() string {
	start, end := clock(d.c.StartedAt), clock(d.c.ActualEnd())
	switch {
	case start != "" && end != "":
		return d.t.T("filing.time.span", start, end)
	case start != "":
		return d.t.T("filing.time.from", start)
	}
	return d.plannedSpan()
}

// plannedSpan is the planned start and end ("geplant 09:00–10:30").
func (d *doc) plannedSpan() string {
	start, end := d.scrub(d.c.StartTime), d.plannedEnd()
	switch {
	case start != "" && end != "":
		return d.t.T("filing.time.planned_span", start, end)
	case start != "":
		return d.t.T("export.time.planned", start)
	}
	return ""
}

// statusLine is the state of the conference and, once it is closed, whether
// its minutes are released or still a draft.
func (d *doc) statusLine() string {
	s := d.code("export.status.", string(d.c.Status))
	if d.c.Status == conference.StatusClosed {
		state := "filing.status.draft"
		if d.c.Released() {
			state = "filing.status.released"
		}
		s = joinNonEmpty(", ", s, d.t.T(state))
	}
	return s
}

// plannedEnd is the planned start plus the planned duration, "HH:MM".
func (d *doc) plannedEnd() string {
	start, err := time.Parse("15:04", d.c.StartTime)
	if err != nil || d.c.PlannedMinutes <= 0 {
		return ""
	}
	return start.Add(time.Duration(d.c.PlannedMinutes) * time.Minute).Format("15:04")
}

func (d *doc) durations() string {
	planned, actual := "", ""
	if d.c.PlannedMinutes > 0 {
		planned = d.minutes(time.Duration(d.c.PlannedMinutes) * time.Minute)
	}
	switch c := d.c; {
	case !c.EndedAt.IsZero() && !c.StartedAt.IsZero() && c.EndedAt.After(c.StartedAt):
		// Corrected times are the truth of a conference typed up later.
		actual = d.minutes(c.EndedAt.Sub(c.StartedAt))
	case c.Status != conference.StatusPreparing:
		actual = d.minutes(c.Elapsed)
	}
	return joinNonEmpty(", ", d.tagged("export.time.planned", planned), d.tagged("export.time.actual", actual))
}

// tagged renders "planned 09:00" style parts; "" when the value holds no
// visible text.
func (d *doc) tagged(key, value string) string {
	if !present(value) {
		return ""
	}
	return d.t.T(key, value)
}

// preparation writes the occasion and the key question.
func (d *doc) preparation() {
	c := d.c
	if !present(c.Occasion) && !present(c.KeyQuestion) {
		return
	}
	d.heading(2, d.tr("export.section.preparation"))
	d.fields(d.fb("export.field.occasion", d.scrub(c.Occasion)), d.fb("export.field.key_question", d.scrub(c.KeyQuestion)))
}

// familyParticipation writes how the family takes part and when
// confidentiality was agreed. The children and carers follow (family.go),
// the legal bases per person (legal.go).
func (d *doc) familyParticipation() {
	c := d.c
	fam := c.Family
	if c.Kind == conference.KindNetwork && fam == (conference.FamilyParticipation{}) && c.ConfidentialityAt.IsZero() {
		return
	}
	d.heading(2, d.tr("filing.section.family"))
	wrote := d.fields(
		d.f("export.field.family_mode", d.label(d.cat.FamilyParticipation, fam.Mode)),
		d.fb("export.field.family_reason", d.scrub(fam.Reason)),
		d.f("export.field.confidentiality", d.tagged("export.time.at", clock(c.ConfidentialityAt))),
	)
	if !wrote {
		d.para(d.tr("export.not_recorded"))
	}
}

func (d *doc) participants() {
	d.heading(2, d.tr("export.section.participants"))
	if len(d.c.Participants) == 0 {
		d.para(d.tr("export.none.participants"))
		return
	}
	rows := make([][]md, 0, len(d.c.Participants))
	var excused, absent []string
	for _, p := range d.c.Participants {
		rows = append(rows, []md{
			d.cell(d.person(p.ID)), d.cell(d.institutionOf(p)), d.cell(d.scrub(p.Discipline)),
			d.cell(d.labels(d.cat.Roles, p.Roles)), d.cell(d.attendance(p)),
		})
		switch p.Attendance {
		case conference.AttendanceExcused:
			excused = append(excused, d.person(p.ID))
		case conference.AttendanceAbsent:
			absent = append(absent, d.person(p.ID))
		}
	}
	nameCol := "export.col.name"
	if d.pseudonymised() {
		nameCol = "export.col.pseudonym"
	}
	d.table(d.headers(nameCol, "export.col.institution", "export.col.discipline",
		"export.col.roles", "export.col.attendance"), rows)
	d.fields(
		d.f("export.field.excused", strings.Join(excused, ", ")),
		d.f("export.field.absent", strings.Join(absent, ", ")),
	)
}

// attendance shows the attendance with join and leave times
// ("present 09:12–10:05").
func (d *doc) attendance(p conference.Participant) string {
	label := d.code("export.attendance.", p.Attendance)
	join, leave := clock(p.JoinedAt), clock(p.LeftAt)
	switch {
	case join != "" && leave != "":
		return d.t.T("export.attendance.from_to", label, join, leave)
	case join != "":
		return d.t.T("export.attendance.from", label, join)
	case leave != "":
		return d.t.T("export.attendance.until", label, leave)
	}
	return label
}

// phases writes the course of the meeting at the end, compactly: the plan
// (start, end, minutes), and each phase that applies with its planned and
// actual minutes, what was skipped and why, and what was not covered (a
// phase only passed through included, see conference.HonestState).
func (d *doc) phases() {
	d.heading(2, d.tr("filing.section.course"))
	plan := d.scrub(d.c.StartTime)
	if end := d.plannedEnd(); plan != "" && end != "" {
		plan = d.t.T("filing.time.span", plan, end)
	}
	d.fields(
		d.f("filing.field.plan", plan),
		d.f("filing.field.agreed_end", d.tagged("export.time.at", d.scrub(d.c.AgreedEnd))),
		d.f("export.header.duration", d.durations()),
	)
	var rows [][]md
	for _, r := range d.c.VisiblePhases() {
		planned := ""
		if r.Planned > 0 {
			planned = d.minutes(r.Planned)
		}
		if r.Extended > 0 {
			planned = d.t.T("export.phase.extended", planned, d.minutes(r.Extended))
		}
		actual := ""
		if r.Elapsed > 0 {
			actual = d.minutes(r.Elapsed)
		}
		rows = append(rows, []md{
			d.cell(d.c.PhaseNumber(r.ID)), d.cell(d.phaseName(r.ID)),
			d.cell(d.code("export.phase_state.", string(d.c.HonestState(r)))),
			d.cell(planned), d.cell(actual), d.cell(d.scrub(r.SkipReason)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.phase", "export.col.state",
		"export.col.planned", "export.col.actual", "export.col.remark"), rows)
}

func (d *doc) phaseName(id conference.PhaseID) string {
	return d.code("export.phase.", string(id))
}
