package conference

import (
	"slices"
	"testing"
	"time"
)

// roundOf returns a conference in the round of perspectives with n
// participants present (IDs p1..pn), the order set and p1 speaking.
func roundOf(t *testing.T, n int) *Conference {
	t.Helper()
	c := newCase()
	for range n {
		c.AddParticipant(Participant{Name: "X", Attendance: AttendancePresent})
	}
	c.Start(at(0))
	c.GoTo(PhasePerspectives, at(0))
	c.SetOrder()
	return c
}

func TestSetOrderTakesPresentProfessionals(t *testing.T) {
	c := newCase()
	c.AddParticipant(Participant{Name: "Albers", Attendance: AttendancePresent})               // p1
	c.AddParticipant(Participant{Name: "Brandt", Attendance: AttendanceExcused})               // p2
	c.AddParticipant(Participant{Name: "Mutter", Attendance: AttendancePresent, Family: true}) // p3
	c.AddParticipant(Participant{Name: "Weber", Attendance: AttendancePresent, LeftAt: at(1)}) // p4
	c.AddParticipant(Participant{Name: "Demir"})                                               // p5: planned, not there
	c.AddParticipant(Participant{Name: "Hartmann", Attendance: AttendancePresent})             // p6
	c.AddParticipant(Participant{Name: "Krüger", Attendance: AttendanceAbsent})                // p7
	c.SetOrder()
	if want := []string{"p1", "p6"}; !slices.Equal(c.Speaking.Order, want) {
		t.Errorf("order %v, want %v", c.Speaking.Order, want)
	}
	if c.Speaking.Speaker() != "p1" {
		t.Errorf("first speaker %q, want p1", c.Speaking.Speaker())
	}
}

func TestNextSpeakerMarksDoneAndWrapsToFirstNotYetSpoken(t *testing.T) {
	c := roundOf(t, 4)
	c.SelectSpeaker("p3", at(1)) // the doctor has to leave early and speaks first
	var got []string
	for i := range 4 {
		c.NextSpeaker(at(float64(2 + i)))
		got = append(got, c.Speaking.Speaker())
	}
	// p3 done -> p4; p4 done -> wraps to p1 (not p2: p1 has not spoken);
	// p1 done -> p2; p2 done -> everyone has spoken.
	if want := []string{"p4", "p1", "p2"}; !slices.Equal(got[:3], want) {
		t.Errorf("speakers %v, want %v", got[:3], want)
	}
	for _, id := range []string{"p1", "p2", "p3", "p4"} {
		if !c.Speaking.HasSpoken(id) {
			t.Errorf("%s not marked as spoken", id)
		}
	}
	if len(c.Speaking.Done) != 4 {
		t.Errorf("done %v, want each once", c.Speaking.Done)
	}
}

func TestNextSpeakerSkipsThoseWhoAlreadySpoke(t *testing.T) {
	c := roundOf(t, 3)
	c.SelectSpeaker("p2", at(1))
	c.NextSpeaker(at(2)) // p2 done -> p3
	c.SelectSpeaker("p1", at(3))
	c.NextSpeaker(at(4)) // p1 done -> p2 has spoken -> p3
	if got := c.Speaking.Speaker(); got != "p3" {
		t.Errorf("speaker %q, want p3 (p2 has already spoken)", got)
	}
}

func TestNextSpeakerWithoutOrderDoesNothing(t *testing.T) {
	c := newCase()
	c.NextSpeaker(at(1))
	if c.Speaking.Speaker() != "" || len(c.Speaking.Done) != 0 {
		t.Errorf("speaking %+v", c.Speaking)
	}
}

func TestSelectSpeakerGivesTheWordOutOfTurn(t *testing.T) {
	c := roundOf(t, 3)
	c.SelectSpeaker("p3", at(2))
	if got := c.Speaking.Speaker(); got != "p3" {
		t.Fatalf("speaker %q, want p3", got)
	}
	c.SelectSpeaker("p99", at(3))
	if got := c.Speaking.Speaker(); got != "p3" {
		t.Errorf("unknown id moved the word to %q", got)
	}
	if got := c.Speaking.Spoken["p1"]; got != minutes(2) {
		t.Errorf("p1 spoke %v before handing over, want 2m", got)
	}
	if got := c.Speaking.Spoken["p3"]; got != minutes(1) {
		t.Errorf("p3 spoke %v, want 1m", got)
	}
	if c.Speaking.HasSpoken("p1") {
		t.Error("selecting another speaker marked p1 as done")
	}
}

// Regression: SetOrder used to keep the index, so someone joining ahead
// of the current speaker in the list took the word from them.
func TestSetOrderKeepsTheCurrentSpeakerWhenSomeoneJoins(t *testing.T) {
	c := newCase()
	late := c.AddParticipant(Participant{Name: "late"}).ID
	c.AddParticipant(Participant{Name: "A", Attendance: AttendancePresent})
	b := c.AddParticipant(Participant{Name: "B", Attendance: AttendancePresent}).ID
	c.Start(at(0))
	c.GoTo(PhasePerspectives, at(0))
	c.SetOrder()
	c.SelectSpeaker(b, at(1))
	c.Join(late, at(2))
	c.SetOrder()
	if got := c.Speaking.Speaker(); got != b {
		t.Errorf("speaker after a late join is %q, want %q", got, b)
	}
	if len(c.Speaking.Order) != 3 || c.Speaking.Order[0] != late {
		t.Errorf("order %v, want the late arrival in list order", c.Speaking.Order)
	}
}

func TestSetOrderKeepsWhatWasSpoken(t *testing.T) {
	c := roundOf(t, 3)
	c.NextSpeaker(at(2)) // p1 done -> p2
	c.Leave("p2", at(3))
	c.SetOrder()
	if want := []string{"p1", "p3"}; !slices.Equal(c.Speaking.Order, want) {
		t.Errorf("order %v, want %v", c.Speaking.Order, want)
	}
	if got := c.Speaking.Speaker(); got != "p3" {
		t.Errorf("speaker %q, want p3 (p2 left, p1 has spoken)", got)
	}
	if !c.Speaking.HasSpoken("p1") || c.Speaking.Spoken["p1"] != minutes(2) {
		t.Errorf("p1's turn was forgotten: %+v", c.Speaking)
	}
}

func TestRemoveParticipantKeepsTheCurrentSpeakerSane(t *testing.T) {
	t.Run("someone before the speaker", func(t *testing.T) {
		c := roundOf(t, 4)
		c.SelectSpeaker("p3", at(1))
		c.RemoveParticipant("p1")
		if got := c.Speaking.Speaker(); got != "p3" {
			t.Errorf("speaker %q, want p3 to keep the word", got)
		}
	})
	t.Run("someone after the speaker", func(t *testing.T) {
		c := roundOf(t, 4)
		c.SelectSpeaker("p2", at(1))
		c.RemoveParticipant("p4")
		if got := c.Speaking.Speaker(); got != "p2" {
			t.Errorf("speaker %q, want p2 to keep the word", got)
		}
	})
	t.Run("the speaker", func(t *testing.T) {
		c := roundOf(t, 4)
		c.NextSpeaker(at(1)) // p1 done -> p2
		c.RemoveParticipant("p2")
		if got := c.Speaking.Speaker(); got != "p3" {
			t.Errorf("speaker %q, want p3 next in line", got)
		}
	})
	// Regression: removing the last in the order handed the word back to
	// the one before, who had already spoken.
	t.Run("the last speaker", func(t *testing.T) {
		c := roundOf(t, 3)
		c.NextSpeaker(at(1)) // p1 done -> p2
		c.NextSpeaker(at(2)) // p2 done -> p3
		c.RemoveParticipant("p3")
		c.AddParticipant(Participant{Name: "Y", Attendance: AttendancePresent}) // p4
		c.SetOrder()
		if got := c.Speaking.Speaker(); got != "p4" {
			t.Errorf("speaker %q, want p4, the only one not yet spoken", got)
		}
	})
	t.Run("the last speaker with someone waiting at the front", func(t *testing.T) {
		c := roundOf(t, 3)
		c.SelectSpeaker("p3", at(1))
		c.RemoveParticipant("p3")
		if got := c.Speaking.Speaker(); got != "p1" {
			t.Errorf("speaker %q, want the word to wrap to p1", got)
		}
	})
	t.Run("everyone", func(t *testing.T) {
		c := roundOf(t, 2)
		c.RemoveParticipant("p1")
		c.RemoveParticipant("p2")
		if got := c.Speaking.Speaker(); got != "" {
			t.Errorf("speaker %q in an empty round", got)
		}
		c.NextSpeaker(at(1)) // must not panic
	})
	t.Run("unknown id", func(t *testing.T) {
		c := roundOf(t, 2)
		if c.RemoveParticipant("p99") {
			t.Error("RemoveParticipant(p99) = true")
		}
		if len(c.Participants) != 2 || len(c.Speaking.Order) != 2 {
			t.Error("removing an unknown id changed the conference")
		}
	})
}

func TestRemoveParticipantKeepsWhatTheySaid(t *testing.T) {
	c, ps := fixture(t)
	c.RemoveParticipant(ps.kita)
	if len(c.ContributionsBy(ps.kita)) == 0 {
		t.Error("the removed participant's contributions vanished")
	}
	probs := problemSet(Validate(c))
	if !slices.Contains(probs, "contributions/c11/speaker_id "+KeySpeakerUnknown) ||
		!slices.Contains(probs, "actions/a21/owner_id "+KeyActionOwnerUnknown) {
		t.Errorf("dangling references not reported: %v", probs)
	}
}

func TestSpeakerToleratesAStoredIndexOutOfRange(t *testing.T) {
	c := roundOf(t, 2)
	c.Speaking.Current = -3
	if got := c.Speaking.Speaker(); got != "" {
		t.Errorf("speaker %q at index -3", got)
	}
	c.NextSpeaker(at(1)) // must not panic
	if got := c.Speaking.Speaker(); got == "" {
		t.Error("NextSpeaker did not recover a valid speaker")
	}
}

// TestSyncOrderFollowsAttendance: who joins late can speak; who leaves
// before their turn drops out of the order; who has spoken stays.
func TestSyncOrderFollowsAttendance(t *testing.T) {
	c := New("", KindCase, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))
	add := func(name, att string) string {
		return c.AddParticipant(Participant{Name: name, Attendance: att}).ID
	}
	a, b, late := add("A", AttendancePresent), add("B", AttendancePresent), add("C", AttendancePlanned)
	if !c.SyncOrder() || !slices.Equal(c.Speaking.Order, []string{a, b}) {
		t.Fatalf("order %v, want the two present", c.Speaking.Order)
	}
	now := time.Date(2026, 11, 22, 9, 20, 0, 0, time.UTC)
	c.NextSpeaker(now) // A has spoken, B has the word
	c.Join(late, now)
	if !c.SyncOrder() || !slices.Equal(c.Speaking.Order, []string{a, b, late}) {
		t.Errorf("after a late join: %v", c.Speaking.Order)
	}
	c.Leave(a, now)
	c.Leave(late, now)
	c.SyncOrder()
	if !slices.Equal(c.Speaking.Order, []string{a, b}) || c.Speaking.Speaker() != b {
		t.Errorf("after two left: order %v, speaker %s; want A (spoken) kept, C (not yet) out, B speaking", c.Speaking.Order, c.Speaking.Speaker())
	}
	if c.SyncOrder() {
		t.Error("a second sync changed something")
	}
}
