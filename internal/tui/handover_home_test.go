package tui

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// TestHOnHomeHandsTheCaseOver: h on a case conference starts the handover
// of its case (as kofa handover does): saved, opened, the open action to
// be taken on.
func TestHOnHomeHandsTheCaseOver(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	c := conference.New("r7k2m9qa", conference.KindCase, start.AddDate(0, 0, -30))
	c.CaseCode = "K-2026-555"
	c.Date = conference.DateOf(start).AddDays(-30)
	p := c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd"})
	c.Start(start.AddDate(0, 0, -30))
	c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: p.ID, Due: conference.DateOf(start).AddDays(10)})
	c.Close(start.AddDate(0, 0, -30))
	if err := repo.Save(c); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, repo, i18n.DE, 120, 40)
	h.Key("h")
	if _, ok := h.app.top().s.(*workspace.Model); !ok {
		t.Fatalf("h did not open the handover:\n%s", h.screen())
	}
	list, _ := repo.List()
	var handover *conference.Conference
	for _, s := range list {
		if s.Kind == conference.KindHandover {
			handover, _ = repo.Get(s.ID)
		}
	}
	if handover == nil || handover.CaseCode != "K-2026-555" || len(handover.Takeovers()) != 1 || handover.Takeovers()[0].What != "Hausbesuch" {
		t.Fatalf("handover %+v", handover)
	}
	h.contains(t, "K-2026-555")
}
