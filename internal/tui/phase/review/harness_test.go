package review

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the follow-up conference's morning; the previous conference was
// four weeks before.
var t0 = time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)

// fixture is a follow-up conference in its review phase, made from a
// previous conference with three open actions and, last, one done.
func fixture() (*conference.Conference, *conference.Conference) {
	prev := conference.New("prevconf", conference.KindCase, t0.AddDate(0, 0, -28))
	prev.CaseCode = "K-2026-117"
	weber := prev.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician",
		Institution: "Praxis Dr. Weber"}).ID
	demir := prev.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita",
		Institution: "Kita Sonnenblume"}).ID
	albers := prev.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd",
		Institution: "ASD Nord"}).ID
	prev.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: weber,
		Due: conference.Date{Year: 2026, Month: 12, Day: 6}, ReportBack: "Telefon an ASD"})
	prev.AddAction(conference.Action{What: "Wöchentliche Beobachtung dokumentieren", OwnerID: demir,
		Due: conference.Date{Year: 2026, Month: 12, Day: 15}, ReportBack: "E-Mail an ASD"})
	prev.AddAction(conference.Action{What: "Hausbesuch", OwnerID: albers,
		Due: conference.Date{Year: 2026, Month: 12, Day: 1}})
	// Marked done in the tracker before the meeting: reviewed as done.
	done := prev.AddAction(conference.Action{What: "Termin Erziehungsberatung vereinbaren", OwnerID: albers,
		Due: conference.Date{Year: 2026, Month: 11, Day: 30}})
	prev.AddStatus(done.ID, conference.StatusEntry{Status: conference.FollowUpDone})
	c := conference.NewFollowUp(prev, "followup", t0.Add(-20*time.Minute))
	c.Start(t0.Add(-20 * time.Minute))
	c.GoTo(conference.PhaseReview, t0.Add(-10*time.Minute))
	return c, prev
}

// harness drives the editor like the workspace does (see tuitest.Editor).
type harness = tuitest.Editor

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}
