package assessment

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// § 8a Abs. 1: the risk is assessed by several professionals of the
// youth-welfare office. The assessment warns, without blocking, while
// fewer than two take part and while one person is case lead,
// facilitator and minute-taker at once (issue 13).
func TestTheAssessmentWarnsWhenFewProfessionalsAssess(t *testing.T) {
	c, ps := conf()
	c.SetRoles(ps.albers, []string{conference.RoleCaseLead, conference.RoleFacilitator, conference.RoleMinuteTaker})
	h := newHarness(t, c, i18n.DE)
	h.MustShow("⚠ Vier-Augen-Prinzip: Es schätzt nur 1 Fachkraft des Jugendamts ein, mindestens zwei.",
		"⚠ Eine Person hat Fallverantwortung, Moderation und Protokoll zugleich – besser verteilen.")

	d, _ := conf()
	d.AddParticipant(conference.Participant{Name: "Tobias Lang", InstitutionType: conference.InstitutionOffice, Attendance: conference.AttendancePresent})
	h2 := newHarness(t, d, i18n.EN)
	h2.MustNotShow("Four-eyes", "at once")
}
