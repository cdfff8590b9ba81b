package export

import (
	"kofa/internal/conference"
)

// childPage writes the optional page for a child or young person, in
// words for their age group (the child's record gives the age): who met,
// what the adults will do (the actions the facilitator put in plain words,
// nothing else of the case), who they can talk to, and when the adults
// meet again. Sentences stay under fifteen words (the readability test
// measures the demo's pages).
func (d *doc) childPage() {
	c := d.c
	ch := c.Child(d.to.ID)
	name, group := "", "young"
	if ch != nil {
		name = childName(*ch)
		if age, ok := ch.AgeIn(c.Date.Year); ok && age >= childOlder {
			group = "older"
		}
	}
	key := func(k string) string { return "childpage." + group + "." + k }
	if present(name) {
		d.heading(1, d.tr("childpage.title", name))
		d.para(d.tr("childpage.hello", name))
	} else {
		d.heading(1, d.tr("childpage.title.anon"))
		d.para(d.tr("childpage.hello.anon"))
	}
	d.para(d.tr(key("intro"), d.longDate(c.Date)))

	var who []string
	for _, p := range c.Participants {
		if !p.Family && p.Attendance == conference.AttendancePresent && present(p.Name) {
			who = append(who, d.personWithInstitution(p))
		}
	}
	if len(who) > 0 {
		d.heading(2, d.tr("childpage.section.who"))
		d.list(who)
	}

	if ch != nil {
		var own []string
		for _, a := range c.Actions {
			if a.OwnerID == ch.ID && !a.Confidential && present(actionWords(a)) {
				own = append(own, actionWords(a))
			}
		}
		if len(own) > 0 {
			d.heading(2, d.tr("childpage.section.own"))
			d.para(d.tr("childpage.own"))
			d.list(own)
		}
	}

	d.heading(2, d.tr("childpage.section.do"))
	var plain []string
	for _, a := range c.Actions {
		if present(a.Plain) && !a.Confidential && (ch == nil || a.OwnerID != ch.ID) {
			plain = append(plain, a.Plain)
		}
	}
	if len(plain) > 0 {
		d.para(d.tr(key("do")))
		d.list(plain)
	} else {
		d.para(d.tr(key("do.none")))
	}

	d.heading(2, d.tr("childpage.section.talk"))
	if p := d.childConfidant(); p != nil {
		d.para(d.tr(key("talk"), d.personWithInstitution(*p)))
	}
	d.para(d.tr(key("talk.others")))
	d.para(d.tr("childpage.helpline"))

	if !c.NextReview.IsZero() {
		d.heading(2, d.tr("childpage.section.next"))
		d.para(d.tr(key("next"), d.longDate(c.NextReview)))
	}
}

// childOlder is the age from which the page speaks to an older child or
// young person.
const childOlder = 10

// childConfidant is who the child can talk to: whoever informs the child,
// else the case lead.
func (d *doc) childConfidant() *conference.Participant {
	if r, ok := d.c.Responsible(conference.RespInformsChild); ok {
		if p := d.c.Participant(r.ParticipantID); p != nil {
			return p
		}
	}
	return d.caseLead()
}
