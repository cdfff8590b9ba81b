package export

import (
	"slices"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
)

// assessment writes phase 5: the spread of the participants' own ratings
// (each rating by name only when the facilitator chose so for this
// conference, never in the pseudonymised minutes), the result of the risk
// assessment, and any dissent with how it was resolved.
func (d *doc) assessment() {
	c := d.c
	d.heading(2, d.tr("export.section.assessment"))
	d.heading(3, d.tr("export.sub.ratings"))
	switch {
	case len(c.Ratings) == 0 && childrenRated(c):
		d.para(d.tr("exportchild.ratings_per_child"))
	case len(c.Ratings) == 0:
		d.para(d.tr("export.none.ratings"))
	case c.Minutes.RatingsByName && !d.pseudonymised():
		rows := make([][]md, 0, len(c.Ratings))
		for _, r := range c.Ratings {
			scale := ""
			if r.Scale != nil {
				scale = itoa(*r.Scale)
			}
			rows = append(rows, []md{d.cell(d.person(r.ParticipantID)), d.cell(d.label(d.cat.Categories, r.Category)), d.cell(scale)})
		}
		d.table(d.headers("export.col.name", "export.col.category", "export.col.scale"), rows)
		d.spread()
	default:
		d.spread()
	}
	d.heading(3, d.tr("export.sub.result"))
	category := d.categoryOf(c.Assessment.Category)
	d.fields(
		d.f("export.field.category", category),
		d.f("export.field.harm_forms", d.labels(d.cat.HarmForms, c.Assessment.HarmForms)),
		d.fb("export.field.assessment_note", d.scrub(c.Assessment.Note)),
	)
	d.childResults()
	d.dissent()
	d.carerStances()
}

// dissent writes who does not share the result or an action, why, and
// how it was resolved. The pseudonymised minutes name a professional by
// institution only where several came from it (dissenter).
func (d *doc) dissent() {
	d.heading(3, d.tr("export.sub.dissent"))
	if len(d.c.Assessment.Dissent) == 0 {
		d.para(d.tr("export.none.dissent"))
		return
	}
	for _, x := range d.c.Assessment.Dissent {
		who := d.dissenter(x.ParticipantID)
		if n := d.c.ActionNumber(x.ActionID); n > 0 {
			who = d.t.T("filing.dissent.on_action", who, n)
		}
		reason, note := d.scrub(x.Reason), strings.TrimSpace(d.scrub(x.Note))
		if d.withheld(x.Identifying) {
			reason, note = d.leftOut(), ""
		}
		d.write("- **", d.esc(who), ":** ", d.item(reason))
		resolution := ""
		if x.Resolution != "" {
			resolution = d.code("filing.resolution.", x.Resolution)
		} else {
			resolution = d.t.T("filing.resolution.open")
		}
		// A hard line break keeps the resolution in the item, on a line
		// of its own.
		d.write("\\\n  ", d.esc(joinNonEmpty(" – ", d.t.T("filing.dissent.resolution", resolution), note)), "\n")
	}
	d.write("\n")
}

// spread summarises the individual ratings: the range and median of the
// safety scale and how often each category was chosen.
func (d *doc) spread() {
	s := d.c.RatingSpread()
	var fs []field
	if s.Scaled > 0 {
		fs = append(fs, d.f("export.field.scale_spread",
			d.t.N("export.spread.scale", s.Scaled, s.Min, s.Max, s.Median.Format(d.lang), s.Scaled)))
	}
	var cats []string
	for _, code := range conference.Categories {
		if n := s.ByCategory[code]; n > 0 {
			cats = append(cats, d.t.T("export.spread.category", d.label(d.cat.Categories, code), n))
		}
	}
	fs = append(fs, d.f("export.field.category_spread", strings.Join(cats, ", ")))
	d.fields(fs...)
}

// immediateSafety writes phase 5a when it applies or holds anything.
func (d *doc) immediateSafety() {
	s := d.c.ImmediateSafety
	if !d.c.PhaseApplies(conference.PhaseSafety) && len(s.Steps) == 0 && s.InformsFamily == "" && !present(s.Note) {
		return
	}
	d.heading(2, d.tr("export.section.safety"))
	if len(s.Steps) == 0 {
		d.para(d.tr("export.none.safety_steps"))
	} else {
		rows := make([][]md, 0, len(s.Steps))
		for _, x := range s.Steps {
			what, who, until := d.scrub(x.What), d.who(x.Who), d.scrub(x.Until)
			if d.withheld(x.Identifying) {
				what, until = d.leftOut(), ""
				if _, ok := d.names[x.Who]; !ok {
					who = "" // a name typed, not a participant
				}
			}
			rows = append(rows, []md{d.cell(what), d.cell(who), d.cell(until)})
		}
		d.table(d.headers("export.col.step", "export.col.who", "export.col.until"), rows)
	}
	d.fields(
		d.f("export.field.informs_family", d.person(s.InformsFamily)),
		d.fb("export.field.safety_note", d.scrub(s.Note)),
	)
}

// actions writes the agreed actions as one table: what, who, by when, how
// it is reported back, what happens if not, and when the owner said yes.
// The task list to tick off is the tasks extract's (taskList).
func (d *doc) actions(list []conference.Action) {
	d.heading(2, d.tr("export.section.actions"))
	if len(list) == 0 {
		d.para(d.tr("export.none.actions"))
		return
	}
	rows := make([][]md, 0, len(list))
	for _, a := range list {
		rows = append(rows, []md{
			d.cell(itoa(d.c.ActionNumber(a.ID))), d.cell(d.actionText(a, a.What)), d.cell(d.person(a.OwnerID)), d.cell(d.actionInstitution(a)),
			d.cell(d.date(a.Due)), d.cell(d.actionText(a, a.ReportBack)), d.cell(d.actionText(a, a.IfNotDone)), d.cell(d.confirmation(a)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.what", "export.col.owner", "export.col.institution",
		"export.col.due", "export.col.report_back", "export.col.if_not_done", "export.col.confirmed"), rows)
}

// taskList writes actions as a GFM task list to tick off, numbered as in
// the full minutes.
func (d *doc) taskList(list []conference.Action) {
	d.heading(2, d.tr("export.sub.task_list"))
	if len(list) == 0 {
		d.para(d.tr("export.none.actions"))
		return
	}
	for _, a := range list {
		box := "[ ]"
		if d.c.ActionStatus(a.ID) == conference.FollowUpDone {
			box = "[x]"
		}
		owner := joinNonEmpty(", ", d.person(a.OwnerID), d.actionInstitution(a))
		details := joinNonEmpty("; ",
			d.tagged("export.task.owner", owner),
			d.tagged("export.task.due", d.date(a.Due)),
			d.tagged("export.task.report_back", d.actionText(a, a.ReportBack)),
			d.tagged("export.task.if_not_done", d.actionText(a, a.IfNotDone)),
			d.taskConfirmation(a),
			d.tagged("export.task.follow_up", d.followUp(a)),
		)
		d.write("- ", md(box), " **", md(itoa(d.c.ActionNumber(a.ID))), "** ", d.item(d.actionText(a, a.What)))
		if details != "" {
			d.write(" — ", d.esc(details))
		}
		d.write("\n")
	}
	d.write("\n")
}

// confirmation shows the owner's yes for the table: the time it was
// given, or in words.
func (d *doc) confirmation(a conference.Action) string {
	if g := a.Agreement(); g.State == conference.AgreedHere && !g.At.IsZero() {
		return d.t.T("export.time.at", clock(g.At))
	}
	return d.agreementWords(a.Agreement())
}

// taskConfirmation says in words whether the owner said yes, and when.
func (d *doc) taskConfirmation(a conference.Action) string {
	if g := a.Agreement(); g.State == conference.AgreedHere && !g.At.IsZero() {
		return d.t.T("export.task.confirmed", clock(g.At))
	}
	return d.agreementWords(a.Agreement())
}

// agreementWords names an agreement without its time.
func (d *doc) agreementWords(g conference.Agreement) string {
	return d.t.T(g.State.MessageKey())
}

// followUp shows the follow-up status recorded after the conference (up
// to its closing, for closed minutes).
func (d *doc) followUp(a conference.Action) string {
	e, ok := d.c.Latest(a.ID)
	if !ok || e.Status == conference.FollowUpOpen && e.Note == "" {
		return ""
	}
	return joinNonEmpty(": ", d.code("export.follow_up.", e.Status), strings.TrimSpace(d.scrub(e.Note)))
}

// responsibilities writes the responsibilities of the case as a whole:
// every standard one (unassigned ones say so), then any others recorded.
func (d *doc) responsibilities(titleKey string) {
	d.heading(2, d.tr(titleKey))
	codes := append([]string(nil), conference.Responsibilities...)
	for _, r := range d.c.Responsibilities {
		if !slices.Contains(codes, r.Code) {
			codes = append(codes, r.Code)
		}
	}
	rows := make([][]md, 0, len(codes))
	for _, code := range codes {
		holder, note := d.t.T("export.responsibility.unassigned"), ""
		if r, ok := d.c.Responsible(code); ok {
			holder, note = d.person(r.ParticipantID), d.scrub(r.Note)
		}
		rows = append(rows, []md{d.cell(d.label(d.cat.Responsibilities, code)), d.cell(holder), d.cell(note)})
	}
	d.table(d.headers("export.col.responsibility", "export.col.who", "export.col.note"), rows)
	if d.c.Kind == conference.KindCase && d.variant != VariantTasks {
		informed := d.date(d.c.TeamLeadInformed)
		if informed == "" {
			informed = d.t.T("export.not_recorded")
		}
		d.fields(d.f("filing.field.team_lead", informed))
	}
}

func (d *doc) parked() {
	d.heading(2, d.tr("export.section.parked"))
	if len(d.c.Parked) == 0 {
		d.para(d.tr("export.none.parked"))
		return
	}
	for _, t := range d.c.Parked {
		owner := d.person(t.OwnerID)
		if owner == "" {
			owner = d.t.T("export.responsibility.unassigned")
		}
		text := d.scrub(t.Text)
		if d.withheld(t.Identifying) {
			text = d.leftOut()
		}
		d.write("- ", d.item(text), " — ", d.tr("export.parked.owner", owner), "\n")
	}
	d.write("\n")
}

// categoryOf names the category of a risk assessment, or says that none
// was recorded.
func (d *doc) categoryOf(code string) string {
	if category := d.label(d.cat.Categories, code); category != "" {
		return category
	}
	return d.t.T("export.not_recorded")
}

func (d *doc) nextReview() {
	d.heading(2, d.tr("export.section.next_review"))
	d.reviewDate()
}

// reviewDate writes the day (and time) of the next review or meeting, or
// that none is set.
func (d *doc) reviewDate() {
	c := d.c
	if c.NextReview.IsZero() {
		d.para(d.tr("export.none.next_review"))
		return
	}
	when := d.date(c.NextReview)
	if c.NextReviewTime != "" {
		when = d.t.T("export.review.at", when, d.scrub(c.NextReviewTime))
	}
	d.para(d.esc(when))
}

func (d *doc) distribution() {
	d.heading(2, d.tr("export.section.distribution"))
	if len(d.c.Distribution) == 0 {
		d.para(d.tr("export.none.distribution"))
		return
	}
	rows := make([][]md, 0, len(d.c.Distribution))
	for _, x := range d.c.Distribution {
		rows = append(rows, []md{d.cell(d.recipient(x)), d.cell(d.code("export.variant.", x.Variant)),
			d.cell(d.code("distribution.how.", x.How))})
	}
	d.table(d.headers("export.col.recipient", "export.col.variant", "distribution.col.how"), rows)
}

// gaps lists the problems the facilitator accepted when closing, so the
// reader sees what is missing instead of assuming it was covered.
func (d *doc) gaps() {
	if len(d.c.OpenGaps) == 0 {
		return
	}
	d.heading(2, d.tr("export.section.gaps"))
	for _, p := range d.c.OpenGaps {
		text := p.Path
		if d.t.Has(p.Key) {
			args := make([]any, len(p.Args))
			for i, a := range p.Args {
				args[i] = d.gapArg(a)
			}
			text = d.t.T(p.Key, args...)
		}
		d.write("- ", d.esc(text), "\n")
	}
	d.write("\n")
}

// gapArg turns a problem argument into words: responsibility codes get
// their label, anything else stays as it is (numbers, paths).
func (d *doc) gapArg(a string) string {
	if e, ok := catalogue.Find(d.cat.Responsibilities, a); ok {
		return e.LabelIn(d.lang)
	}
	return a
}
