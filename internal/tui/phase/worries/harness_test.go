package worries

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

// emptyConf is a running case conference in phase 4 with three
// participants and nothing recorded yet.
func emptyConf() (*conference.Conference, people) {
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
	c.Start(t0.Add(-40 * time.Minute))
	c.GoTo(conference.PhaseWorries, t0)
	return c, ps
}

// fixture adds worries in three areas (one free text, one in the
// sexual-violence area) and strengths of both kinds.
func fixture() (*conference.Conference, people) {
	c, ps := emptyConf()
	c.AddRisk(conference.RiskEntry{Area: "care", Indicator: "risk.care.food", Intensity: conference.IntensityMarked,
		Weighty: true, Provenance: conference.ProvenanceObserved, Source: "Kita-Dokumentation",
		Date: conference.Date{Year: 2026, Month: 11, Day: 12}})
	c.AddRisk(conference.RiskEntry{Area: "care", Indicator: "risk.care.medical", Intensity: conference.IntensityCannotAssess,
		Provenance: conference.ProvenanceReported, ReportedBy: ps.weber})
	c.AddRisk(conference.RiskEntry{Area: "appearance", Indicator: "risk.appearance.injuries", Intensity: conference.IntensitySevere,
		Weighty: true, Acute: true, Provenance: conference.ProvenanceObserved, Source: "U-Untersuchung"})
	c.AddRisk(conference.RiskEntry{Area: "stress", Text: "Mietschulden, Räumungsklage angedroht", Provenance: conference.ProvenancePresumed})
	c.AddRisk(conference.RiskEntry{Area: "sexual", Indicator: "risk.sexual.behaviour", Provenance: conference.ProvenanceReported,
		ReportedBy: "Schulsozialarbeit"})
	c.AddProtectiveFactor(conference.Strength{Factor: "protective_adult", Provenance: conference.ProvenanceObserved, Source: "Hausbesuch"})
	c.AddProtectiveFactor(conference.Strength{Text: "Großmutter holt das Kind zweimal die Woche ab"})
	c.AddExistingSafety(conference.Strength{Text: "Mutter hat Termin bei der Suchtberatung vereinbart", Provenance: conference.ProvenanceReported})
	return c, ps
}

// harness drives the editor like the workspace does (see tuitest.Editor).
type harness = tuitest.Editor

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}
