package tracker

import (
	"bytes"
	"errors"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/calendar"
	"kofa/internal/conference"
	"kofa/internal/privatefile"
	"kofa/internal/store"
	"kofa/internal/tui/widget"
)

// summaryLister is the part of the store that knows the review dates;
// the tracker's repository has it in the app.
type summaryLister interface {
	List() ([]conference.Summary, error)
}

// heldReviewLister knows the review dates held since (the store): they go
// in as cancelled, so a calendar that imported them earlier takes them off.
type heldReviewLister interface {
	ReviewsHeld() ([]store.HeldReview, error)
}

// groupByCase puts the actions of one case (case code or topic) together:
// cases in the order of their first action as listed (so the case with the
// longest overdue action comes first), the actions of a case in their
// order.
func groupByCase(rows []store.TrackedAction) []store.TrackedAction {
	var order []string
	members := map[string][]store.TrackedAction{}
	for _, a := range rows {
		k := caseOf(a)
		if _, seen := members[k]; !seen {
			order = append(order, k)
		}
		members[k] = append(members[k], a)
	}
	out := make([]store.TrackedAction, 0, len(rows))
	for _, k := range order {
		out = append(out, members[k]...)
	}
	return out
}

// caseOf is what makes actions one case: the case code or topic, or the
// conference when it has neither.
func caseOf(a store.TrackedAction) string {
	if a.Title != "" {
		return a.Title
	}
	return "\x00" + string(a.ConferenceID)
}

// firstOfCase reports whether row i starts its case in the grouped list.
func (m *Model) firstOfCase(i int) bool {
	return i == 0 || caseOf(m.rows[i-1]) != caseOf(m.rows[i])
}

// calendarFile is the name of the reminders file in the folder.
const calendarFile = "kofa-wiedervorlage.ics"

// calendarMsg reports the calendar file written (or not).
type calendarMsg struct {
	path   string
	events int
	exists bool
	err    error
}

// writeCalendar writes the reminders of the actions shown (the filters
// apply; settled ones go in as cancelled, so a calendar that imported an
// earlier file learns of them) and, without an owner or institution
// filter, the review dates. No personal data: case code, number,
// institution, due date (kofa actions --ics --with-text adds the text,
// after a warning, on the command line only). An existing file is
// replaced only after a question.
func (m *Model) writeCalendar(replace bool) tea.Cmd {
	repo, tr, now := m.repo, m.tr, m.clock.Now()
	q := store.ActionQuery{Overdue: m.overdue, Owner: m.owner.Value(), Institution: m.inst.Value(), Today: m.today(), All: true}
	path := filepath.Join(m.folder(), calendarFile)
	return func() tea.Msg {
		actions, err := repo.OpenActions(q)
		if err != nil {
			return calendarMsg{err: err}
		}
		var reviews []conference.Summary
		if lister, ok := repo.(summaryLister); ok && q.Owner == "" && q.Institution == "" {
			if reviews, err = lister.List(); err != nil {
				return calendarMsg{err: err}
			}
		}
		entries := calendar.Reminders(tr, actions, reviews, false)
		if h, ok := repo.(heldReviewLister); ok && q.Owner == "" && q.Institution == "" {
			held, err := h.ReviewsHeld()
			if err != nil {
				return calendarMsg{err: err}
			}
			entries = append(entries, calendar.HeldReviews(tr, held)...)
		}
		var buf bytes.Buffer
		if err := calendar.Write(&buf, entries, now); err != nil {
			return calendarMsg{err: err}
		}
		err = privatefile.Write(path, buf.Bytes(), replace)
		if errors.Is(err, privatefile.ErrExists) {
			return calendarMsg{path: path, exists: true}
		}
		return calendarMsg{path: path, events: len(entries), err: err}
	}
}

// calendarWritten says where the file went, or asks before replacing it.
func (m *Model) calendarWritten(msg calendarMsg) {
	switch {
	case msg.exists:
		m.ask = widget.NewConfirm(m.tr, m.st, m.tr.T("trackerscreen.calendar.replace.title"),
			m.tr.T("trackerscreen.calendar.replace.body", msg.path))
		m.askYes = func() tea.Cmd { return m.writeCalendar(true) }
	case msg.err != nil:
		m.err = m.tr.T("trackerscreen.calendar.failed", msg.err.Error())
	default:
		m.notice = m.tr.N("trackerscreen.calendar.written", msg.events, msg.events, msg.path)
	}
}
