package calendar

import (
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// Reminders makes the entries for the actions (as the follow-up list has
// them) and the review dates of the conferences: an action with a due date
// becomes an event on that day, cancelled when it is no longer open; a
// conference with a review date not yet held, an event on that day. An
// entry names only the case code (or topic), the action's number and the
// owner's institution; withText adds the action's text, which may hold
// personal data.
func Reminders(tr *i18n.Messages, actions []store.TrackedAction, reviews []conference.Summary, withText bool) []Entry {
	var out []Entry
	for _, a := range actions {
		if a.Due.IsZero() {
			continue
		}
		summary := tr.T("calendar.action", title(tr, a.Title), a.Number)
		if inst := sanitize.Line(a.Institution); inst != "" {
			summary += " · " + inst
		}
		e := Entry{
			UID: UID(string(a.ConferenceID) + "/" + a.ActionID), Day: a.Due.Time(time.UTC),
			Summary: summary, Cancelled: !a.Open,
		}
		if withText {
			e.Description = sanitize.Text(a.What)
		}
		out = append(out, e)
	}
	for _, s := range reviews {
		if s.NextReview.IsZero() {
			continue
		}
		out = append(out, Entry{
			UID: UID(string(s.ID) + "/review"), Day: s.NextReview.Time(time.UTC),
			Summary: tr.T("calendar.review", title(tr, s.Title())),
		})
	}
	return out
}

// HeldReviews makes the review dates held since (store.ReviewsHeld)
// cancelled events on their day, with the same UID as when they were
// due: a calendar that imported them earlier takes them off.
func HeldReviews(tr *i18n.Messages, held []store.HeldReview) []Entry {
	out := make([]Entry, 0, len(held))
	for _, h := range held {
		out = append(out, Entry{
			UID: UID(string(h.ID) + "/review"), Day: h.Date.Time(time.UTC),
			Summary: tr.T("calendar.review", title(tr, h.Title)), Cancelled: true,
		})
	}
	return out
}

func title(tr *i18n.Messages, t string) string {
	if t = sanitize.Line(t); t != "" {
		return t
	}
	return tr.T("calendar.untitled")
}
