package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestBOnHomeOpensTheReport: b on home shows the report across cases,
// counting the closed conference of the store and naming nobody; F1
// lists its keys; esc goes back home.
func TestBOnHomeOpensTheReport(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	c := conference.New("r7k2m9qa", conference.KindCase, start.AddDate(0, 0, -30))
	c.CaseCode = "K-2026-555"
	c.Date = conference.DateOf(start).AddDays(-30)
	p := c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd"})
	a := c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: p.ID, Due: conference.DateOf(start).AddDays(-10)})
	c.Agree(a.ID, start.AddDate(0, 0, -30))
	c.Start(start.AddDate(0, 0, -30))
	c.Close(start.AddDate(0, 0, -30))
	if err := repo.Save(c); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, repo, i18n.DE, 120, 40)
	h.Key("b")
	h.contains(t, "Bericht über die Fälle")
	h.contains(t, "abgeschlossene Fallkonferenzen: 1")
	h.contains(t, "überfällig: 1")
	for _, secret := range []string{"Petra Albers", "K-2026-555", "Hausbesuch", "r7k2m9qa"} {
		if strings.Contains(h.screen(), secret) {
			t.Errorf("the report shows %q", secret)
		}
	}
	h.Key("f1")
	h.contains(t, "Zeitraum")
	h.contains(t, "seitenweise")
	h.Key("esc")
	h.Key("esc")
	if _, open := h.app.top().s.(reportScreen); open {
		t.Fatal("esc did not close the report")
	}
	h.contains(t, "Fallkonferenzen")
}
