package tracker

import (
	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/widget"
)

// The follow-up list names, above the actions, the reviews of cooperation
// agreements that are due (within conference.ReviewHorizon days, overdue
// first), chosen by the same filters: overdue only, the institution among
// the partners, the person among their contact persons. They are looked
// after on the agreements' own screen (home, k); here they are only
// named, so that nothing due is out of sight.

// maxReviewLines is how many reviews are named; a last line counts the
// rest.
const maxReviewLines = 3

// reviewsDue reads the register and keeps the reviews the list names.
func reviewsDue(repo Repository, q store.ActionQuery) ([]conference.CooperationAgreement, error) {
	list, err := repo.Agreements()
	if err != nil {
		return nil, err
	}
	return conference.ReviewsToFollow(list, conference.ReviewFilter{
		Today: q.Today, Overdue: q.Overdue, Institution: q.Institution, Person: q.Owner,
	}), nil
}

// reviewLines names the reviews due: a heading, one line each (at most
// maxReviewLines), a blank line under them; none when nothing is due.
func (m *Model) reviewLines(w int) []string {
	if len(m.reviews) == 0 {
		return nil
	}
	tr, st, today := m.tr, m.st, m.today()
	lang := string(tr.Lang())
	lines := []string{widget.Truncate(st.Title.Render(tr.N("trackerreviews.title", len(m.reviews), len(m.reviews))), w)}
	for i, a := range m.reviews {
		if i == maxReviewLines {
			rest := len(m.reviews) - i
			lines = append(lines, widget.Truncate(st.Muted.Render("  "+tr.T("trackerreviews.more", rest)), w))
			break
		}
		when := conference.FormatDate(a.ReviewBy, lang)
		mark := "  "
		switch days := a.DaysOverdue(today); {
		case days > 0:
			when, mark = tr.N("cooperation.overdue", days, when, days), "⚠ "
		case days == 0:
			when, mark = tr.T("cooperation.due_today", when), "⚠ "
		}
		text := mark + when + st.Muted.Render(" · ") + a.Subject + st.Muted.Render(" · "+a.PartnerNames())
		if mark != "  " {
			text = st.Warning.Render(mark+when) + st.Muted.Render(" · ") + a.Subject + st.Muted.Render(" · "+a.PartnerNames())
		}
		lines = append(lines, widget.Truncate(text, w))
	}
	return append(lines, "")
}
