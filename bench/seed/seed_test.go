package seed

import (
	"math/rand/v2"
	"testing"
	"time"

	"kofa/internal/conference"
)

var now = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func TestLargeHasTheSizeTheIssueNames(t *testing.T) {
	c := Large(now, conference.PhaseWorries)
	got := [4]int{len(c.Participants), len(c.Contributions), len(c.Risks), len(c.Actions)}
	want := [4]int{LargeParticipants, LargeContributions, LargeRisks, LargeActions}
	if got != want {
		t.Fatalf("participants, contributions, risks, actions = %v, want %v", got, want)
	}
	if c.Status != conference.StatusRunning || c.CurrentPhase != conference.PhaseWorries {
		t.Errorf("status %s in %s, want running in worries", c.Status, c.CurrentPhase)
	}
	seen := map[string]bool{}
	for _, p := range c.Participants {
		if seen[p.ID] {
			t.Fatalf("participant ID %s twice", p.ID)
		}
		seen[p.ID] = true
	}
	for _, a := range c.Actions {
		if !seen[a.OwnerID] {
			t.Fatalf("action %s owned by unknown participant %q", a.ID, a.OwnerID)
		}
	}
}

func TestVariedSpreadsOverYearsStatusesAndOpenActions(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	statuses := map[conference.Status]int{}
	ids := map[conference.ID]bool{}
	open := 0
	oldest := conference.DateOf(now)
	for i := range 300 {
		c := Varied(i, now, rng)
		if !conference.ValidID(string(c.ID)) || ids[c.ID] {
			t.Fatalf("conference %d: ID %q invalid or repeated", i, c.ID)
		}
		ids[c.ID] = true
		statuses[c.Status]++
		open += c.Summary().OpenActions
		if c.Date.Before(oldest) {
			oldest = c.Date
		}
		if c.Date.After(conference.DateOf(now)) {
			t.Fatalf("conference %d dated %s, after now", i, c.Date)
		}
	}
	for _, s := range []conference.Status{conference.StatusPreparing, conference.StatusRunning, conference.StatusClosed} {
		if statuses[s] == 0 {
			t.Errorf("no %s conference among 300: %v", s, statuses)
		}
	}
	if open == 0 {
		t.Error("no open actions at all")
	}
	if days := oldest.DaysUntil(conference.DateOf(now)); days < 2*365 {
		t.Errorf("oldest conference only %d days back, want dates spread over %d years", days, Years)
	}
}

type oneByOne struct{ saved int }

func (s *oneByOne) Save(*conference.Conference, ...conference.Change) error { s.saved++; return nil }

type batching struct {
	oneByOne
	batches []int
}

func (s *batching) SaveBatch(cs []*conference.Conference) error {
	s.batches = append(s.batches, len(cs))
	return nil
}

func TestFillUsesBatchesWhenTheStoreOffersThem(t *testing.T) {
	var plain oneByOne
	st, err := Fill(&plain, 1200, now, 1, nil)
	if err != nil || st.Batched || plain.saved != 1200 {
		t.Fatalf("plain store: %+v, %v, %d saves; want 1200 single saves", st, err, plain.saved)
	}
	var b batching
	var progress []int
	st, err = Fill(&b, 1200, now, 1, func(done int) { progress = append(progress, done) })
	if err != nil || !st.Batched || b.saved != 0 {
		t.Fatalf("batching store: %+v, %v, %d single saves", st, err, b.saved)
	}
	if want := []int{500, 500, 200}; len(b.batches) != 3 || b.batches[0] != want[0] || b.batches[2] != want[2] {
		t.Errorf("batches %v, want %v", b.batches, want)
	}
	if len(progress) != 3 || progress[2] != 1200 {
		t.Errorf("progress %v, want three reports ending at 1200", progress)
	}
}
