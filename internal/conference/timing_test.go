package conference

import (
	"encoding/json"
	"testing"
	"time"
)

func TestLevelWarnsFrom80PercentAndIsOverPast100(t *testing.T) {
	tests := []struct {
		planned, extended, elapsed time.Duration
		want                       TimeLevel
	}{
		{10 * time.Minute, 0, 0, TimeOK},
		{10 * time.Minute, 0, 8*time.Minute - time.Second, TimeOK},
		{10 * time.Minute, 0, 8 * time.Minute, TimeWarn},
		{10 * time.Minute, 0, 10 * time.Minute, TimeWarn},
		{10 * time.Minute, 0, 10*time.Minute + time.Second, TimeOver},
		{10 * time.Minute, 5 * time.Minute, 11 * time.Minute, TimeOK},
		{10 * time.Minute, 5 * time.Minute, 12 * time.Minute, TimeWarn},
		{10 * time.Minute, 5 * time.Minute, 14 * time.Minute, TimeWarn},
		{10 * time.Minute, 5 * time.Minute, 16 * time.Minute, TimeOver},
		{0, 0, time.Hour, TimeOK}, // preparation has no time box
	}
	for _, tt := range tests {
		r := PhaseRecord{Planned: tt.planned, Extended: tt.extended, Elapsed: tt.elapsed}
		if got := r.Level(); got != tt.want {
			t.Errorf("box %v+%v, elapsed %v: level %d, want %d", tt.planned, tt.extended, tt.elapsed, got, tt.want)
		}
	}
}

func TestTickBooksToConferencePhaseAndSpeaker(t *testing.T) {
	c := newCase()
	a := c.AddParticipant(Participant{Name: "A", Attendance: AttendancePresent}).ID
	b := c.AddParticipant(Participant{Name: "B", Attendance: AttendancePresent}).ID
	c.Start(at(0))
	c.GoTo(PhasePerspectives, at(10))
	c.SetOrder()
	c.Tick(at(12))
	c.Tick(at(13)) // ticks add up without double counting
	c.NextSpeaker(at(15))
	c.Tick(at(16.5))

	if c.Elapsed != minutes(16.5) {
		t.Errorf("conference elapsed %v, want 16m30s", c.Elapsed)
	}
	if got := c.Phase(PhaseOpening).Elapsed; got != 10*time.Minute {
		t.Errorf("opening elapsed %v, want 10m", got)
	}
	if got := c.Phase(PhasePerspectives).Elapsed; got != minutes(6.5) {
		t.Errorf("perspectives elapsed %v, want 6m30s", got)
	}
	if got := c.Speaking.Spoken[a]; got != 5*time.Minute {
		t.Errorf("A spoke %v, want 5m", got)
	}
	if got := c.Speaking.Spoken[b]; got != minutes(1.5) {
		t.Errorf("B spoke %v, want 1m30s", got)
	}
}

func TestTickOutsideThePerspectivesBooksNoSpeaker(t *testing.T) {
	c := newCase()
	c.AddParticipant(Participant{Name: "A", Attendance: AttendancePresent})
	c.Start(at(0))
	c.SetOrder()
	c.Tick(at(5))
	if len(c.Speaking.Spoken) != 0 {
		t.Errorf("speaking time booked in the opening: %v", c.Speaking.Spoken)
	}
}

func TestTickCountsNothingBeforeStartOrAfterClose(t *testing.T) {
	c := newCase()
	c.Resume(at(0))
	c.Tick(at(30)) // still preparing
	if c.Elapsed != 0 {
		t.Errorf("preparation counted %v", c.Elapsed)
	}
	c.Start(at(60))
	c.Tick(at(70))
	c.Close(at(80))
	c.Tick(at(200))
	if c.Elapsed != 20*time.Minute {
		t.Errorf("elapsed %v, want 20m between start and close", c.Elapsed)
	}
}

func TestResumeAfterReloadDoesNotCountTheGap(t *testing.T) {
	c := newCase()
	c.Start(at(0))
	c.Tick(at(10))
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}

	var loaded Conference // kofa quit and is started again an hour later
	if err := json.Unmarshal(data, &loaded); err != nil {
		t.Fatal(err)
	}
	loaded.Resume(at(70))
	loaded.Tick(at(72))
	if loaded.Elapsed != 12*time.Minute {
		t.Errorf("elapsed %v after reload, want 12m (the hour away does not count)", loaded.Elapsed)
	}
	if got := loaded.Phase(PhaseOpening).Elapsed; got != 12*time.Minute {
		t.Errorf("opening elapsed %v, want 12m", got)
	}

	// A caller that forgets Resume loses only the first interval, never
	// books the gap.
	var forgot Conference
	_ = json.Unmarshal(data, &forgot)
	forgot.Tick(at(70))
	forgot.Tick(at(71))
	if forgot.Elapsed != 11*time.Minute {
		t.Errorf("elapsed %v without Resume, want 11m", forgot.Elapsed)
	}
}
