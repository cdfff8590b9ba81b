package export

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// Siblings rated each on their own (issue 13): the minutes do not say
// that no individual ratings were recorded, but where their spread is.
func TestRatingsPerChildAreNotReportedMissing(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	mia := c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020}).ID
	c.AddChild(conference.Child{FirstName: "Leon", BirthYear: 2017})
	r := conference.ChildResult{ChildID: mia}
	for i, v := range []int{3, 5} {
		id := c.AddParticipant(conference.Participant{Name: "P" + itoa(i)}).ID
		r.SetRating(conference.Rating{ParticipantID: id, Scale: &v, At: at})
	}
	c.SetChildResult(r)
	for lang, want := range map[i18n.Lang][2]string{
		i18n.DE: {"für jedes Kind gesondert abgegeben", "Keine Einzeleinschätzungen erfasst"},
		i18n.EN: {"for each child separately", "No individual ratings recorded"},
	} {
		got := string(Markdown(c, Options{Lang: lang}))
		if !strings.Contains(got, want[0]) || strings.Contains(got, want[1]) {
			t.Errorf("%s minutes should say %q, never %q:\n%s", lang, want[0], want[1], got)
		}
	}
}
