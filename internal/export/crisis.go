package export

import (
	"slices"

	"kofa/internal/conference"
)

// crisisPlan writes the crisis and protection plan: if ..., who does what,
// by when, up to calling in the family court; an entry that belongs to one
// action says so. A result that needs a plan and has none says that too.
func (d *doc) crisisPlan() {
	c := d.c
	if len(c.CrisisPlan) == 0 && !c.NeedsContingency() {
		return
	}
	d.heading(3, d.tr("filing.section.crisis"))
	if len(c.CrisisPlan) == 0 {
		d.para(d.tr("export.none.contingency"))
		return
	}
	d.crisisTable(d.crisisFor)
}

// crisisTable writes the entries of the plan as a table, a row each;
// forOf says what an entry belongs to.
func (d *doc) crisisTable(forOf func(conference.CrisisEntry) string) {
	rows := make([][]md, 0, len(d.c.CrisisPlan))
	for i, e := range d.c.CrisisPlan {
		rows = append(rows, []md{
			d.cell(d.crisisNumber(i)), d.cell(d.crisisText(e, e.If)), d.cell(d.crisisWhat(e)), d.cell(d.crisisWho(e)),
			d.cell(d.crisisText(e, e.By)), d.cell(forOf(e)),
		})
	}
	d.table(d.headers("export.col.number", "filing.col.if", "filing.col.then", "export.col.who",
		"export.col.until", "filing.col.for"), rows)
}

// crisisNumber labels the i-th entry of the plan ("K1"), as the matrix
// of answers names it.
func (d *doc) crisisNumber(i int) string { return d.t.T("filing.crisis.number", i+1) }

// crisisWhat is what happens, with the step of calling in the family court
// said in words.
func (d *doc) crisisWhat(e conference.CrisisEntry) string {
	if !e.FamilyCourt {
		return d.crisisText(e, e.What)
	}
	return joinNonEmpty(" – ", d.crisisText(e, e.What), d.t.T("filing.crisis.family_court"))
}

// crisisText is one of an entry's texts as the minutes show it: scrubbed,
// or left out when the entry is marked identifying (who acts, the family
// court and the action it belongs to stay).
func (d *doc) crisisText(e conference.CrisisEntry, text string) string {
	switch {
	case !d.withheld(e.Identifying):
		return d.scrub(text)
	case present(text):
		return d.leftOut()
	}
	return ""
}

// crisisWho names who acts: a participant, or whoever was written down.
func (d *doc) crisisWho(e conference.CrisisEntry) string {
	if e.WhoID != "" {
		return d.person(e.WhoID)
	}
	return d.crisisText(e, e.Who)
}

// crisisFor says what the entry belongs to: one action, or the plan as a
// whole.
func (d *doc) crisisFor(e conference.CrisisEntry) string {
	if n := d.c.ActionNumber(e.ActionID); n > 0 {
		return d.t.T("export.review.carried_to", n)
	}
	return ""
}

// answerMatrix writes which action or crisis-plan entry answers which
// worry: a row per weighty indication (and per other worry something
// answers), a column per action and entry of the plan. A weighty
// indication nothing answers is flagged in its row.
func (d *doc) answerMatrix() {
	c := d.c
	var risks []conference.RiskEntry
	for _, r := range c.Risks {
		if r.Weighty || r.Acute || len(c.AnswersTo(r.ID)) > 0 {
			risks = append(risks, r)
		}
	}
	if len(risks) == 0 {
		return
	}
	d.heading(3, d.tr("filing.section.answers"))
	header := []md{d.tr("export.col.indicator")}
	var answerers []string
	for i, a := range c.Actions {
		header = append(header, md(Cell(itoa(i+1))))
		answerers = append(answerers, a.ID)
	}
	for i, e := range c.CrisisPlan {
		header = append(header, d.cell(d.crisisNumber(i)))
		answerers = append(answerers, e.ID)
	}
	header = append(header, d.tr("filing.col.answered"))
	rows := make([][]md, 0, len(risks))
	for _, r := range risks {
		row := []md{d.cell(d.riskName(r))}
		for _, id := range answerers {
			// An empty cell, not the dash of an empty value: the
			// ticks stand out.
			mark := md("")
			if slices.Contains(c.Answered(id), r.ID) {
				mark = "✓"
			}
			row = append(row, mark)
		}
		state := d.t.T("filing.answered.yes")
		if len(c.AnswersTo(r.ID)) == 0 {
			state = d.t.T("filing.answered.no")
		}
		rows = append(rows, append(row, d.cell(state)))
	}
	d.table(header, rows)
}

// riskName names a worry as the table of worries does, with its weight.
func (d *doc) riskName(r conference.RiskEntry) string {
	what := joinNonEmpty(": ", d.indicatorLabel(r.Indicator), d.scrub(r.Text))
	if what == "" {
		what = d.label(d.cat.RiskAreas, r.Area)
	}
	flags := joinNonEmpty(", ", d.flag(r.Weighty, "export.flag.weighty"), d.flag(r.Acute, "export.flag.acute"))
	if flags == "" {
		return what
	}
	return d.t.T("filing.risk.flagged", what, flags)
}
