package export

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestMinutesShowTheMedianTheScreenShows pins the bug where the ratings
// 3, 4, 5, 6 had the median 4.5 on the screen and 5 in the minutes.
func TestMinutesShowTheMedianTheScreenShows(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	for i, v := range []int{6, 3, 5, 4} {
		id := c.AddParticipant(conference.Participant{Name: "P" + itoa(i)}).ID
		c.SetRating(conference.Rating{ParticipantID: id, Scale: &v, At: at})
	}
	// One participant could not rate the safety: not a 0, left out.
	id := c.AddParticipant(conference.Participant{Name: "P9"}).ID
	c.SetRating(conference.Rating{ParticipantID: id, Category: conference.CategoryLatent, At: at})
	for lang, want := range map[i18n.Lang]string{
		i18n.DE: "3 bis 6, Median 4,5 (4 Angaben)",
		i18n.EN: "3 to 6, median 4.5 (4 ratings)",
	} {
		got := string(Markdown(c, Options{Lang: lang}))
		if !strings.Contains(got, want) {
			t.Errorf("%s minutes lack %q:\n%s", lang, want, got)
		}
	}
}
