package closing

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// t0 is the conference day at 14:00; tests move the fake clock from here.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

// people are the participant IDs of the fixture.
type people struct{ albers, weber, demir, brandt string }

// fixture is a case conference in phase 7 (the phases between opening and
// actions never reached) with three actions: agreed in phase 6 at 13:35,
// complete but not agreed, and one lacking due date and report-back; one parked
// topic without owner; nothing else of the closing done yet.
func fixture() (*conference.Conference, people) {
	c := conference.New("k7m2qxa9", conference.KindCase, t0.Add(-72*time.Hour))
	c.Date = conference.DateOf(t0)
	c.CaseCode = "K-2026-117"
	c.KeyQuestion = "Ist Mia zu Hause sicher?"
	c.Family = conference.FamilyParticipation{Mode: conference.FamilyViewsBrought}
	var ps people
	add := func(p conference.Participant) string { return c.AddParticipant(p).ID }
	ps.albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord",
		Roles: []string{conference.RoleCaseLead, conference.RoleFacilitator}})
	ps.weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Institution: "Praxis Dr. Weber"})
	ps.demir = add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"})
	ps.brandt = add(conference.Participant{Name: "Markus Brandt", InstitutionType: "police", Attendance: conference.AttendanceExcused})
	c.Start(t0.Add(-60 * time.Minute))
	c.GoTo(conference.PhaseActions, t0.Add(-30*time.Minute))
	c.Park("Schulwechsel im Sommer ansprechen", "", t0.Add(-20*time.Minute))
	c.GoTo(conference.PhaseClosing, t0)

	a1 := c.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: ps.weber,
		Due: conference.Date{Year: 2026, Month: 12, Day: 6}, ReportBack: "Telefon an ASD",
		IfNotDone: "ASD lädt zu einem Gespräch mit der Mutter ein"})
	a1.Institution = "Praxis Dr. Weber"
	c.Agree(a1.ID, t0.Add(-25*time.Minute)) // `y` in phase 6, at 13:35
	c.AddAction(conference.Action{What: "Wöchentliche Beobachtung dokumentieren", OwnerID: ps.demir,
		Institution: "Kita Sonnenblume", Due: conference.Date{Year: 2026, Month: 12, Day: 15}, ReportBack: "E-Mail an ASD"})
	c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: ps.albers, Institution: "Jugendamt Nord"})
	return c, ps
}

// harness drives the editor like the workspace does (see tuitest.Editor).
type harness = tuitest.Editor

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}

func phaseLeave() tea.Msg { return phase.LeaveMsg{} }

func click(x, y int) tea.Msg { return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft} }
