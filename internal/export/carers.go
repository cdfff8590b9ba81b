package export

import (
	"strings"

	"kofa/internal/conference"
)

// The carers and the children in the minutes (issue 13): each carer's own
// view, each child's own result where a case has siblings, and how each
// carer stands on the result and who tells them by when.

// addFamilyNames lets the minutes name the children and carers wherever a
// person is named by ID (an action the family owns, a dissent of a
// parent): by name, or in the pseudonymised minutes by the short noun of
// their relationship ("Mutter", "Kind (6)").
func (d *doc) addFamilyNames() {
	children, carers := d.childNames(), d.carerNames()
	for i, ch := range d.c.Children {
		name := ch.FirstName
		if d.pseudonymised() || !present(name) {
			name = children[i].short
		}
		d.names[ch.ID] = name
	}
	for i, p := range d.c.Carers {
		name := p.Name
		if d.pseudonymised() || !present(name) {
			name = carers[i].short
		}
		d.names[p.ID] = name
	}
}

// carerViews writes each carer's own view (never one "parents' view"):
// headed by who they are to the child, in the full minutes with the name.
// Without carers recorded, or with a parents' view from before they were,
// that view is written as it was.
func (d *doc) carerViews() {
	c := d.c
	if pv := c.ParentsView; len(c.Carers) == 0 || present(pv.Said) || present(pv.HowObtained) || present(pv.MissingReason) {
		d.view("export.sub.parents_view", c.ParentsView)
	}
	for _, p := range c.Carers {
		d.viewUnder(d.tr("filing.sub.carer_view", d.carerTitle(p)), p.View)
	}
}

// carerTitle is "Mutter (Jana S.)" in the full minutes, "Mutter" in the
// pseudonymised ones.
func (d *doc) carerTitle(p conference.Carer) string {
	rel := d.code(relationshipPrefix, p.Relationship)
	if rel == "" {
		rel = d.code(relationshipPrefix, conference.RelationshipOther)
	}
	name := d.names[p.ID]
	if d.pseudonymised() || !present(p.Name) || name == rel {
		return name
	}
	return d.t.T("filing.carer.titled", rel, d.scrub(p.Name))
}

// childResults writes one result block per child of a case with siblings:
// category, forms of harm, the spread of the ratings of this child, note.
func (d *doc) childResults() {
	c := d.c
	if !c.ResultPerChild() {
		return
	}
	for _, ch := range c.Children {
		d.heading(4, d.tr("filing.sub.child_result", d.names[ch.ID]))
		r := c.ChildResult(ch.ID)
		if r == nil {
			d.para(d.tr("export.not_recorded"))
			continue
		}
		category := d.categoryOf(r.Category)
		fs := []field{
			d.f("export.field.category", category),
			d.f("export.field.harm_forms", d.labels(d.cat.HarmForms, r.HarmForms)),
		}
		if s := conference.SpreadOf(r.Ratings); s.Scaled > 0 {
			fs = append(fs, d.f("export.field.scale_spread",
				d.t.N("export.spread.scale", s.Scaled, s.Min, s.Max, s.Median.Format(d.lang), s.Scaled)))
		}
		fs = append(fs, d.fb("export.field.assessment_note", d.scrub(r.Note)))
		d.fields(fs...)
	}
}

// childrenRated reports whether the own ratings of a case with siblings
// were given per child: their spreads are in each child's block.
func childrenRated(c *conference.Conference) bool {
	if !c.ResultPerChild() {
		return false
	}
	for _, r := range c.ChildResults {
		if len(r.Ratings) > 0 {
			return true
		}
	}
	return false
}

// carerStances writes how each carer stands on the result, who informs a
// carer not yet informed and by when, and when a carer at the table left
// it (before the result, as the record shows).
func (d *doc) carerStances() {
	c := d.c
	if len(c.Carers) == 0 {
		return
	}
	d.heading(3, d.tr("filing.sub.carer_stances"))
	rows := make([][]md, 0, len(c.Carers))
	for _, p := range c.Carers {
		stance := d.t.T("export.not_recorded")
		if p.Stance != "" {
			stance = d.code("filing.stance.", p.Stance)
		}
		if left := d.carerLeft(p); left != "" {
			stance = joinNonEmpty("; ", stance, d.t.T("filing.carer.left", left))
		}
		var who, by []string
		for _, a := range c.InformingOf(p.ID) {
			who = append(who, d.person(a.OwnerID))
			by = append(by, d.date(a.Due))
		}
		rows = append(rows, []md{d.cell(d.names[p.ID]), d.cell(stance), d.cell(strings.Join(who, ", ")), d.cell(strings.Join(by, ", "))})
	}
	d.table(d.headers("filing.col.carer", "filing.col.stance", "filing.col.informed_by", "filing.col.informed_until"), rows)
}

// carerLeft is when a carer at the table left the conference ("" if they
// did not, or were not there).
func (d *doc) carerLeft(p conference.Carer) string {
	for _, q := range d.c.Participants {
		if !q.Family || q.LeftAt.IsZero() {
			continue
		}
		if carer, ok := d.carerFor(q); ok && carer.name == p.Name {
			return clock(q.LeftAt)
		}
	}
	return ""
}
