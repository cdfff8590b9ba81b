package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// acuteConference is a crisis conference that went differently from the
// plan: the case presentation was skipped (everyone knew the facts), the
// result was an acute risk with immediate safety steps, and the
// conference was closed during the agreed actions, so the closing round
// was not covered.
func acuteConference(lang i18n.Lang) *conference.Conference {
	tr := func(de, en string) string {
		if lang == i18n.DE {
			return de
		}
		return en
	}
	at := time.Date(2026, 11, 24, 14, 0, 0, 0, cet)
	c := conference.New("q4r7tz2m", conference.KindCase, at)
	c.CaseCode = "K-2026-131"
	c.Date = conference.DateOf(at)
	c.StartTime, c.PlannedMinutes = "14:00", 60
	c.Occasion = tr("Anruf der Schule: Kind (8) mit frischen Striemen am Rücken", "Call from the school: child (8) with fresh welts on the back")
	c.KeyQuestion = tr("Kann das Kind heute nach Hause?", "Can the child go home today?")
	office := []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}}
	lead := c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd",
		Roles:      []string{conference.RoleCaseLead, conference.RoleFacilitator, conference.RoleMinuteTaker},
		Attendance: conference.AttendancePresent, JoinedAt: at, LegalBases: office}).ID
	school := c.AddParticipant(conference.Participant{Name: "Lena Hartmann", InstitutionType: "school_social_work",
		Roles: []string{conference.RoleReporter}, Attendance: conference.AttendancePresent, JoinedAt: at,
		LegalBases: []conference.LegalBasis{{Basis: conference.LegalKKG4Para3}}}).ID

	c.Start(at)
	c.Skip(conference.PhasePresentation, tr("Sachverhalt allen aus dem Anruf bekannt", "Facts known to everyone from the call"), at.Add(4*time.Minute))
	c.GoTo(conference.PhasePerspectives, at.Add(4*time.Minute))
	c.AddContribution(conference.Contribution{SpeakerID: school, Text: tr("Das Kind hat Angst, nach Hause zu gehen.", "The child is afraid to go home."),
		Provenance: conference.ProvenanceObserved, At: at.Add(6 * time.Minute), Phase: conference.PhasePerspectives})
	c.GoTo(conference.PhaseAssessment, at.Add(15*time.Minute))
	c.Assessment = conference.Assessment{Category: conference.CategoryAcute, HarmForms: []string{conference.HarmPhysical}}
	c.GoTo(conference.PhaseSafety, at.Add(22*time.Minute))
	c.AddSafetyStep(conference.SafetyStep{What: tr("Inobhutnahme nach § 42 SGB VIII", "Emergency protective custody (§ 42 SGB VIII)"), Who: lead, Until: "16:00"})
	c.AddSafetyStep(conference.SafetyStep{What: tr("Ärztliche Untersuchung und Dokumentation der Verletzungen", "Medical examination and record of the injuries"),
		Who: tr("Kinderschutzambulanz", "child-protection clinic"), Until: tr("heute", "today")})
	c.ImmediateSafety.InformsFamily = lead
	c.ImmediateSafety.Note = tr("Die Mutter wird persönlich informiert, nicht am Telefon.", "The mother is told in person, not on the phone.")
	c.GoTo(conference.PhaseActions, at.Add(35*time.Minute))
	c.SetResponsibility(conference.RespCaseLead, lead, "")
	c.AddCrisisEntry(conference.CrisisEntry{
		If:   tr("Die Mutter erscheint in der Einrichtung", "The mother turns up at the placement"),
		What: tr("Die Einrichtung ruft die Polizei", "The placement calls the police"),
		Who:  tr("Einrichtung", "the placement"), By: tr("sofort", "at once")})
	c.Close(at.Add(41 * time.Minute))
	return c
}

// TestGoldenMinutesOfAnAcuteConferenceThatRanShort shows in both languages
// what the minutes say when a conference departs from the plan: a skipped
// phase with its reason, a phase not covered, and the immediate-safety
// steps (5a) after an acute result.
func TestGoldenMinutesOfAnAcuteConferenceThatRanShort(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			c := acuteConference(lang)
			got := Markdown(c, Options{Lang: lang, ExportedAt: time.Date(2026, 11, 24, 15, 10, 0, 0, cet)})
			path := filepath.Join("testdata", "acute_"+string(lang)+".golden.md")
			if *update {
				if err := os.WriteFile(path, got, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("minutes differ from %s (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
			}

			// What a reader must find, whatever the golden file says.
			out := string(got)
			msg := i18n.New(lang)
			rowOf := func(phase conference.PhaseID) string {
				name := msg.T("export.phase." + string(phase))
				for line := range strings.SplitSeq(out, "\n") {
					if strings.HasPrefix(line, "| "+conference.PhaseNumber(phase)+" | "+name+" |") {
						return line
					}
				}
				t.Fatalf("no row for phase %s (%s) in the course of the meeting:\n%s", phase, name, out)
				return ""
			}
			skipped := rowOf(conference.PhasePresentation)
			if !strings.Contains(skipped, "| "+msg.T("export.phase_state.skipped")+" |") ||
				!strings.Contains(skipped, c.Phase(conference.PhasePresentation).SkipReason) {
				t.Errorf("skipped phase row %q lacks the state or the reason", skipped)
			}
			if closing := rowOf(conference.PhaseClosing); !strings.Contains(closing, "| "+msg.T("export.phase_state.not_covered")+" |") {
				t.Errorf("closing row %q is not marked as not covered", closing)
			}
			if safety := rowOf(conference.PhaseSafety); !strings.Contains(safety, "| "+msg.T("export.phase_state.done")+" |") {
				t.Errorf("immediate safety row %q is not shown as done", safety)
			}
			section := "## " + msg.T("export.section.safety") + "\n"
			i := strings.Index(out, section)
			if i < 0 {
				t.Fatalf("no section %q", section)
			}
			safety := out[i:]
			safety = safety[:strings.Index(safety[len(section):], "\n## ")+len(section)]
			for _, s := range c.ImmediateSafety.Steps {
				who := s.Who
				if p := c.Participant(s.Who); p != nil {
					who = p.Name
				}
				row := "| " + Cell(s.What) + " | " + who + " | " + s.Until + " |"
				if !strings.Contains(safety, row) {
					t.Errorf("safety section lacks the step row %q:\n%s", row, safety)
				}
			}
			if !strings.Contains(safety, c.ImmediateSafety.Note) || !strings.Contains(safety, "Petra Albers") {
				t.Errorf("safety section lacks who informs the family or the note:\n%s", safety)
			}
		})
	}
}
