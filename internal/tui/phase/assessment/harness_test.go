package assessment

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the conference day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

type people struct{ albers, weber, demir, brandt, excused string }

// conf is a running case conference in phase 5 with four participants
// present and one excused, and no rating given yet.
func conf() (*conference.Conference, people) {
	c := conference.New("k7m2qxa9", conference.KindCase, t0.Add(-72*time.Hour))
	c.Date = conference.DateOf(t0)
	c.CaseCode = "K-2026-117"
	var ps people
	add := func(p conference.Participant, att string) string {
		p.Attendance = att
		return c.AddParticipant(p).ID
	}
	present := conference.AttendancePresent
	ps.albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord"}, present)
	ps.weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician"}, present)
	ps.demir = add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"}, present)
	ps.brandt = add(conference.Participant{Name: "Markus Brandt", InstitutionType: "police"}, present)
	ps.excused = add(conference.Participant{Name: "Sabine Kühn", InstitutionType: "school"}, conference.AttendanceExcused)
	c.Start(t0.Add(-60 * time.Minute))
	c.GoTo(conference.PhaseAssessment, t0)
	return c, ps
}

func scale(n int) *int { return &n }

// rated is conf with everyone present rated and the ratings revealed, a
// latent result, one dissent.
func rated() (*conference.Conference, people) {
	c, ps := conf()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.weber, Category: conference.CategoryAcute, Scale: scale(2), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.demir, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.brandt, Category: conference.CategoryNeedForHelp, Scale: scale(7), At: t0})
	c.RatingsRevealed = true
	c.Assessment.Category = conference.CategoryLatent
	c.Assessment.HarmForms = []string{conference.HarmNeglect, conference.HarmPhysical}
	c.AddDissent(conference.Dissent{ParticipantID: ps.brandt, Reason: "Sieht keine Gefährdung, nur Hilfebedarf"})
	return c, ps
}

// harness drives the editor like the workspace does (see tuitest.Editor).
type harness = tuitest.Editor

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}
