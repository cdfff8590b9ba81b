package tracker

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// withAgreements adds to the register one agreement whose review is 12
// days overdue (Kita), one due in 20 days (police) and one a year ahead.
func withAgreements(repo *tuitest.Repo) {
	today := conference.DateOf(t0)
	mk := func(subject, partner, contact string, review conference.Date) conference.CooperationAgreement {
		return conference.CooperationAgreement{Subject: subject, Status: conference.AgreementInForce, ReviewBy: review,
			Partners: []conference.AgreementPartner{{Institution: "Jugendamt Nord"}, {Institution: partner, Contact: contact}}}
	}
	repo.PutAgreement(mk("Meldewege Kita", "Kita Sonnenblume", "Aylin Demir", today.AddDays(-12)))
	repo.PutAgreement(mk("Häusliche Gewalt", "Polizeiinspektion Nord", "Markus Brandt", today.AddDays(20)))
	repo.PutAgreement(mk("Frühe Hilfen", "Klinikum", "", today.AddDays(300)))
}

// TestTheFollowUpListNamesTheReviewsDue shows the reviews due above the
// actions, the overdue one first and marked, and chooses among them with
// the filters.
func TestTheFollowUpListNamesTheReviewsDue(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.DE, 120, 40)
	withAgreements(h.repo)
	h.Exec(h.m.Init())
	s := h.screen()
	kita, police := strings.Index(s, "⚠ 10.11.2026 – seit 12 Tagen fällig · Meldewege Kita"), strings.Index(s, "12.12.2026 · Häusliche Gewalt")
	if !strings.Contains(s, "Kooperationsvereinbarungen zur Überprüfung (2)") || kita < 0 || police < kita || strings.Contains(s, "Frühe Hilfen") {
		t.Fatalf("reviews:\n%s", s)
	}
	if strings.Index(s, "Kinderärztliche Nachuntersuchung") < police {
		t.Error("the actions do not follow the reviews")
	}
	h.keys("o")
	if s := h.screen(); strings.Contains(s, "Häusliche Gewalt") || !strings.Contains(s, "Meldewege Kita") {
		t.Errorf("overdue only:\n%s", s)
	}
	h.keys("o", "i")
	h.Type("polizei")
	if s := h.screen(); strings.Contains(s, "Meldewege Kita") || !strings.Contains(s, "Häusliche Gewalt") {
		t.Errorf("institution polizei:\n%s", s)
	}
	h.keys("esc", "x", "w")
	h.Type("demir")
	if s := h.screen(); !strings.Contains(s, "Meldewege Kita") || strings.Contains(s, "Häusliche Gewalt") {
		t.Errorf("person demir:\n%s", s)
	}
}

// TestSmallScreensShowTheActionsFirst: with no room, the reviews give way.
func TestSmallScreensShowTheActionsFirst(t *testing.T) {
	t.Parallel()
	h := newHarness(t, i18n.EN, 60, 20)
	withAgreements(h.repo)
	h.Exec(h.m.Init())
	tuitest.CheckFits(t, h.m.View(), 60, 20)
	if s := h.screen(); !strings.Contains(s, "medical check") && !strings.Contains(s, "Nachuntersuchung") {
		t.Errorf("no action shows:\n%s", strings.ReplaceAll(s, " ", "."))
	}
}
