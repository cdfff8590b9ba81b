package tracker

import (
	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/widget"
)

// The follow-up list names, above the actions, the duties the conferences
// leave besides their actions (conference.OpenDuties): the feedback owed to
// a reporting professional and each document of the distribution not given
// yet, overdue first, chosen by the same filters. They are settled in the
// conference (the opening's reporter, the closing's distribution) or with
// kofa distribution mark; here they are named, so nothing owed is out of
// sight.

// documentKey prefixes the words for a document given (duties.document.*).
const documentKey = "duties.document."

// dutyLines names the open duties: a heading, one line each (at most
// maxReviewLines), a blank line under them; none when nothing is owed.
func (m *Model) dutyLines(w int) []string {
	if len(m.duties) == 0 {
		return nil
	}
	tr, st, today := m.tr, m.st, m.today()
	lang := string(tr.Lang())
	lines := []string{widget.Truncate(st.Title.Render(tr.T("trackerduties.title", len(m.duties))), w)}
	for i, d := range m.duties {
		if i == maxReviewLines {
			lines = append(lines, widget.Truncate(st.Muted.Render("  "+tr.T("trackerreviews.more", len(m.duties)-i)), w))
			break
		}
		what := tr.T("duties.what.document", tr.T(documentKey+d.Document), d.Recipient)
		if d.Kind == conference.DutyFeedback {
			what = tr.T("duties.what.feedback", d.Recipient)
		}
		when := tr.T("trackerduties.undated")
		if !d.Due.IsZero() {
			when = conference.FormatDate(d.Due, lang)
		}
		rest := st.Muted.Render(" · ") + what + st.Muted.Render(" · "+d.Title)
		if days := d.DaysOverdue(today); days > 0 {
			lines = append(lines, widget.Truncate(st.Warning.Render("⚠ "+tr.N("cooperation.overdue", days, when, days))+rest, w))
			continue
		}
		lines = append(lines, widget.Truncate("  "+when+rest, w))
	}
	return append(lines, "")
}

// aboveLines are what the list names above the actions: the reviews of
// agreements due, then the open duties.
func (m *Model) aboveLines(w int) []string {
	return append(m.reviewLines(w), m.dutyLines(w)...)
}

// dutiesOf reads the open duties the query's filters choose.
func dutiesOf(repo Repository, q store.ActionQuery) ([]store.TrackedDuty, error) {
	return repo.OpenDuties(q)
}
