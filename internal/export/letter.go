package export

import (
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/textfold"
)

// familyLetter writes the letter to the family: in plain language and in
// the second person, one to two pages. It says why the professionals met,
// what is going well and what worries them (strengths first), what was
// agreed with the family and by when, what the professionals will do, who
// the contact person is, when they meet again and what the family can do
// if they disagree. It names no risk category and no individual rating,
// and leaves out what is marked confidential to the family (a statement
// of one parent the other is not to read).
//
// Every sentence of kofa's own is short and plain; the readability test
// measures the letter of the demo conference, and a test keeps the words
// a family is not expected to know out of it unless the sentence explains
// them.
func (d *doc) familyLetter() {
	c := d.c
	d.heading(1, d.tr("letter.title", d.longDate(c.Date)))
	if names := d.addressees(); len(names) > 0 {
		d.para(d.tr("letter.greeting", d.and(names)))
	} else {
		d.para(d.tr("letter.greeting.none"))
	}
	if names := d.childFirstNames(); len(names) > 0 {
		d.para(d.tr("letter.intro", d.longDate(c.Date), d.and(names)))
	} else {
		d.para(d.tr("letter.intro.no_child", d.longDate(c.Date)))
	}
	d.letterWho()
	d.letterGood()
	d.letterWorries()
	d.letterSaid()
	d.letterAgreed()
	d.letterProfessionals()
	d.letterContact()
	d.letterNext()
	d.heading(2, d.tr("letter.section.disagree"))
	name := d.contactName()
	if name != "" {
		d.para(d.tr("letter.disagree", name))
	} else {
		d.para(d.tr("letter.disagree.office"))
	}
	d.write(d.tr("letter.regards"), "\\\n")
	if name == "" {
		name = d.t.T("letter.office")
	}
	d.para(d.esc(name))
}

// addressees are the names the letter greets: the carer or young person
// it is for, or every carer.
func (d *doc) addressees() []string {
	if d.to.ID != "" {
		return []string{d.to.Name}
	}
	var out []string
	for _, ca := range d.c.Carers {
		if present(ca.Name) {
			out = append(out, ca.Name)
		}
	}
	return out
}

// childFirstNames are the children's first names (initials where none).
func (d *doc) childFirstNames() []string {
	var out []string
	for _, ch := range d.c.Children {
		if n := childName(ch); present(n) {
			out = append(out, n)
		}
	}
	return out
}

// and joins names as a sentence does: "Mia", "Mia und Leon", "Mia, Leon
// und Ben".
func (d *doc) and(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return d.t.T("letter.and", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// longDate writes a date as a letter does ("7. Dezember 2026").
func (d *doc) longDate(x conference.Date) string {
	if x.IsZero() {
		return ""
	}
	month := monthKey + strconv.Itoa(int(x.Month))
	return d.t.T("letter.date", x.Day, d.t.T(month), x.Year)
}

// shortDate leaves the year out when it is the conference's year ("14.
// Dezember"): the due dates of a letter are weeks away.
func (d *doc) shortDate(x conference.Date) string {
	if x.IsZero() || x.Year != d.c.Date.Year {
		return d.longDate(x)
	}
	month := monthKey + strconv.Itoa(int(x.Month))
	return d.t.T("letter.date.short", x.Day, d.t.T(month))
}

// monthKey starts the keys of the months' names ("letter.month.12").
const monthKey = "letter.month."

// plainInstitution names an institution in the family's words ("Kita",
// "Jugendamt"): by its catalogue type where kofa has a word for it, else
// as typed.
func (d *doc) plainInstitution(p conference.Participant) string {
	if key := "letter.institution." + p.InstitutionType; p.InstitutionType != "" && d.t.Has(key) {
		return d.t.T(key)
	}
	if present(p.Institution) {
		return p.Institution
	}
	return d.label(d.cat.Institutions, p.InstitutionType)
}

// personWithInstitution is "Petra Albers (Jugendamt)".
func (d *doc) personWithInstitution(p conference.Participant) string {
	if inst := d.plainInstitution(p); inst != "" {
		return d.t.T("letter.person_at", p.Name, inst)
	}
	return p.Name
}

// letterWho lists the professionals who were there.
func (d *doc) letterWho() {
	var rows []string
	for _, p := range d.c.Participants {
		if !p.Family && p.Attendance == conference.AttendancePresent && present(p.Name) {
			rows = append(rows, d.personWithInstitution(p))
		}
	}
	if len(rows) == 0 {
		return
	}
	d.heading(2, d.tr("letter.section.who"))
	d.list(rows)
}

// list writes plain text as a bullet list.
func (d *doc) list(items []string) {
	for _, s := range items {
		d.write("- ", d.item(s), "\n")
	}
	d.write("\n")
}

// strengthText is a strength as the family reads it: the words typed,
// else the catalogue's name for the factor.
func (d *doc) strengthText(s conference.Strength) string {
	if present(s.Text) {
		return s.Text
	}
	return d.label(d.cat.ProtectiveFactors, s.Factor)
}

// letterGood lists the strengths and the safety already there, first,
// as the letter's first news.
func (d *doc) letterGood() {
	var items []string
	for _, s := range append(append([]conference.Strength(nil), d.c.ProtectiveFactors...), d.c.ExistingSafety...) {
		if d.mayRead(s.Confidential, "") {
			if t := d.strengthText(s); present(t) {
				items = append(items, t)
			}
		}
	}
	d.heading(2, d.tr("letter.section.good"))
	if len(items) == 0 {
		d.para(d.tr("letter.good.none"))
		return
	}
	d.para(d.tr("letter.good.intro"))
	d.list(items)
}

// letterWorries says the result in plain words (never its category's
// name) and lists the worries, the weighty ones first.
func (d *doc) letterWorries() {
	c := d.c
	d.heading(2, d.tr("letter.section.worries"))
	n := max(len(c.Children), 1)
	switch cat := c.Assessment.Category; cat {
	case conference.CategoryAcute, conference.CategoryLatent, conference.CategoryNeedForHelp, conference.CategoryNoNeed:
		key := "letter.result." + cat
		d.para(d.esc(d.t.N(key, n)))
	default:
		d.para(d.tr("letter.result.none"))
	}
	var weighty, other []string
	for _, r := range c.Risks {
		if !d.mayRead(r.Confidential, r.ReportedBy) {
			continue
		}
		text := r.Text
		if !present(text) {
			text = d.indicatorLabel(r.Indicator)
		}
		if !present(text) {
			continue
		}
		if r.Weighty || r.Acute {
			weighty = append(weighty, text)
		} else {
			other = append(other, text)
		}
	}
	if items := append(weighty, other...); len(items) > 0 {
		d.para(d.tr("letter.worries.intro"))
		d.list(items)
	}
}

// letterSaid repeats what the family said, so they see they were heard:
// the parents' view and what family members said at the table, except
// what is marked confidential to the family.
func (d *doc) letterSaid() {
	var items []string
	for _, ca := range d.c.Carers {
		if present(ca.View.Said) && d.mayRead(ca.View.Confidential, ca.ID) {
			items = append(items, ca.View.Said)
		}
	}
	if v := d.c.ParentsView; present(v.Said) && d.mayRead(v.Confidential, "") {
		items = append(items, v.Said)
	}
	for _, x := range d.c.Contributions {
		if p := d.c.Participant(x.SpeakerID); p != nil && p.Family && d.mayRead(x.Confidential, x.SpeakerID) && present(x.Text) {
			items = append(items, x.Text)
		}
	}
	if len(items) == 0 {
		return
	}
	d.heading(2, d.tr("letter.section.said"))
	d.list(items)
}

// mayRead reports whether the letter shows an item: anything not marked
// confidential to the family, and what the reader said or owns themselves
// (by is the carer, child or family member at the table who said,
// reported or owns it).
func (d *doc) mayRead(confidential bool, by string) bool {
	return !confidential || d.isReader(by)
}

// isReader reports whether id names the person the letter is for: their
// carer or child record, or them at the table (the same name).
func (d *doc) isReader(id string) bool {
	if d.to.ID == "" || id == "" {
		return false
	}
	if id == d.to.ID {
		return true
	}
	p := d.c.Participant(id)
	return p != nil && p.Family && textfold.Digraph(p.Name) == textfold.Digraph(d.to.Name)
}

// familyAction reports whether the family itself owns an action: a carer
// or a child of the case, or a family member at the table.
func (d *doc) familyAction(a conference.Action) bool { return d.c.OwnedByFamily(a) }

// ownerName names whoever owns an action: participant, carer or child.
func (d *doc) ownerName(id string) string {
	if p := d.c.Participant(id); p != nil {
		return p.Name
	}
	if ca := d.c.Carer(id); ca != nil {
		return ca.Name
	}
	if ch := d.c.Child(id); ch != nil {
		return childName(*ch)
	}
	return ""
}

// actionWords is what an action says to the family: its plain words when
// the facilitator wrote them, else what was agreed.
func actionWords(a conference.Action) string {
	if present(a.Plain) {
		return a.Plain
	}
	return a.What
}

// letterAgreed lists what the family itself agreed to do, by when.
func (d *doc) letterAgreed() {
	d.heading(2, d.tr("letter.section.agreed"))
	d.letterActions("letter.agreed.none", func(a conference.Action) (string, bool) {
		if !d.familyAction(a) || !d.mayRead(a.Confidential, a.OwnerID) {
			return "", false
		}
		if !d.isReader(a.OwnerID) && (d.to.ID != "" || len(d.c.Carers) > 1) {
			return d.ownerName(a.OwnerID), true
		}
		return "", true
	})
}

// letterActions lists the actions the letter tells of, each with who
// does it (whoOf: "" for the reader; false leaves the action out), or
// says noneKey when there are none. An action without words is left out.
func (d *doc) letterActions(noneKey string, whoOf func(conference.Action) (string, bool)) {
	n := 0
	for _, a := range d.c.Actions {
		if !present(actionWords(a)) {
			continue
		}
		who, ok := whoOf(a)
		if !ok {
			continue
		}
		d.actionItem(who, a)
		n++
	}
	if n == 0 {
		d.para(d.tr(noneKey))
		return
	}
	d.write("\n")
}

// actionItem writes one action of the letter: who (unless it is the
// reader), by when, and what.
func (d *doc) actionItem(who string, a conference.Action) {
	switch {
	case who != "" && !a.Due.IsZero():
		d.write("- **", d.esc(who), "**, ", d.tr("letter.until_lower", d.shortDate(a.Due)), ": ")
	case who != "":
		d.write("- **", d.esc(who), "**: ")
	case !a.Due.IsZero():
		d.write("- **", d.tr("letter.until", d.shortDate(a.Due)), ":** ")
	default:
		d.write("- ")
	}
	d.write(d.item(actionWords(a)), "\n")
}

// letterProfessionals lists what the professionals will do.
func (d *doc) letterProfessionals() {
	d.heading(2, d.tr("letter.section.professionals"))
	d.letterActions("letter.professionals.none", func(a conference.Action) (string, bool) {
		if d.familyAction(a) || !d.mayRead(a.Confidential, "") {
			return "", false
		}
		if p := d.c.Participant(a.OwnerID); p != nil {
			return d.personWithInstitution(*p), true
		}
		return d.t.T("letter.someone"), true
	})
}

// contactName is the family's contact person: the case lead, "" when
// none is recorded (the letter then points to the youth-welfare office).
func (d *doc) contactName() string {
	if p := d.caseLead(); p != nil && present(p.Name) {
		return p.Name
	}
	return ""
}

// letterContact names the contact person with phone and e-mail from the
// partner directory.
func (d *doc) letterContact() {
	d.heading(2, d.tr("letter.section.contact"))
	p := d.caseLead()
	if p == nil {
		d.para(d.tr("letter.contact.none"))
		return
	}
	d.para(d.tr("letter.contact", d.personWithInstitution(*p)))
	e, ok := d.contactOf(p)
	if !ok || !present(e.Phone) && !present(e.Email) {
		d.para(d.tr("letter.contact.ask"))
		return
	}
	d.fields(d.f("letter.phone", e.Phone), d.f("letter.email", e.Email))
}

// letterNext says when the professionals meet again.
func (d *doc) letterNext() {
	c := d.c
	d.heading(2, d.tr("letter.section.next"))
	switch {
	case c.NextReview.IsZero():
		d.para(d.tr("letter.next.none"))
		return
	case c.NextReviewTime != "":
		d.para(d.tr("letter.next.at", d.shortDate(c.NextReview), c.NextReviewTime))
	default:
		d.para(d.tr("letter.next", d.shortDate(c.NextReview)))
	}
	if name := d.contactName(); name != "" {
		d.para(d.tr("letter.next.join", name))
	} else {
		d.para(d.tr("letter.next.join.office"))
	}
}
