package export

import (
	"strings"

	"kofa/internal/conference"
)

// reviews writes the review of the previous conference's actions (phase
// 1a of a follow-up conference): for each action its status, the note, and
// the new action that carries it forward. Only follow-up conferences have
// this section.
func (d *doc) reviews() {
	c := d.c
	if c.FollowUpOf == "" {
		return
	}
	heading, none := "export.section.reviews", "export.none.reviews"
	if d.network() {
		heading, none = "network.export.reviews", "network.export.no_reviews"
	}
	d.heading(2, d.tr(heading))
	if len(c.Reviews) == 0 {
		d.para(d.tr(none))
		return
	}
	rows := make([][]md, 0, len(c.Reviews))
	for i, r := range c.Reviews {
		// The owner is named like any participant: participants keep
		// their IDs in a follow-up. Someone no longer listed is named as
		// recorded, except in the pseudonymised minutes.
		owner := d.scrub(r.OwnerName)
		if _, ok := d.names[r.OwnerID]; ok || d.pseudonymised() {
			owner = d.person(r.OwnerID)
		}
		if r.OwnerID == "" && !present(r.OwnerName) {
			owner = ""
		}
		rows = append(rows, []md{
			d.cell(itoa(i + 1)), d.cell(d.scrub(r.What)), d.cell(owner),
			d.cell(d.actionInstitution(conference.Action{OwnerID: r.OwnerID, Institution: r.Institution})),
			d.cell(d.date(r.Due)), d.cell(d.reviewStatus(r.Status)), d.cell(strings.TrimSpace(d.scrub(r.Note))),
			d.cell(d.carriedTo(r.CarriedTo)),
		})
	}
	d.table(d.headers("export.col.number", "export.col.what", "export.col.owner", "export.col.institution",
		"export.col.due", "export.col.review_status", "export.col.note", "export.col.carried_to"), rows)
}

// reviewStatus labels a review status; an action not reviewed says so,
// so a gap in the review is visible in the minutes.
func (d *doc) reviewStatus(status string) string {
	if status == conference.FollowUpOpen {
		return d.t.T("export.review.not_reviewed")
	}
	return d.code("export.follow_up.", status)
}

// carriedTo names the new action by its number in this conference's list
// of actions, as the actions table numbers them.
func (d *doc) carriedTo(actionID string) string {
	if actionID == "" {
		return ""
	}
	for i, a := range d.c.Actions {
		if a.ID == actionID && d.network() {
			return d.t.T("network.export.carried_to", i+1)
		}
		if a.ID == actionID {
			return d.t.T("export.review.carried_to", i+1)
		}
	}
	return d.t.T("export.review.carried_removed")
}
