package export

import (
	"strings"
	"time"

	"kofa/internal/conference"
)

// fullMinutes writes the full or pseudonymised minutes in the order of the
// conference.
func (d *doc) fullMinutes() {
	d.title()
	d.header()
	d.preparation()
	d.legalAndFamily()
	d.family()
	d.participants()
	d.phases()
	d.reviews()
	d.presentation()
	d.perspectives()
	d.worries()
	d.assessment()
	d.immediateSafety()
	d.actions(d.c.Actions)
	d.contingency()
	d.responsibilities("export.section.responsibilities")
	d.parked()
	d.nextReview()
	d.distribution()
	d.gaps()
	d.statusToday(d.c.Actions)
}

func (d *doc) titleText() string {
	if t := d.c.Title(); present(t) {
		return d.scrub(t)
	}
	return d.t.T("export.untitled")
}

func (d *doc) title() {
	key := "export.title.full"
	switch {
	case d.pseudonymised() && d.c.FollowUpOf != "":
		key = "exportstatus.title_follow_up_pseudonymised"
	case d.pseudonymised():
		key = "export.title.pseudonymised"
	case d.c.FollowUpOf != "":
		key = "exportstatus.title_follow_up"
	}
	d.heading(1, d.tr(key, d.titleText()))
	if d.pseudonymised() {
		d.para(d.tr("export.pseudonymised.note"))
	}
}

// header writes the frame of the meeting: kind, title, date and times,
// place, duration, who facilitated and took the minutes, status.
func (d *doc) header() {
	c := d.c
	place := c.Place
	if d.pseudonymised() && present(place) {
		place = d.leftOut()
	}
	followUp, kind := "", d.code("export.kind.", string(c.Kind))
	if c.FollowUpOf != "" {
		followUp = d.predecessor()
		kind = joinNonEmpty(", ", kind, d.t.T("exportstatus.kind_follow_up"))
	}
	d.fields(
		d.f("export.header.kind", kind),
		d.f("export.header.case_code", d.scrub(c.CaseCode)),
		d.f("export.header.topic", d.scrub(c.Topic)),
		d.f("export.header.date", d.date(c.Date)),
		d.f("export.header.start", d.startTimes()),
		d.f("export.header.end", d.endTimes()),
		d.f("export.header.place", place),
		d.f("export.header.duration", d.durations()),
		d.f("export.header.facilitator", d.persons(conference.RoleFacilitator)),
		d.f("export.header.minute_taker", d.persons(conference.RoleMinuteTaker)),
		d.f("export.header.status", d.code("export.status.", string(c.Status))),
		d.f("export.header.follow_up_of", followUp),
	)
}

func (d *doc) startTimes() string {
	return joinNonEmpty(", ",
		d.tagged("export.time.planned", d.scrub(d.c.StartTime)),
		d.tagged("export.time.actual", clock(d.c.StartedAt)))
}

func (d *doc) endTimes() string {
	return joinNonEmpty(", ",
		d.tagged("export.time.planned", d.plannedEnd()),
		d.tagged("export.time.agreed", d.scrub(d.c.AgreedEnd)),
		d.tagged("export.time.actual", clock(d.c.ClosedAt)))
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
	if d.c.Status != conference.StatusPreparing {
		actual = d.minutes(d.c.Elapsed)
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

func (d *doc) legalAndFamily() {
	c := d.c
	lb, fam := c.LegalBasis, c.Family
	if c.Kind == conference.KindNetwork && lb == (conference.LegalBasis{}) && fam == (conference.FamilyParticipation{}) {
		return
	}
	d.heading(2, d.tr("export.section.legal"))
	basis := d.label(d.cat.LegalBases, lb.Basis)
	if basis == "" {
		basis = d.t.T("export.not_recorded")
	}
	consentBy := lb.ConsentBy
	if d.pseudonymised() && present(consentBy) {
		consentBy = d.leftOut()
	}
	confidentiality := clock(c.ConfidentialityAt)
	d.fields(
		d.f("export.field.legal_basis", basis),
		d.f("export.field.consent_by", consentBy),
		d.f("export.field.consent_scope", d.scrub(lb.ConsentScope)),
		d.f("export.field.consent_date", d.date(lb.ConsentDate)),
		d.fb("export.field.legal_note", d.scrub(lb.Note)),
		d.f("export.field.family_mode", d.label(d.cat.FamilyParticipation, fam.Mode)),
		d.fb("export.field.family_reason", d.scrub(fam.Reason)),
		d.f("export.field.confidentiality", d.tagged("export.time.at", confidentiality)),
	)
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

// phases writes the plan and course of the meeting: each phase that
// applies, with planned and actual time, skip reasons and what was not
// covered.
func (d *doc) phases() {
	d.heading(2, d.tr("export.section.phases"))
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
			d.cell(d.code("export.phase_state.", string(r.State))),
			d.cell(planned), d.cell(actual), d.cell(d.scrub(r.SkipReason)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.phase", "export.col.state",
		"export.col.planned", "export.col.actual", "export.col.remark"), rows)
}

func (d *doc) phaseName(id conference.PhaseID) string {
	return d.code("export.phase.", string(id))
}
