package cli

import (
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/history"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// The follow-up list shows, next to the actions, the duties a conference
// leaves: the feedback owed to a reporting professional and each document
// of the distribution not given yet. They are rows of the same table,
// sorted in by their due date (an undated document after the dated rows).

// dutyWhat says what a duty asks for: "Feedback under § 4 Abs. 4 KKG to
// Dr. Weber", "letter to the family for Jana S.".
func (inv *invocation) dutyWhat(d store.TrackedDuty) string {
	if d.Kind == conference.DutyFeedback {
		return inv.tr.T("duties.what.feedback", sanitize.Line(d.Recipient))
	}
	return inv.tr.T("duties.what.document", inv.code("duties.document.", d.Document), sanitize.Line(d.Recipient))
}

// dutyRow is one duty as a row of the follow-up table, with the command
// that settles it.
func (inv *invocation) dutyRow(d store.TrackedDuty, today conference.Date) (row, note []string) {
	overdue := ""
	if n := d.DaysOverdue(today); n > 0 {
		overdue = strconv.Itoa(n)
	}
	ref := string(d.ConferenceID) + "/" + d.ID
	row = []string{
		orDash(overdue), orDash(d.Due.String()), history.Status(inv.tr, conference.FollowUpOpen),
		inv.dutyWhat(d), orDash(sanitize.Line(d.Owner)), orDash(sanitize.Line(d.Institution)), orDash(sanitize.Line(d.Title)), ref,
	}
	note = []string{"└ " + inv.tr.T("duties.settle", string(d.ConferenceID), d.ID)}
	return row, note
}

// mergeDuties puts the duties' rows among the actions' rows (list in the
// order the rows are): each before the first open action due later, and
// before the settled actions.
func (inv *invocation) mergeDuties(list []store.TrackedAction, rows, notes [][]string, duties []store.TrackedDuty,
	today conference.Date) ([][]string, [][]string) {
	if len(duties) == 0 {
		return rows, notes
	}
	outRows := make([][]string, 0, len(rows)+len(duties))
	outNotes := make([][]string, 0, len(rows)+len(duties))
	j := 0
	for i, a := range list {
		for j < len(duties) && (!a.Open || dueBefore(duties[j].Due, a.Due)) {
			r, n := inv.dutyRow(duties[j], today)
			outRows, outNotes = append(outRows, r), append(outNotes, n)
			j++
		}
		outRows, outNotes = append(outRows, rows[i]), append(outNotes, notes[i])
	}
	for ; j < len(duties); j++ {
		r, n := inv.dutyRow(duties[j], today)
		outRows, outNotes = append(outRows, r), append(outNotes, n)
	}
	return outRows, outNotes
}

// dueBefore orders due dates, an unset one after every real one.
func dueBefore(a, b conference.Date) bool {
	switch {
	case a.IsZero():
		return false
	case b.IsZero():
		return true
	}
	return a.Before(b)
}

// dutiesJSON are the duties as lines of `kofa actions --json`.
func dutiesJSON(duties []store.TrackedDuty, today conference.Date) []trackedJSON {
	out := make([]trackedJSON, 0, len(duties))
	for _, d := range duties {
		out = append(out, trackedJSON{
			Kind: d.Kind, ConferenceID: d.ConferenceID, ActionID: d.ID, Title: d.Title, ConfDate: d.ConfDate,
			What: d.Document, Owner: d.Owner, Institution: d.Institution, Due: d.Due,
			DaysOverdue: max(d.DaysOverdue(today), 0), Open: true, FollowUp: conference.FollowUpOpen,
			History: []conference.StatusEntry{}, Recipient: d.Recipient,
		})
	}
	return out
}
