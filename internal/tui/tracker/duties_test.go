package tracker

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// withReporter stores a running conference whose reporting doctor is owed
// the feedback of § 4 Abs. 4 KKG, due two days ago.
func withReporter(t *testing.T, h *harness) *conference.Conference {
	t.Helper()
	c := conference.New("confc000", conference.KindCase, t0.AddDate(0, 0, -16))
	c.CaseCode = "K-2026-130"
	c.Start(t0.AddDate(0, 0, -16))
	doc := c.AddParticipant(conference.Participant{Name: "Dr. Eva Roth", Institution: "Praxis Roth",
		Report: conference.Report{Profession: conference.ProfessionDoctor, Involved: conference.InvolvedYes}})
	c.SetRoles(doc.ID, []string{conference.RoleReporter})
	h.repo.Put(c)
	return c
}

// The follow-up list names the feedback owed to a reporting professional
// above the actions (overdue marked), until it is given.
func TestTheFollowUpListNamesTheFeedbackOwed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.DE, 120, 40)
	c := withReporter(t, h)
	h.Exec(h.m.Init())
	s := h.screen()
	line := "Rückmeldung nach § 4 Abs. 4 KKG an Dr. Eva Roth · K-2026-130"
	duty, action := strings.Index(s, line), strings.Index(s, "Kinderärztliche Nachuntersuchung")
	if !strings.Contains(s, "Offene Pflichten (1)") || duty < 0 || action < duty || !strings.Contains(s, "⚠ 20.11.2026 – seit 2 Tagen fällig") {
		t.Fatalf("the feedback owed is not named, overdue, above the actions:\n%s", s)
	}
	c.SettleFeedback(c.Participants[0].ID, conference.DateOf(t0), "")
	h.repo.Put(c)
	h.Exec(h.m.Init())
	if s := h.screen(); strings.Contains(s, "Dr. Eva Roth") || strings.Contains(s, "Offene Pflichten") {
		t.Errorf("the feedback was given, but the list still names it:\n%s", s)
	}
}
