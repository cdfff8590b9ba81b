package export

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
)

// tasksMinutes writes one institution's extract: the frame of the meeting,
// that institution's own actions, the responsibilities all institutions
// share, and the next review. Nothing else of the case leaves the room
// with it.
func (d *doc) tasksMinutes() {
	c := d.c
	d.heading(1, d.tr("export.title.tasks", d.institutionName(), d.titleText()))
	d.para(d.tr("export.tasks.note"))
	d.fields(
		d.f("export.header.kind", d.code("export.kind.", string(c.Kind))),
		d.f("export.header.case_code", c.CaseCode),
		d.f("export.header.topic", c.Topic),
		d.f("export.header.date", d.date(c.Date)),
		d.f("export.header.facilitator", d.persons(conference.RoleFacilitator)),
		d.f("export.header.status", d.code("export.status.", string(c.Status))),
	)
	var own []conference.Action
	for _, a := range c.Actions {
		if d.belongsTo(a, d.forInst) {
			own = append(own, a)
		}
	}
	d.actions(own)
	d.responsibilities("export.section.shared_responsibilities")
	d.nextReview()
	d.statusToday(own)
}

// institutionName shows the institution the tasks are for: the catalogue
// label when For is a code, otherwise For as given.
func (d *doc) institutionName() string {
	if e, ok := catalogue.Find(d.cat.Institutions, strings.TrimSpace(d.forInst)); ok {
		return e.LabelIn(d.lang)
	}
	return d.forInst
}

// HasTasksFor reports whether any action of c belongs to the institution
// inst (a catalogue code or a name as recorded), so a caller can tell a
// typo from an institution without tasks.
func HasTasksFor(c *conference.Conference, inst string, cat *catalogue.Catalogue) bool {
	d := newDoc(c, Options{Variant: VariantTasks, For: inst, Catalogue: cat})
	for _, a := range c.Actions {
		if d.belongsTo(a, inst) {
			return true
		}
	}
	return false
}

// Institutions lists the institutions named in c (participants' and
// actions' institutions as recorded, and the catalogue codes of their
// types), each once, in the order they first appear. The CLI shows them
// when --for matches nothing.
func Institutions(c *conference.Conference) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	for _, p := range c.Participants {
		if p.Family {
			continue
		}
		add(p.InstitutionType)
		add(p.Institution)
	}
	for _, a := range c.Actions {
		add(a.Institution)
	}
	return out
}
