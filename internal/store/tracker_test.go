package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

// trackerDay is "today" in the tracker tests.
var trackerDay = conference.Date{Year: 2026, Month: 4, Day: 20}

// noDue marks an action without a due date.
const noDue = 1 << 20

// caseWith stores a case conference whose owners and actions are given as
// (owner, institution, what, days from trackerDay to due or noDue).
func caseWith(t *testing.T, s *Store, code string, actions ...trackerAction) *conference.Conference {
	t.Helper()
	c := conference.New("", conference.KindCase, t0)
	c.CaseCode = code
	owners := map[string]string{}
	for _, a := range actions {
		if _, ok := owners[a.owner]; !ok {
			owners[a.owner] = c.AddParticipant(conference.Participant{Name: a.owner, Institution: a.inst}).ID
		}
		var due conference.Date
		if a.due != noDue {
			due = trackerDay.AddDays(a.due)
		}
		id := c.AddAction(conference.Action{What: a.what, OwnerID: owners[a.owner], Due: due}).ID
		if a.followUp != "" {
			c.AddStatus(id, conference.StatusEntry{Status: a.followUp, On: trackerDay})
		}
	}
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	return c
}

type trackerAction struct {
	owner, inst, what string
	due               int
	followUp          string
}

func whats(list []TrackedAction) []string {
	var out []string
	for _, a := range list {
		out = append(out, a.What)
	}
	return out
}

func TestTrackerListsOpenActionsOverdueFirst(t *testing.T) {
	s := openTemp(t)
	a := caseWith(t, s, "F-1",
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "Hausbesuch", -3, ""},
		trackerAction{"Aylin Demir", "Kita Sonnenblume", "Beobachtungsbogen", 5, ""},
		trackerAction{"Aylin Demir", "Kita Sonnenblume", "erledigt", -10, conference.FollowUpDone},
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "ohne Frist", noDue, ""},
	)
	caseWith(t, s, "F-2",
		trackerAction{"Heike Mueller", "Grundschule Am Hang", "Schulgespräch", -12, conference.FollowUpPartly},
		trackerAction{"Dr. Weber", "Praxis Dr. Weber", "U9", 1, conference.FollowUpObsolete},
		trackerAction{"Dr. Weber", "Praxis Dr. Weber", "heute fällig", 0, ""},
	)
	list, err := s.OpenActions(ActionQuery{Today: trackerDay})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Schulgespräch", "Hausbesuch", "heute fällig", "Beobachtungsbogen", "ohne Frist"}
	if got := whats(list); !slices.Equal(got, want) {
		t.Fatalf("tracker %v, want %v", got, want)
	}
	first := list[1]
	if first.ConferenceID != a.ID || first.ActionID != a.Actions[0].ID || first.Title != "F-1" || first.ConfDate != a.Date ||
		first.Owner != "Jürgen Müller" || first.Institution != "Jugendamt Nord" || first.DaysOverdue(trackerDay) != 3 {
		t.Errorf("tracked action %+v", first)
	}
	if list[0].DaysOverdue(trackerDay) != 12 || list[0].Status() != conference.FollowUpPartly {
		t.Errorf("partly done action %+v", list[0])
	}
	if d := list[len(list)-1].DaysOverdue(trackerDay); d != 0 {
		t.Errorf("an action without a due date is %d days overdue", d)
	}
}

func TestTrackerFilters(t *testing.T) {
	s := openTemp(t)
	caseWith(t, s, "F-1",
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "Hausbesuch", -3, ""},
		trackerAction{"Aylin Demir", "Kita Sonnenblume", "Beobachtungsbogen", 5, ""},
		trackerAction{"Heike Mueller", "Grundschule Am Hang", "Schulgespräch", -1, ""},
	)
	for _, c := range []struct {
		q    ActionQuery
		want []string
	}{
		{ActionQuery{Overdue: true}, []string{"Hausbesuch", "Schulgespräch"}},
		{ActionQuery{Owner: "muller"}, []string{"Hausbesuch", "Schulgespräch"}},
		{ActionQuery{Owner: "MÜLLER"}, []string{"Hausbesuch", "Schulgespräch"}},
		{ActionQuery{Owner: "jürgen"}, []string{"Hausbesuch"}},
		{ActionQuery{Institution: "sonnenblume"}, []string{"Beobachtungsbogen"}},
		{ActionQuery{Overdue: true, Institution: "kita"}, nil},
		{ActionQuery{Owner: "Zimmermann"}, nil},
	} {
		c.q.Today = trackerDay
		list, err := s.OpenActions(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := whats(list); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.q, got, c.want)
		}
	}
}

func TestTrackerTodayDefaultsToTheStoreClock(t *testing.T) {
	s := openTemp(t) // clock: t0, 2026-03-14
	yesterday := trackerDay.DaysUntil(conference.DateOf(t0)) - 1
	caseWith(t, s, "F-1", trackerAction{"A", "", "gestern fällig", yesterday, ""}, trackerAction{"A", "", "heute fällig", yesterday + 1, ""})
	list, err := s.OpenActions(ActionQuery{Overdue: true})
	if err != nil || len(list) != 1 {
		t.Fatalf("overdue by the store clock: %v, %v", whats(list), err)
	}
}

func TestRecordActionStatusFromTheTracker(t *testing.T) {
	s := openTemp(t)
	c := caseWith(t, s, "F-1",
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "Hausbesuch", -3, ""},
		trackerAction{"Aylin Demir", "Kita", "Beobachtungsbogen", 5, ""},
	)
	id := c.Actions[0].ID
	done := func(on conference.Date, note string) conference.StatusEntry {
		return conference.StatusEntry{Status: conference.FollowUpDone, On: on, By: "pa", Note: note}
	}
	if err := s.RecordActionStatus(c.ID, id, done(conference.DateOf(t0), "war da"), false); err != nil {
		t.Fatal(err)
	}
	list, _ := s.OpenActions(ActionQuery{Today: trackerDay})
	if got := whats(list); !slices.Equal(got, []string{"Beobachtungsbogen"}) {
		t.Errorf("after marking done: %v", got)
	}
	// Issue 18: marking it done again replaced the first note.
	if err := s.RecordActionStatus(c.ID, id, done(conference.Date{}, "Bericht liegt vor"), false); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	h := got.History(id)
	if len(h) != 2 || h[0].Note != "war da" || h[1].Note != "Bericht liegt vor" || h[1].On != conference.DateOf(t0) ||
		h[1].At.IsZero() || h[1].By != "pa" {
		t.Errorf("history after marking done twice: %+v", h)
	}
	if sum, _ := s.List(); sum[0].OpenActions != 1 {
		t.Errorf("summary counts %d open actions, want 1", sum[0].OpenActions)
	}
	all, _ := s.OpenActions(ActionQuery{Today: trackerDay, All: true})
	if got := whats(all); !slices.Equal(got, []string{"Beobachtungsbogen", "Hausbesuch"}) || len(all[1].History) != 2 || all[1].Open {
		t.Errorf("with All: %v %+v", got, all)
	}
	audit, _ := s.Audit(c.ID)
	last := audit[len(audit)-1]
	if last.Op != conference.OpUpdate || last.Path != "actions/"+id+"/history" {
		t.Errorf("audit entry %+v", last)
	}
	if err := s.RecordActionStatus(c.ID, id, done(conference.DateOf(t0).AddDays(1), ""), true); !errors.Is(err, conference.ErrStatusInFuture) {
		t.Errorf("tomorrow: %v", err)
	}
	if err := s.RecordActionStatus(c.ID, id, done(conference.DateOf(t0).AddDays(-400), ""), false); !errors.Is(err, conference.ErrStatusLongAgo) {
		t.Errorf("400 days back: %v", err)
	}
	if err := s.RecordActionStatus(c.ID, "a999", done(conference.Date{}, ""), false); !errors.Is(err, ErrActionNotFound) {
		t.Errorf("unknown action: %v", err)
	}
	if err := s.RecordActionStatus("zzzzzzzz", id, done(conference.Date{}, ""), false); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown conference: %v", err)
	}
}

func TestTrackerFollowsTheReviewOfAFollowUp(t *testing.T) {
	s := openTemp(t)
	prev := caseWith(t, s, "F-1",
		trackerAction{"Jürgen Müller", "Jugendamt Nord", "Hausbesuch", -3, ""},
		trackerAction{"Aylin Demir", "Kita", "Beobachtungsbogen", -2, ""},
		trackerAction{"Heike Mueller", "Schule", "Schulgespräch", -1, ""},
	)
	next := conference.NewFollowUp(prev, "", t0.Add(28*24*time.Hour))
	next.SetReview(prev.Actions[0].ID, conference.FollowUpDone, "")
	next.SetReview(prev.Actions[1].ID, conference.FollowUpPartly, "")
	carried := next.CarryForward(prev.Actions[2].ID, trackerDay.AddDays(14))
	if err := s.Save(next); err != nil {
		t.Fatal(err)
	}
	list, err := s.OpenActions(ActionQuery{Today: trackerDay})
	if err != nil {
		t.Fatal(err)
	}
	// Done and carried-forward actions are no longer open; the partly
	// done one still is, and the carried one is open in the follow-up.
	if got := whats(list); !slices.Equal(got, []string{"Beobachtungsbogen", "Schulgespräch"}) {
		t.Fatalf("tracker after the review: %v", got)
	}
	if list[1].ConferenceID != next.ID || list[1].ActionID != carried.ID {
		t.Errorf("carried action listed as %s/%s", list[1].ConferenceID, list[1].ActionID)
	}
	// Issue 18: the list of conferences counted the reviewed actions as
	// open. One rule counts: the previous conference has one open action.
	sums, _ := s.List()
	for _, sum := range sums {
		if want := map[conference.ID]int{prev.ID: 1, next.ID: 1}[sum.ID]; sum.OpenActions != want {
			t.Errorf("%s counts %d open actions, want %d", sum.ID, sum.OpenActions, want)
		}
	}
	// The previous conference's history says what the review said.
	got, _ := s.Get(prev.ID)
	if e, _ := got.Latest(prev.Actions[2].ID); e.In != next.ID || e.CarriedTo != 1 || e.Status != conference.FollowUpNotDone {
		t.Errorf("history of the carried action %+v", e)
	}
	// Deleting the follow-up leaves that record as it is.
	if err := s.Delete(next.ID); err != nil {
		t.Fatal(err)
	}
	list, _ = s.OpenActions(ActionQuery{Today: trackerDay})
	if got := whats(list); !slices.Equal(got, []string{"Beobachtungsbogen"}) {
		t.Errorf("after deleting the follow-up: %v", got)
	}
}

func TestActionIndexRoundTrips(t *testing.T) {
	in := actionIndex{Reviews: 42, FollowUpOf: "k7m2qxa9", Title: "F-1", ConfDate: trackerDay, Actions: []indexedAction{
		{ID: "a1", What: "x", Owner: "Ö", Institution: "i", Due: trackerDay, Open: true, History: []conference.StatusEntry{
			{Status: conference.FollowUpPartly, On: trackerDay, At: t0, By: "pa", Note: "halb", In: "k7m2qxa9", InDate: trackerDay, CarriedTo: -1},
		}},
		{ID: "a2"},
	}}
	data, err := in.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var out actionIndex
	if err := out.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if out.Reviews != 42 || out.FollowUpOf != in.FollowUpOf || out.Title != in.Title || out.ConfDate != in.ConfDate ||
		len(out.Actions) != 2 || !sameHistory(out.Actions[0].History, in.Actions[0].History) || out.Actions[0].What != "x" ||
		!out.Actions[0].Open || out.Actions[1].Open {
		t.Errorf("round trip: %+v", out)
	}
	if reviewsOf(data) != 42 || followUpOf(data) != "k7m2qxa9" {
		t.Errorf("head: %d %q", reviewsOf(data), followUpOf(data))
	}
	for i := range data {
		if err := out.UnmarshalBinary(data[:i]); err == nil {
			t.Errorf("truncated to %d bytes decoded", i)
		}
	}
}

// sameHistory compares entries with instants compared as instants.
func sameHistory(a, b []conference.StatusEntry) bool {
	return slices.EqualFunc(a, b, func(x, y conference.StatusEntry) bool {
		same := x.At.Equal(y.At)
		x.At, y.At = time.Time{}, time.Time{}
		return same && x == y
	})
}
