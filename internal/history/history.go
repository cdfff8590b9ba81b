// Package history words an agreed action's status history for the
// terminal: the follow-up list (app and command line) and the review of a
// follow-up conference show the same words for the same entry. The
// minutes word it in internal/export, as Markdown.
package history

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// Status labels a status code ("" is open).
func Status(tr *i18n.Messages, code string) string {
	switch code {
	case conference.FollowUpOpen:
		return tr.T("history.status.open")
	case conference.FollowUpDone:
		return tr.T("history.status.done")
	case conference.FollowUpPartly:
		return tr.T("history.status.partly")
	case conference.FollowUpNotDone:
		return tr.T("history.status.not_done")
	case conference.FollowUpObsolete:
		return tr.T("history.status.obsolete")
	case conference.FollowUpHandedOver:
		return tr.T("history.status.handed_over")
	}
	return sanitize.Line(code)
}

// Line words one entry on one line: the day, the review it was recorded
// in, the status and a carrying forward, who recorded it, and the note.
func Line(tr *i18n.Messages, e conference.StatusEntry) string {
	lang := string(tr.Lang())
	what := Status(tr, e.Status)
	if e.Status == conference.FollowUpHandedOver {
		// Handed over with the case: the handover took it on as its
		// entry number CarriedTo.
		line := strings.TrimPrefix(conference.FormatDate(e.On, lang)+": ", ": ") + what
		if e.In != "" {
			line += " " + tr.T("history.handed_over_in", conference.FormatDate(e.InDate, lang), e.CarriedTo)
		}
		return line
	}
	switch {
	case e.CarriedTo > 0:
		what += ", " + tr.T("history.carried", e.CarriedTo)
	case e.CarriedTo < 0:
		what += ", " + tr.T("history.carried_removed")
	}
	head := conference.FormatDate(e.On, lang)
	if e.In != "" {
		head = strings.TrimPrefix(head+", "+tr.T("history.in_review", conference.FormatDate(e.InDate, lang)), ", ")
	}
	line := what
	if head != "" {
		line = head + ": " + what
	}
	if by := sanitize.Line(e.By); by != "" {
		line += " " + tr.T("history.by", by)
	}
	if note := sanitize.Line(e.Note); note != "" {
		line += " – " + note
	}
	return line
}
