package store

import (
	"path/filepath"
	"testing"
	"time"

	"kofa/internal/conference"
)

// TestMigrationRecordsTheReviewInThePreviousConference: a store written
// before the status history keeps each action's status as the first entry
// of its history, records what the follow-up's review said in the
// conference it followed, and then counts open actions alike in the list
// and the tracker.
func TestMigrationRecordsTheReviewInThePreviousConference(t *testing.T) {
	t.Parallel()
	day := time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)
	prev := conference.New("m4k8q2ra", conference.KindCase, day)
	prev.CaseCode = "F-2026-003"
	owner := prev.AddParticipant(conference.Participant{Name: "Jürgen Müller", Institution: "Jugendamt Süd"}).ID
	prev.AddAction(conference.Action{What: "Erledigtes", OwnerID: owner, LegacyStatus: conference.FollowUpDone,
		LegacyNote: "laut Anruf", LegacyDate: conference.DateOf(day).AddDays(5)})
	carried := prev.AddAction(conference.Action{What: "Gespräch mit der Schule", OwnerID: owner, Due: conference.DateOf(day).AddDays(7)}).ID
	prev.AddAction(conference.Action{What: "Hausbesuch", OwnerID: owner, Due: conference.DateOf(day).AddDays(7)})
	prev.Status = conference.StatusClosed
	prev.NextReview = conference.DateOf(day).AddDays(28)

	next := conference.NewFollowUp(prev, "t6v9w3xz", day.AddDate(0, 0, 28))
	next.Predecessor = conference.Predecessor{} // as kofa before it wrote one
	next.Previous = nil
	next.Reviews[0].Status, next.Reviews[0].Note = conference.FollowUpDone, "laut Anruf" // NewFollowUp copies settled ones
	next.SetReview(carried, conference.FollowUpPartly, "Termin steht")
	next.CarryForward(carried, conference.DateOf(day).AddDays(42))
	next.Status = conference.StatusRunning
	// The old NewFollowUp copied the status from the old fields.
	prev.StatusLog = nil

	path := filepath.Join(t.TempDir(), "kofa.db")
	if err := writeV2StoreOf(path, []*conference.Conference{prev, next}); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Get(prev.ID)
	if err != nil {
		t.Fatal(err)
	}
	if h := got.History(prev.Actions[0].ID); len(h) != 1 || h[0].Status != conference.FollowUpDone || h[0].Note != "laut Anruf" {
		t.Errorf("the old status did not become the first entry: %+v", h)
	}
	if e, ok := got.Latest(carried); !ok || e.Status != conference.FollowUpPartly || e.In != next.ID || e.CarriedTo != 1 {
		t.Errorf("the review is not in the previous conference's history: %+v", e)
	}
	if got.ReviewHeld != next.Date {
		t.Errorf("review held %v, want %v", got.ReviewHeld, next.Date)
	}
	f, _ := s.Get(next.ID)
	if f.Predecessor.Title != "F-2026-003" || f.Predecessor.Date != prev.Date {
		t.Errorf("predecessor %+v", f.Predecessor)
	}
	sums, _ := s.List()
	open := map[conference.ID]int{}
	for _, sum := range sums {
		open[sum.ID] = sum.OpenActions
		if sum.ID == prev.ID && !sum.NextReview.IsZero() {
			t.Errorf("the review date still shows after the review was held: %v", sum.NextReview)
		}
		if sum.ID == next.ID && !sum.FollowUp {
			t.Error("the follow-up is not marked as one")
		}
	}
	tracked, _ := s.OpenActions(ActionQuery{Today: conference.DateOf(day).AddDays(60)})
	perConf := map[conference.ID]int{}
	for _, a := range tracked {
		perConf[a.ConferenceID]++
	}
	for _, id := range []conference.ID{prev.ID, next.ID} {
		if open[id] != perConf[id] {
			t.Errorf("%s: the list counts %d open actions, the tracker %d", id, open[id], perConf[id])
		}
	}
	if open[prev.ID] != 1 {
		t.Errorf("previous conference: %d open, want 1 (Hausbesuch)", open[prev.ID])
	}
}
