package perspectives

import (
	"fmt"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestScrolledContributionsNeverLoseTheirTag: when a speaker's
// contributions do not fit, the list began with the tail of a wrapped
// contribution, so its provenance tag (observed / reported / assessed) was
// cut off. The first contribution line shown must always carry its tag,
// in the wide and the narrow layout, typing or browsing the list.
func TestScrolledContributionsNeverLoseTheirTag(t *testing.T) {
	c := sampleConference()
	for i := range 3 {
		c.AddContribution(conference.Contribution{SpeakerID: "p1", Provenance: conference.ProvenanceObserved,
			Source: "Hausbesuch", Phase: conference.PhasePerspectives, At: start,
			Text: fmt.Sprintf("Beitrag %d: Die Wohnung war aufgeräumt, der Kühlschrank aber fast leer; die Mutter wirkte erschöpft und sagte, sie komme morgens kaum aus dem Bett.", i+1)})
	}
	h := newHarness(t, i18n.DE, c)
	for _, state := range []string{"typing", "list"} {
		if state == "list" {
			h.Drv.Key("esc")
			h.Drv.Key("tab")
			h.Drv.Key("up") // the middle contribution
		}
		for _, w := range []int{57, 60, 100} {
			for height := 10; height <= 30; height++ {
				lines := strings.Split(h.plain(w, height), "\n")
				for i, l := range lines {
					if !strings.Contains(l, "Beiträge: Petra Albers") || i+1 >= len(lines) {
						continue
					}
					_, right, _ := strings.Cut(lines[i+1], "│")
					if w < 100 {
						right = lines[i+1]
					}
					if strings.TrimSpace(right) != "" && !strings.Contains(right, "[beob.]") {
						t.Errorf("%s %dx%d: the list begins without a tag: %q", state, w, height, lines[i+1])
					}
				}
			}
		}
	}
}
