package export

import (
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/textfold"
)

// familyName is how the minutes name a child or a carer: in the full
// minutes by name; in the pseudonymised ones by a short noun in tables
// ("Kind (6)", "Mutter") and, where free text had the name, by the noun
// with its article, so the sentence stays a sentence ("das Kind (6)",
// "die Mutter").
type familyName struct {
	name  string // as recorded
	short string
	the   string
}

// childNames names the children, in list order; two children who would
// get the same name are numbered.
func (d *doc) childNames() []familyName {
	out := make([]familyName, len(d.c.Children))
	for i, ch := range d.c.Children {
		out[i] = familyName{name: ch.FirstName, short: d.t.T("family.child"), the: d.t.T("family.child.the")}
		if age, ok := ch.AgeIn(d.c.Date.Year); ok {
			out[i].short, out[i].the = d.t.T("family.child.age", age), d.t.T("family.child.the_age", age)
		}
	}
	return d.numbered(out)
}

// relationshipPrefix starts the message keys of the relationships
// ("family.relationship.mother", and ".the" after it with the article).
const relationshipPrefix = "family.relationship."

// carerNames names the carers by their relationship to the children.
func (d *doc) carerNames() []familyName {
	out := make([]familyName, len(d.c.Carers))
	for i, p := range d.c.Carers {
		key := relationshipPrefix + p.Relationship
		if p.Relationship == "" || !d.t.Has(key) {
			key = relationshipPrefix + conference.RelationshipOther
		}
		out[i] = familyName{name: p.Name, short: d.t.T(key), the: d.t.T(key + ".the")}
	}
	return d.numbered(out)
}

// numbered numbers the names that two or more share, in list order.
func (d *doc) numbered(names []familyName) []familyName {
	count := map[string]int{}
	for _, n := range names {
		count[n.short]++
	}
	seen := map[string]int{}
	for i, n := range names {
		if count[n.short] > 1 {
			seen[n.short]++
			k := seen[n.short]
			names[i].short = d.t.T("family.child.numbered", n.short, k)
			names[i].the = d.t.T("family.child.numbered", n.the, k)
		}
	}
	return names
}

// carerFor returns the carer a family member at the table is (the same
// name, in any spelling), so that both are named alike.
func (d *doc) carerFor(p conference.Participant) (familyName, bool) {
	key := textfold.Digraph(p.Name)
	for i, c := range d.c.Carers {
		if key != "" && textfold.Digraph(c.Name) == key {
			return d.carerNames()[i], true
		}
	}
	return familyName{}, false
}

// family writes the children of the case and their parents and carers
// (case conferences only): who the children are, whether each was seen in
// person, and who holds custody.
func (d *doc) family() {
	c := d.c
	if c.Kind != conference.KindCase {
		return
	}
	d.heading(2, d.tr("family.export.section.family"))
	d.heading(3, d.tr("family.export.sub.children"))
	if len(c.Children) == 0 {
		d.para(d.tr("family.export.none.children"))
	} else {
		names := d.childNames()
		rows := make([][]md, 0, len(c.Children))
		for i, ch := range c.Children {
			name, initials := d.scrub(ch.FirstName), d.scrub(ch.Initials)
			if d.pseudonymised() {
				name = names[i].short
				if present(initials) {
					initials = d.leftOut()
				}
			}
			year := ""
			if ch.BirthYear > 0 {
				year = strconv.Itoa(ch.BirthYear)
			}
			rows = append(rows, []md{d.cell(name), d.cell(initials), d.cell(year), d.cell(d.seen(ch))})
		}
		d.table(d.headers("family.export.col.child", "family.export.col.initials", "family.export.col.birth_year",
			"family.export.col.seen"), rows)
	}
	d.heading(3, d.tr("family.export.sub.carers"))
	if len(c.Carers) == 0 {
		d.para(d.tr("family.export.none.carers"))
		return
	}
	names := d.carerNames()
	rows := make([][]md, 0, len(c.Carers))
	for i, p := range c.Carers {
		name := d.scrub(p.Name)
		if d.pseudonymised() {
			name = names[i].short
		}
		rows = append(rows, []md{d.cell(name), d.cell(d.code(relationshipPrefix, p.Relationship)),
			d.cell(d.code("family.custody.", p.Custody))})
	}
	d.table(d.headers("export.col.name", "family.export.col.relationship", "family.export.col.custody"), rows)
}

// seen says whether and when a child was seen in person, and by whom.
func (d *doc) seen(ch conference.Child) string {
	switch {
	case !ch.Seen():
		return d.t.T("family.export.not_seen")
	case d.pseudonymised() && ch.SeenBy == "":
		// A distance from the conference, not a day: no "on".
		return d.date(ch.SeenOn)
	case d.pseudonymised():
		return d.t.T("filing.family.seen_rel_by", d.date(ch.SeenOn), d.who(ch.SeenBy))
	case ch.SeenBy == "":
		return d.t.T("family.export.seen_on", d.date(ch.SeenOn))
	}
	return d.t.T("family.export.seen_on_by", d.date(ch.SeenOn), d.who(ch.SeenBy))
}

// familyMember names a carer or child of the case by ID as the minutes
// name them: by name, or in the pseudonymised minutes by relationship or
// age ("Mutter", "Kind (6)").
func (d *doc) familyMember(id string) string {
	for i, ca := range d.c.Carers {
		if ca.ID == id {
			if d.pseudonymised() {
				return d.carerNames()[i].short
			}
			return d.scrub(ca.Name)
		}
	}
	for i, ch := range d.c.Children {
		if ch.ID == id {
			if d.pseudonymised() {
				return d.childNames()[i].short
			}
			return d.scrub(childName(ch))
		}
	}
	return d.t.T("export.person.unknown")
}
