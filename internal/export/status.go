package export

import (
	"strings"

	"kofa/internal/conference"
)

// predecessor names the conference a follow-up follows by its case code
// (or topic) and date, which stay readable after it is deleted; a
// follow-up written before kofa kept them shows the ID.
func (d *doc) predecessor() string {
	p := d.c.Predecessor
	if p.Date.IsZero() && p.Title == "" {
		return string(d.c.FollowUpOf)
	}
	title := d.scrub(p.Title)
	if !present(title) {
		title = d.t.T("export.untitled")
	}
	key, on := d.onDate("exportstatus.predecessor", "exportstatus.predecessor.rel", p.Date)
	return d.t.T(key, title, on)
}

// statusToday writes, when asked (Options.WithStatus), what became of each
// of the actions since the conference was closed: after a rule, under a heading
// of its own, so nobody mistakes it for part of the minutes. For a
// conference not closed yet it shows each action's whole history.
func (d *doc) statusToday(actions []conference.Action) {
	if !d.status {
		return
	}
	c, today := d.c, d.today
	d.write("---\n\n")
	d.heading(2, d.tr("exportstatus.section"))
	closed := c.Status == conference.StatusClosed && !c.ClosedAt.IsZero()
	if closed {
		key, on := d.onDate("exportstatus.note_closed", "exportstatus.note_closed.rel", conference.DateOf(c.ClosedAt))
		d.para(d.tr(key, on))
	} else {
		d.para(d.tr("exportstatus.note_open"))
	}
	if len(actions) == 0 {
		d.para(d.tr("export.none.actions"))
		return
	}
	for _, a := range actions {
		i := c.ActionNumber(a.ID) - 1
		entries := today.History(a.ID)
		if closed {
			entries = today.HistoryAfter(a.ID, c.ClosedAt)
		}
		now := d.statusLabel(today.ActionStatus(a.ID))
		d.write("- **", md(itoa(i+1)), "** ", d.item(d.actionText(a, a.What)), " — ", d.tr("exportstatus.now", now), "\n")
		if len(entries) == 0 {
			d.write("  - ", d.tr("exportstatus.nothing_since"), "\n")
		}
		for _, e := range entries {
			d.write("  - ", d.esc(d.statusEntry(e)), "\n")
		}
	}
	d.write("\n")
}

// statusLabel labels a status code; "" is open.
func (d *doc) statusLabel(status string) string {
	if status == conference.FollowUpOpen {
		return d.t.T("exportstatus.open")
	}
	return d.code("export.follow_up.", status)
}

// statusEntry words one entry of an action's history: the day, where it
// was recorded (a review conference), the status, a carrying forward, who
// recorded it and the note.
func (d *doc) statusEntry(e conference.StatusEntry) string {
	what := d.statusLabel(e.Status)
	if e.Status == conference.FollowUpHandedOver {
		if e.In != "" {
			key, on := d.onDate("exportstatus.handed_over_in", "exportstatus.handed_over_in.rel", e.InDate)
			what = joinNonEmpty(" ", what, d.t.T(key, on, e.CarriedTo))
		}
		return joinNonEmpty(": ", d.date(e.On), what)
	}
	switch {
	case e.CarriedTo > 0:
		what = joinNonEmpty(", ", what, d.t.T("exportstatus.carried", e.CarriedTo))
	case e.CarriedTo < 0:
		what = joinNonEmpty(", ", what, d.t.T("exportstatus.carried_removed"))
	}
	where := ""
	if e.In != "" {
		key, on := d.onDate("exportstatus.in_review", "exportstatus.in_review.rel", e.InDate)
		where = d.t.T(key, on)
	}
	head := joinNonEmpty(", ", d.date(e.On), where)
	line := joinNonEmpty(": ", head, what)
	if by := strings.TrimSpace(d.scrub(e.By)); by != "" {
		line += " " + d.t.T("exportstatus.by", by)
	}
	return joinNonEmpty(" – ", line, strings.TrimSpace(d.scrub(e.Note)))
}
