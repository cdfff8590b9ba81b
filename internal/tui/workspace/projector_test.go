package workspace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace/wstest"
)

// TestProjectorWrapsActionTexts: the projector cut an action's text at
// the edge of the screen; the room must read the whole agreement.
func TestProjectorWrapsActionTexts(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	c := conference.New("k1", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Start(start)
	owner := c.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", Institution: "Praxis Dr. Weber am Marktplatz"}).ID
	what := "Kinderärztliche Nachuntersuchung beider Oberarme und Rückmeldung an den ASD, ob weitere Hämatome zu sehen sind"
	c.AddAction(conference.Action{What: what, OwnerID: owner, Due: conference.Date{Year: 2026, Month: 12, Day: 6}})
	c.GoTo(conference.PhaseActions, start)
	for _, w := range []int{60, 80, 120} {
		s := wstest.Open(t, c, nil, start, w, 30, nil)
		s.D.Key("f7")
		view := s.WS.View()
		tuitest.CheckFits(t, view, w, 30)
		text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
		for _, word := range strings.Fields(what) {
			if !strings.Contains(text, word) {
				t.Errorf("%d columns: the projector lacks %q of the action:\n%s", w, word, ansi.Strip(view))
			}
		}
		if !strings.Contains(ansi.Strip(view), "…") && !strings.Contains(text, "Marktplatz") {
			t.Errorf("%d columns: the owner's institution was cut without a mark", w)
		}
	}
}
