package export

import (
	"kofa/internal/conference"
)

// presentation writes phase 2: facts, the chronology and the help already
// in place.
func (d *doc) presentation() {
	c := d.c
	d.heading(2, d.tr("export.section.presentation"))
	if present(c.Facts) {
		d.heading(3, d.tr("export.sub.facts"))
		d.para(d.block(d.scrub(c.Facts), ""))
	}
	d.heading(3, d.tr("export.sub.chronology"))
	if len(c.Chronology) == 0 {
		d.para(d.tr("export.none.chronology"))
	} else {
		rows := make([][]md, 0, len(c.Chronology))
		for _, e := range c.Chronology {
			when := d.date(e.Date)
			if when == "" {
				when = d.scrub(e.DateText)
			}
			event, source := d.scrub(e.Event), d.scrub(e.Source)
			if d.withheld(e.Identifying) {
				event, source = d.leftOut(), ""
			}
			rows = append(rows, []md{d.cell(when), d.cell(event), d.cell(source)})
		}
		d.table(d.headers("export.col.date", "export.col.event", "export.col.source"), rows)
	}
	if present(c.HelpInPlace) {
		d.heading(3, d.tr("export.sub.help_in_place"))
		d.para(d.block(d.scrub(c.HelpInPlace), ""))
	}
}

// perspectives writes phase 3: what each participant contributed, grouped
// by speaker in the order of the participant list, then the child's and
// the parents' views.
func (d *doc) perspectives() {
	c := d.c
	d.heading(2, d.tr("export.section.perspectives"))
	if len(c.Contributions) == 0 {
		d.para(d.tr("export.none.contributions"))
	}
	order, bySpeaker := speakers(c)
	for _, id := range order {
		name := d.person(id)
		if id == "" {
			name = d.t.T("export.person.no_speaker")
		}
		d.heading(3, d.esc(name))
		for _, i := range bySpeaker[id] {
			d.contribution(&c.Contributions[i])
		}
		d.write("\n")
	}
	d.view("export.sub.child_view", c.ChildView)
	d.carerViews()
}

// speakers lists the speaker IDs that have contributions: participants in
// list order, then IDs no longer in the list in order of first
// contribution, then "" for contributions without a speaker. bySpeaker
// holds the indexes of each speaker's contributions in c.Contributions, in
// their order (as c.ContributionsBy, in one pass over the list).
func speakers(c *conference.Conference) (order []string, bySpeaker map[string][]int) {
	bySpeaker = map[string][]int{}
	for i, x := range c.Contributions {
		bySpeaker[x.SpeakerID] = append(bySpeaker[x.SpeakerID], i)
	}
	listed := make(map[string]bool, len(c.Participants))
	for _, p := range c.Participants {
		if _, ok := bySpeaker[p.ID]; ok && !listed[p.ID] {
			order = append(order, p.ID)
			listed[p.ID] = true
		}
	}
	for _, x := range c.Contributions {
		if x.SpeakerID != "" && !listed[x.SpeakerID] {
			order = append(order, x.SpeakerID)
			listed[x.SpeakerID] = true
		}
	}
	if _, ok := bySpeaker[""]; ok && !listed[""] {
		order = append(order, "")
	}
	return order, bySpeaker
}

// contribution writes one list item: the text, then how it is known, its
// source and (outside the round of perspectives) the phase.
func (d *doc) contribution(x *conference.Contribution) {
	text, source := d.scrub(x.Text), d.scrub(x.Source)
	if d.withheld(x.Identifying) {
		text, source = d.leftOut(), ""
	}
	body := d.item(text)
	phase := ""
	if x.Phase != conference.PhasePerspectives && x.Phase != "" {
		phase = d.t.T("export.meta.phase", d.c.PhaseNumber(x.Phase), d.phaseName(x.Phase))
	}
	meta := joinNonEmpty("; ",
		d.label(d.cat.Provenance, x.Provenance),
		d.tagged("export.meta.source", source),
		phase, d.flag(x.Confidential, "distribution.confidential"))
	d.write("- ", body)
	if meta != "" {
		d.write(" (", d.esc(meta), ")")
	}
	d.write("\n")
}

// view writes the child's or the parents' view, or why there is none.
func (d *doc) view(key string, v conference.View) { d.viewUnder(d.tr(key), v) }

// viewUnder writes a view under a heading of its own.
func (d *doc) viewUnder(heading md, v conference.View) {
	d.heading(3, heading)
	if d.withheld(v.Identifying) && !v.Empty() {
		d.para(d.esc(d.leftOut()))
		return
	}
	wrote := d.fields(
		d.fb("export.field.how_obtained", d.scrub(v.HowObtained)),
		d.fb("export.field.said", d.scrub(v.Said)),
		d.fb("export.field.missing_reason", d.scrub(v.MissingReason)),
		d.f("distribution.field.marks", d.flag(v.Confidential && !v.Empty(), "distribution.confidential")),
	)
	if !wrote {
		d.para(d.tr("export.none.view"))
	}
}

// worries writes phase 4: the risk entries as one table grouped by area,
// the protective factors and the existing safety.
func (d *doc) worries() {
	c := d.c
	d.heading(2, d.tr("export.section.worries"))
	d.heading(3, d.tr("export.sub.risks"))
	if len(c.Risks) == 0 {
		d.para(d.tr("export.none.risks"))
	} else {
		areas, byArea := c.RisksByArea()
		var rows [][]md
		for _, area := range areas {
			for _, r := range byArea[area] {
				rows = append(rows, d.riskRow(r))
			}
		}
		d.table(d.headers("export.col.area", "export.col.indicator", "export.col.severity",
			"export.col.flags", "export.col.provenance", "export.col.source", "export.col.date"), rows)
	}
	d.areaRatings()
	d.strengths("export.sub.protective_factors", "export.none.protective_factors", c.ProtectiveFactors)
	d.strengths("export.sub.existing_safety", "export.none.existing_safety", c.ExistingSafety)
}

// indicatorLabel labels an indicator code ("" for none; an unknown code
// as itself).
func (d *doc) indicatorLabel(code string) string {
	if code == "" {
		return ""
	}
	if _, ind, ok := d.cat.Indicator(code); ok {
		return ind.LabelIn(d.lang)
	}
	return d.scrub(code)
}

func (d *doc) riskRow(r conference.RiskEntry) []md {
	what := joinNonEmpty(": ", d.indicatorLabel(r.Indicator), d.scrub(r.Text))
	source := d.scrub(r.Source)
	if d.withheld(r.Identifying) {
		what, source = d.leftOut(), ""
	}
	flags := joinNonEmpty(", ", d.flag(r.Weighty, "export.flag.weighty"), d.flag(r.Acute, "export.flag.acute"),
		d.flag(r.Confidential, "distribution.confidential"))
	provenance := d.label(d.cat.Provenance, r.Provenance)
	if by := d.reporter(r.ReportedBy); by != "" {
		provenance = joinNonEmpty(" ", provenance, d.t.T("export.meta.by", by))
	}
	return []md{
		d.cell(d.label(d.cat.RiskAreas, r.Area)), d.cell(what), d.cell(d.label(d.cat.Intensities, r.Intensity)),
		d.cell(flags), d.cell(provenance), d.cell(source), d.cell(d.date(r.Date)),
	}
}

func (d *doc) flag(on bool, key string) string {
	if !on {
		return ""
	}
	return d.t.T(key)
}

func (d *doc) strengths(key, noneKey string, list []conference.Strength) {
	d.heading(3, d.tr(key))
	if len(list) == 0 {
		d.para(d.tr(noneKey))
		return
	}
	for _, s := range list {
		text, source := d.scrub(s.Text), d.scrub(s.Source)
		if d.withheld(s.Identifying) {
			text, source = d.leftOut(), ""
		}
		what := joinNonEmpty(": ", d.label(d.cat.ProtectiveFactors, s.Factor), text)
		meta := joinNonEmpty("; ", d.label(d.cat.Provenance, s.Provenance), d.tagged("export.meta.source", source),
			d.flag(s.Confidential, "distribution.confidential"))
		d.write("- ", d.item(what))
		if meta != "" {
			d.write(" (", d.esc(meta), ")")
		}
		d.write("\n")
	}
	d.write("\n")
}

// areaRatings writes how each rated risk area as a whole is cared for,
// apart from the intensity of single worries.
func (d *doc) areaRatings() {
	if len(d.c.AreaRatings) == 0 {
		return
	}
	d.heading(3, d.tr("filing.sub.area_ratings"))
	fs := make([]field, 0, len(d.c.AreaRatings))
	for _, a := range d.c.AreaRatings {
		fs = append(fs, field{d.esc(d.label(d.cat.RiskAreas, a.Area)), d.esc(d.label(d.cat.Severities, a.Quality))})
	}
	d.fields(fs...)
}
