package phase

import (
	"fmt"
	"time"

	"kofa/internal/conference"
)

// PlannedEnd returns the time the conference is planned to end as "HH:MM":
// the end agreed in the opening, else start time plus planned duration.
// It reports false when neither can be worked out.
func PlannedEnd(c *conference.Conference) (string, bool) {
	if conference.ValidTime(c.AgreedEnd) {
		return c.AgreedEnd, true
	}
	if !conference.ValidTime(c.StartTime) || c.PlannedMinutes <= 0 {
		return "", false
	}
	start, _ := time.Parse("15:04", c.StartTime) // valid: checked above
	return start.Add(time.Duration(c.PlannedMinutes) * time.Minute).Format("15:04"), true
}

// Clock formats a duration as m:ss, or h:mm:ss from an hour on.
func Clock(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int(d / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}
