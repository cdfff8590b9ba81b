package conference

import (
	"testing"
	"time"
)

func TestParseClockReadsWhatPeopleType(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"9:20": "09:20", "09:20": "09:20", "9.20": "09:20", "920": "09:20", "0920": "09:20",
		"9": "09:00", "23:59": "23:59", " 10:05 Uhr": "10:05", "0:00": "00:00",
	} {
		if got, err := ParseClock(in); err != nil || got != want {
			t.Errorf("ParseClock(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "24:00", "9:60", "9:5", "abc", "12345", "-1:00"} {
		if got, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) = %q, want an error", bad, got)
		}
	}
}

func TestAPhaseOnlyPassedThroughIsNotCovered(t *testing.T) {
	t.Parallel()
	c, _ := fixture(t)
	// The safety phase does not apply; give the closed conference an
	// opening that was run through in 30 seconds with nothing recorded.
	c.ConfidentialityAt, c.AgreedEnd = time.Time{}, ""
	c.Phase(PhaseOpening).Elapsed = 30 * time.Second
	c.Close(at(82))
	if got := c.Phase(PhaseOpening).State; got != PhaseNotCovered {
		t.Errorf("opening passed through is %q, want not covered", got)
	}
	if got := c.Phase(PhasePresentation).State; got != PhaseDone {
		t.Errorf("presentation with facts is %q, want done", got)
	}

	d, _ := fixture(t)
	d.ConfidentialityAt, d.AgreedEnd = time.Time{}, ""
	d.Phase(PhaseOpening).Elapsed = 3 * time.Minute
	d.Close(at(82))
	if got := d.Phase(PhaseOpening).State; got != PhaseDone {
		t.Errorf("opening with three minutes of talk is %q, want done (time was spent)", got)
	}
}

func TestTimesCanBeCorrectedAfterTheFact(t *testing.T) {
	t.Parallel()
	c, ps := closedFixture(t)
	if err := c.CorrectStart("9:20"); err != nil {
		t.Fatal(err)
	}
	if err := c.CorrectEnd("10.45"); err != nil {
		t.Fatal(err)
	}
	day := c.Date
	want := func(h, m int) time.Time { return time.Date(day.Year, day.Month, day.Day, h, m, 0, 0, t0.Location()) }
	if !c.StartedAt.Equal(want(9, 20)) || !c.ActualEnd().Equal(want(10, 45)) {
		t.Errorf("start %v end %v", c.StartedAt, c.ActualEnd())
	}
	if err := c.CorrectJoin(ps.police, "9:40"); err != nil {
		t.Fatal(err)
	}
	if p := c.Participant(ps.police); !p.JoinedAt.Equal(want(9, 40)) || p.Attendance != AttendanceExcused {
		t.Errorf("police joined %v attendance %q (a correction does not change apologies)", p.JoinedAt, p.Attendance)
	}
	if err := c.CorrectLeave(ps.mother, "10:00"); err != nil || !c.Participant(ps.mother).LeftAt.Equal(want(10, 0)) {
		t.Errorf("leave: %v %v", err, c.Participant(ps.mother).LeftAt)
	}
	if err := c.CorrectLeave(ps.mother, ""); err != nil || !c.Participant(ps.mother).LeftAt.IsZero() {
		t.Error("an empty leave time did not take the leave back")
	}
	if err := c.CorrectJoin("p99", "9:00"); err != ErrNoParticipant {
		t.Errorf("unknown participant: %v", err)
	}
	if err := c.CorrectStart("25:00"); err != ErrClock {
		t.Errorf("bad clock: %v", err)
	}
	if err := c.CorrectEnd("08:00"); err != nil {
		t.Fatal(err)
	}
	if got := problemSet(Validate(c)); len(got) != 1 || got[0] != "ended_at "+KeyEndBeforeStart {
		t.Errorf("end before start: %v", got)
	}
	if err := c.CorrectEnd(""); err != nil || !c.ActualEnd().Equal(c.ClosedAt) {
		t.Error("an empty end did not take the correction back")
	}
}
