package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// lineOf returns the screen line holding s ("" when none).
func lineOf(screen, s string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// TestHomeFlagsReviewDatesUpToSevenDaysAheadAndPast: a next review date
// today or up to seven days ahead is flagged as near, eight days ahead is
// not, and one in the past is flagged as overdue and counted.
func TestHomeFlagsReviewDatesUpToSevenDaysAheadAndPast(t *testing.T) {
	repo := tuitest.NewRepo()
	today := conference.DateOf(start)
	for i, tc := range []struct {
		code string
		days int
	}{{"K-PLUS-7", 7}, {"K-PLUS-8", 8}, {"K-MINUS-1", -1}, {"K-TODAY", 0}} {
		c := conference.New(conference.ID("rev0000"+string(rune('a'+i))), conference.KindCase, start)
		c.CaseCode = tc.code
		c.NextReview = today.AddDays(tc.days)
		repo.Put(c)
	}
	h := newHarness(t, repo, i18n.DE, 160, 30)
	s := h.screen()
	for code, want := range map[string]string{
		"K-PLUS-7":  "⚑ Wiedervorlage 29.11.2026",
		"K-TODAY":   "⚑ Wiedervorlage 22.11.2026",
		"K-MINUS-1": "⚠ Wiedervorlage überfällig: 21.11.2026",
	} {
		if l := lineOf(s, code); !strings.Contains(l, want) {
			t.Errorf("row of %s lacks %q: %q", code, want, l)
		}
	}
	if l := lineOf(s, "K-PLUS-8"); l == "" || strings.Contains(l, "Wiedervorlage") || strings.Contains(l, "30.11.2026") {
		t.Errorf("a review eight days ahead is flagged: %q", l)
	}
	if !strings.Contains(s, "1 Wiedervorlage überfällig") {
		t.Errorf("the past review is not counted:\n%s", s)
	}
}

// TestRetentionListExportOpensThePreviewOfThatConference: in the list of
// conferences past the retention period, e opens the minutes of the
// selected one, the way to keep them before deleting.
func TestRetentionListExportOpensThePreviewOfThatConference(t *testing.T) {
	withDocuments(t)
	repo := tuitest.NewRepo()
	repo.SetRetentionDays(365)
	caseConf(repo, "new00000", "K-2026-117", 10)
	caseConf(repo, "old00000", "K-2024-007", 400)
	caseConf(repo, "old00001", "K-2024-003", 500)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("r")
	if s := h.screen(); strings.Contains(s, "K-2026-117") {
		t.Fatalf("r lists a conference within the retention period:\n%s", s)
	}
	h.Key("down") // the older of the two
	h.Key("e")
	if h.app.preview() == nil {
		t.Fatalf("e in the retention list opened no preview:\n%s", h.screen())
	}
	h.contains(t, "Protokoll · K-2024-003")
	if strings.Contains(h.screen(), "K-2024-007") {
		t.Errorf("the preview shows another conference:\n%s", h.screen())
	}
	h.Key("esc")
	if h.app.preview() != nil {
		t.Fatal("esc did not close the preview")
	}
	h.contains(t, "Aufbewahrungsfrist (365 Tage)") // back in the retention list
}
