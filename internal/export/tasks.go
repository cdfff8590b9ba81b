package export

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/textfold"
)

// tasksMinutes writes one institution's extract: the frame of the meeting,
// the result of the risk assessment, that institution's own actions as a
// task list, every entry of the crisis and protection plan that names it,
// the responsibilities all institutions share, and the review conference.
// Nothing else of the case leaves the room with it.
func (d *doc) tasksMinutes() {
	c := d.c
	d.titleHeading(d.t.T("export.title.tasks", d.institutionName(), d.titleText()))
	d.confidentiality()
	d.para(d.tr("export.tasks.note"))
	d.fields(
		d.f("export.header.kind", d.code("export.kind.", string(c.Kind))),
		d.f("export.header.case_code", d.scrub(c.CaseCode)),
		d.f("export.header.topic", d.scrub(c.Topic)),
		d.f("export.header.date", d.date(c.Date)),
		d.f("export.header.facilitator", d.persons(conference.RoleFacilitator)),
		d.f("export.header.status", d.statusLine()),
	)
	d.resultSection()
	var own []conference.Action
	for _, a := range c.Actions {
		if d.belongsTo(a, d.forInst) {
			own = append(own, a)
		}
	}
	d.taskList(own)
	d.ownCrisisEntries()
	d.responsibilities("export.section.shared_responsibilities")
	d.nextReview()
	d.statusToday(own)
}

// resultSection writes the result of the risk assessment of a case
// conference: the category and the forms of harm.
func (d *doc) resultSection() {
	c := d.c
	if c.Kind != conference.KindCase {
		return
	}
	d.heading(2, d.tr("export.sub.result"))
	category := d.categoryOf(c.Assessment.Category)
	d.fields(
		d.f("export.field.category", category),
		d.f("export.field.harm_forms", d.labels(d.cat.HarmForms, c.Assessment.HarmForms)),
	)
}

// ownCrisisEntries lists the entries of the crisis and protection plan
// that name the institution (or, in a notice for one person, that
// person): someone of it acts, the entry names it, or it belongs to one
// of its actions.
func (d *doc) ownCrisisEntries() {
	var rows [][]md
	for i, e := range d.c.CrisisPlan {
		if !d.crisisConcerns(e) {
			continue
		}
		rows = append(rows, []md{d.cell(d.crisisNumber(i)), d.cell(d.crisisText(e, e.If)), d.cell(d.crisisWhat(e)),
			d.cell(d.crisisWho(e)), d.cell(d.crisisText(e, e.By)), d.cell(d.crisisFor(e))})
	}
	if len(rows) == 0 {
		return
	}
	d.heading(2, d.tr("filing.section.crisis"))
	d.table(d.headers("export.col.number", "filing.col.if", "filing.col.then", "export.col.who",
		"export.col.until", "filing.col.for"), rows)
}

// crisisConcerns reports whether a crisis-plan entry concerns whom the
// document is for: a person of a notice, else the institution.
func (d *doc) crisisConcerns(e conference.CrisisEntry) bool {
	if d.to.ID == "" || d.to.Institution != "" {
		return d.crisisNames(e, d.forInst)
	}
	if e.WhoID == d.to.ID {
		return true
	}
	if a := d.c.Action(e.ActionID); a != nil && a.OwnerID == d.to.ID {
		return true
	}
	return present(d.to.Name) && textfold.Contains(e.Who+" "+e.What+" "+e.If, d.to.Name)
}

// crisisNames reports whether a crisis-plan entry names the institution.
func (d *doc) crisisNames(e conference.CrisisEntry, inst string) bool {
	if p := d.c.Participant(e.WhoID); p != nil && d.belongsTo(conference.Action{OwnerID: p.ID}, inst) {
		return true
	}
	if a := d.c.Action(e.ActionID); a != nil && d.belongsTo(*a, inst) {
		return true
	}
	inst = strings.TrimSpace(inst)
	if inst == "" {
		return false
	}
	text := strings.ToLower(e.Who + " " + e.What + " " + e.If)
	for _, name := range []string{inst, d.institutionName()} {
		if name = strings.ToLower(strings.TrimSpace(name)); name != "" && strings.Contains(text, name) {
			return true
		}
	}
	return false
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
