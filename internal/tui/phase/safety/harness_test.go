package safety

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the conference day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

type people struct{ albers, weber, demir string }

// acuteConf is a running case conference whose agreed result is an acute
// risk, in phase 5a, with three participants present and no step yet.
func acuteConf() (*conference.Conference, people) {
	c := conference.New("k7m2qxa9", conference.KindCase, t0.Add(-72*time.Hour))
	c.Date = conference.DateOf(t0)
	c.CaseCode = "K-2026-117"
	var ps people
	add := func(p conference.Participant) string {
		p.Attendance = conference.AttendancePresent
		return c.AddParticipant(p).ID
	}
	ps.albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord"})
	ps.weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician"})
	ps.demir = add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"})
	c.Start(t0.Add(-70 * time.Minute))
	c.Assessment.Category = conference.CategoryAcute
	c.GoTo(conference.PhaseSafety, t0)
	return c, ps
}

// withSteps adds two steps (one lacking who and time), who informs the
// family and a note.
func withSteps() (*conference.Conference, people) {
	c, ps := acuteConf()
	c.AddSafetyStep(conference.SafetyStep{What: "Inobhutnahme nach § 42 SGB VIII", Who: ps.albers, Until: "16:00"})
	c.AddSafetyStep(conference.SafetyStep{What: "Kinderärztliche Untersuchung der Geschwister"})
	c.ImmediateSafety.InformsFamily = ps.albers
	c.ImmediateSafety.Note = "Polizei ist informiert und begleitet"
	return c, ps
}

// harness drives the editor like the workspace does (see tuitest.Editor).
type harness = tuitest.Editor

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}
