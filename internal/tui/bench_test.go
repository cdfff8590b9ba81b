package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/tuitest"
)

// bigConference has 12 participants, 150 contributions, 60 risk entries
// and 40 actions: a long, full conference.
func bigConference() *conference.Conference {
	c := conference.New("idbench0", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.KeyQuestion = "Ist Mia zu Hause ausreichend geschützt, und welche Hilfe braucht die Familie?"
	var ids []string
	for i := range 12 {
		p := c.AddParticipant(conference.Participant{Name: fmt.Sprintf("Person %02d Beispiel", i), InstitutionType: "asd",
			Institution: "ASD Nord", Roles: []string{conference.RoleContributor}, Attendance: conference.AttendancePresent})
		ids = append(ids, p.ID)
	}
	for i := range 150 {
		c.AddContribution(conference.Contribution{SpeakerID: ids[i%12], Text: fmt.Sprintf("Beobachtung %d: Das Kind wirkte müde und zog sich zurück; die Mutter sagte, es schlafe schlecht.", i),
			Provenance: conference.ProvenanceObserved, Source: "eigener Termin", At: start, Phase: conference.PhasePerspectives})
	}
	for i := range 60 {
		c.AddRisk(conference.RiskEntry{Area: "basic_care", Text: fmt.Sprintf("Risiko %d", i), Intensity: conference.IntensityMarked})
	}
	for i := range 40 {
		c.AddAction(conference.Action{What: fmt.Sprintf("Vereinbarung %d", i), OwnerID: ids[i%12], Due: conference.DateOf(start.AddDate(0, 0, 14))})
	}
	return c
}

// BenchmarkKeystroke measures one typed rune: Update (with the commands it
// returns run at once, as the event loop would a moment later, timers
// left out) and View, in a big conference. It reports the median as
// p50-ns next to Go's mean.
func BenchmarkKeystroke(b *testing.B) {
	for _, tc := range []struct {
		name string
		keys []string // to reach the field typed into
		text string   // typed there before the timing starts
	}{
		{"prep_case_code", nil, ""},
		{"opening_add_name", []string{"f4", "n"}, ""},
		// The round of perspectives: a contribution typed for the first
		// speaker, beside their 13 earlier ones and the speaking order.
		{"perspectives_contribution", []string{"alt+3"}, ""},
		// Worries: a new risk typed as free text in the indicator field,
		// which filters the catalogue with every key, beside 60 entries.
		{"worries_free_text_risk", []string{"alt+4", "n"}, "Mietschulden seit Monaten "},
		// Agreed actions: the "what" of a new action, beside 40 others
		// (the view validates the conference).
		{"actions_what", []string{"alt+6", "n"}, "Hausbesuch mit "},
	} {
		b.Run(tc.name, func(b *testing.B) {
			repo := tuitest.NewRepo()
			c := bigConference()
			repo.Put(c)
			clk := clock.Clock{Now: func() time.Time { return start }, After: func(time.Duration, tea.Msg) tea.Cmd { return nil }}
			env := withDefaults(Env{Repo: repo, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), OpenID: c.ID})
			app := newApp(env, clk)
			drv := tuitest.NewDriver(b, tuitest.NewClock(start), func(msg tea.Msg) tea.Cmd {
				_, cmd := app.Update(msg)
				return cmd
			})
			drv.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
			drv.Exec(app.Init())
			for _, k := range tc.keys {
				drv.Key(k)
			}
			if !app.typing() {
				b.Fatalf("%v did not lead into a text field", tc.keys)
			}
			drv.Type(tc.text)
			if !strings.Contains(ansi.Strip(app.View().Content), tc.text) {
				b.Fatalf("%q typed after %v is not on screen:\n%s", tc.text, tc.keys, ansi.Strip(app.View().Content))
			}
			key := tea.KeyPressMsg{Code: 'a', Text: "a"}
			backspace := tea.KeyPressMsg{Code: tea.KeyBackspace}
			times := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				k := key
				if i%2 == 1 {
					k = backspace // keep the field short and the work per key the same
				}
				t0 := time.Now()
				_, cmd := app.Update(k)
				runNow(app, cmd)
				_ = app.View()
				times = append(times, time.Since(t0))
			}
			b.StopTimer()
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns")
		})
	}
}

// runNow runs cmd and feeds what it returns back into app, like the event
// loop; saves go to the in-memory repository.
func runNow(app *App, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			runNow(app, c)
		}
	default:
		_, next := app.Update(msg)
		runNow(app, next)
	}
}
