package conference

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// passThrough is the most time a phase may have had and still count as
// only passed through when nothing was recorded in it.
const passThrough = time.Minute

// HonestState is the state the minutes show for a phase: a phase marked
// done that was only passed through (nothing recorded, no more than a
// minute spent) is "not covered", never done.
func (c *Conference) HonestState(r PhaseRecord) PhaseState {
	if r.State == PhaseDone && r.ID != PhasePreparation && r.Elapsed <= passThrough && !c.PhaseRecorded(r.ID) {
		return PhaseNotCovered
	}
	return r.State
}

// PhaseRecorded reports whether anything was recorded in the phase: its
// own content, or a contribution or parked topic taken down while it ran.
func (c *Conference) PhaseRecorded(id PhaseID) bool {
	for _, x := range c.Contributions {
		if x.Phase == id {
			return true
		}
	}
	for _, t := range c.Parked {
		if t.Phase == id {
			return true
		}
	}
	switch id {
	case PhaseOpening:
		return !c.ConfidentialityAt.IsZero() || c.AgreedEnd != ""
	case PhaseReview:
		for _, r := range c.Reviews {
			if r.Status != FollowUpOpen || r.Note != "" {
				return true
			}
		}
	case PhasePresentation:
		return c.Facts != "" || len(c.Chronology) > 0 || c.HelpInPlace != ""
	case PhasePerspectives:
		return !c.ChildView.Empty() || !c.ParentsView.Empty()
	case PhaseWorries:
		return len(c.Risks) > 0 || len(c.ProtectiveFactors) > 0 || len(c.ExistingSafety) > 0 || len(c.AreaRatings) > 0
	case PhaseAssessment:
		return len(c.Ratings) > 0 || c.Assessment.Category != "" || len(c.Assessment.Dissent) > 0 || c.childAssessed()
	case PhaseSafety:
		s := c.ImmediateSafety
		return len(s.Steps) > 0 || s.InformsFamily != "" || s.Note != ""
	case PhaseActions:
		return len(c.Actions) > 0 || len(c.CrisisPlan) > 0
	case PhaseClosing:
		return len(c.Responsibilities) > 0 || !c.NextReview.IsZero() || len(c.Distribution) > 0
	}
	return false
}

// ErrClock is returned for a time of day kofa cannot read.
var ErrClock = errors.New("conference: not a time of day")

// ParseClock reads a time of day as people type it ("9:20", "09:20",
// "9.20", "920", "9") and returns it as "HH:MM".
func ParseClock(s string) (string, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "Uhr"), "h")
	s = strings.TrimSpace(s)
	var hh, mm string
	switch {
	case strings.ContainsAny(s, ":."):
		i := strings.IndexAny(s, ":.")
		hh, mm = s[:i], s[i+1:]
	case len(s) <= 2:
		hh, mm = s, "00"
	case len(s) <= 4:
		hh, mm = s[:len(s)-2], s[len(s)-2:]
	default:
		return "", ErrClock
	}
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil || len(mm) != 2 || h < 0 || h > 23 || m < 0 || m > 59 {
		return "", ErrClock
	}
	return fmt.Sprintf("%02d:%02d", h, m), nil
}

// ErrNoParticipant is returned when a correction names nobody on the list.
var ErrNoParticipant = errors.New("conference: no such participant")

// clockOn returns the instant of the time of day on the conference's day,
// in the zone of like (or of the conference's creation when like is zero).
func (c *Conference) clockOn(clock string, like time.Time) (time.Time, error) {
	hhmm, err := ParseClock(clock)
	if err != nil {
		return time.Time{}, err
	}
	loc := c.CreatedAt.Location()
	if !like.IsZero() {
		loc = like.Location()
	}
	day := c.Date
	if day.IsZero() {
		day = DateOf(c.CreatedAt)
	}
	t, _ := time.Parse("15:04", hhmm)
	return time.Date(day.Year, day.Month, day.Day, t.Hour(), t.Minute(), 0, 0, loc), nil
}

// CorrectStart sets the actual start of the conference to a time of day
// on its date: a conference typed up afterwards then reads true.
func (c *Conference) CorrectStart(clock string) error {
	t, err := c.clockOn(clock, c.StartedAt)
	if err == nil {
		c.StartedAt = t
	}
	return err
}

// CorrectEnd sets the actual end of the conference to a time of day on
// its date ("" takes the correction back: the end is when it was closed).
func (c *Conference) CorrectEnd(clock string) error {
	if strings.TrimSpace(clock) == "" {
		c.EndedAt = time.Time{}
		return nil
	}
	t, err := c.clockOn(clock, c.ClosedAt)
	if err == nil {
		c.EndedAt = t
	}
	return err
}

// CorrectJoin sets when a participant joined ("" takes it back).
func (c *Conference) CorrectJoin(id, clock string) error {
	return c.correctAttendance(id, clock, func(p *Participant) *time.Time { return &p.JoinedAt })
}

// CorrectLeave sets when a participant left ("" takes it back: still
// there).
func (c *Conference) CorrectLeave(id, clock string) error {
	return c.correctAttendance(id, clock, func(p *Participant) *time.Time { return &p.LeftAt })
}

func (c *Conference) correctAttendance(id, clock string, field func(*Participant) *time.Time) error {
	p := c.Participant(id)
	if p == nil {
		return ErrNoParticipant
	}
	at := field(p)
	if strings.TrimSpace(clock) == "" {
		*at = time.Time{}
		return nil
	}
	t, err := c.clockOn(clock, *at)
	if err != nil {
		return err
	}
	*at = t
	if p.Attendance == AttendancePlanned {
		p.Attendance = AttendancePresent
	}
	return nil
}

// ActualEnd is when the conference ended: the corrected end, else when it
// was closed (zero while it runs).
func (c *Conference) ActualEnd() time.Time {
	if !c.EndedAt.IsZero() {
		return c.EndedAt
	}
	return c.ClosedAt
}
