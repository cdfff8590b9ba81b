package conference

import (
	"slices"
	"testing"
	"time"
)

func TestSummaryCountsOpenActionsAndEarliestDue(t *testing.T) {
	c := newCase()
	c.NextReview = DateOf(t0).AddDays(28)
	c.Touch(at(5))
	day := func(n int) Date { return DateOf(t0).AddDays(n) }
	c.AddAction(Action{What: "open, late", Due: day(21)})
	c.AddStatus(c.AddAction(Action{What: "done, earliest", Due: day(3)}).ID, StatusEntry{Status: FollowUpDone})
	c.AddStatus(c.AddAction(Action{What: "partly", Due: day(10)}).ID, StatusEntry{Status: FollowUpPartly})
	c.AddAction(Action{What: "open, no due date"})
	c.AddStatus(c.AddAction(Action{What: "obsolete", Due: day(1)}).ID, StatusEntry{Status: FollowUpObsolete})
	c.AddStatus(c.AddAction(Action{What: "not done", Due: day(2)}).ID, StatusEntry{Status: FollowUpNotDone})

	s := c.Summary()
	if s.OpenActions != 3 {
		t.Errorf("open actions %d, want 3", s.OpenActions)
	}
	if s.NextDue != day(10) {
		t.Errorf("next due %v, want %v (earliest among open ones)", s.NextDue, day(10))
	}
	if s.ID != c.ID || s.CaseCode != "K-2026-117" || s.Phase != PhasePreparation ||
		s.Status != StatusPreparing || s.NextReview != c.NextReview || !s.UpdatedAt.Equal(at(5)) {
		t.Errorf("summary %+v", s)
	}
	if s.Title() != "K-2026-117" {
		t.Errorf("title %q", s.Title())
	}
}

func TestSummaryWithoutOpenActions(t *testing.T) {
	s := newCase().Summary()
	if s.OpenActions != 0 || !s.NextDue.IsZero() {
		t.Errorf("summary %+v", s)
	}
}

func TestNewerSortsNewestFirst(t *testing.T) {
	day := func(n int) Date { return DateOf(t0).AddDays(n) }
	list := []Summary{
		{ID: "old", Date: day(-30), UpdatedAt: at(0)},
		{ID: "b", Date: day(0), UpdatedAt: at(10)},
		{ID: "newest", Date: day(7), UpdatedAt: at(-60)},
		{ID: "touched", Date: day(0), UpdatedAt: at(20)},
		{ID: "a", Date: day(0), UpdatedAt: at(10)},
		{ID: "undated", UpdatedAt: at(100)},
	}
	slices.SortFunc(list, Newer)
	var got []ID
	for _, s := range list {
		got = append(got, s.ID)
	}
	want := []ID{"newest", "touched", "a", "b", "old", "undated"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if Newer(list[0], list[0]) != 0 {
		t.Error("Newer(x, x) != 0")
	}
}

func TestNewerIgnoresTheTimeZoneOfUpdatedAt(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	a := Summary{ID: "a", UpdatedAt: at(0)}
	b := Summary{ID: "b", UpdatedAt: at(0).In(berlin)}
	if Newer(a, b) != -1 || Newer(b, a) != 1 {
		t.Errorf("same instant in two zones: Newer = %d/%d, want the ID to decide", Newer(a, b), Newer(b, a))
	}
}
