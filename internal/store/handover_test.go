package store

import (
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

// TestClosingAHandoverHandsTheActionsOverWhereTheyWereAgreed: once the
// handover is closed, the sending office's follow-up list no longer shows
// the actions it handed over, and saving the handover again records
// nothing twice.
func TestClosingAHandoverHandsTheActionsOverWhereTheyWereAgreed(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	prev := caseWith(t, s, "F-1",
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "Hausbesuch", -3, ""},
		trackerAction{"Aylin Demir", "Kita", "Beobachtungsbogen", -2, ""},
	)
	prev.Start(t0)
	prev.Close(t0.Add(time.Hour))
	if err := s.Save(prev); err != nil {
		t.Fatal(err)
	}
	h := conference.NewHandover(prev, []*conference.Conference{prev}, "h4nd0v3r", "Jugendamt Süd", t0.Add(48*time.Hour))
	h.RemoveTakeover(h.Handover.Takeovers[1].ID) // the Kita keeps its own
	h.Start(t0.Add(48 * time.Hour))
	if err := s.Save(h); err != nil {
		t.Fatal(err)
	}
	open := func() []string {
		list, err := s.OpenActions(ActionQuery{Today: trackerDay})
		if err != nil {
			t.Fatal(err)
		}
		return whats(list)
	}
	if got := open(); !slices.Equal(got, []string{"Hausbesuch", "Beobachtungsbogen"}) {
		t.Fatalf("while the handover runs: %v", got)
	}
	h.Close(t0.Add(49 * time.Hour))
	if err := s.Save(h); err != nil {
		t.Fatal(err)
	}
	if got := open(); !slices.Equal(got, []string{"Beobachtungsbogen"}) {
		t.Fatalf("after the handover: %v", got)
	}
	got, _ := s.Get(prev.ID)
	if e, _ := got.Latest(prev.Actions[0].ID); e.Status != conference.FollowUpHandedOver || e.In != h.ID {
		t.Errorf("history %+v", e)
	}
	before := len(got.StatusLog)
	if err := s.Save(h); err != nil {
		t.Fatal(err)
	}
	again, _ := s.Get(prev.ID)
	if len(again.StatusLog) != before {
		t.Errorf("saving the handover again recorded %d entries more", len(again.StatusLog)-before)
	}
}
