package tui

import (
	"fmt"
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// sampleHarness opens the demo sample conference (built for the fixed
// start day) in the workspace with every real phase editor, on the fake
// clock standing at start, at w x h: closed as demo.Sample makes it, or
// running in phase 3 as the rehearsal (demo.Rehearsal) opens it. acute
// sets the agreed result to an acute risk first, so that phase 5a applies.
func sampleHarness(t testing.TB, lang i18n.Lang, w, h int, acute, closed bool) *harness {
	t.Helper()
	c := demo.Rehearsal(string(lang), start)
	if closed {
		c = demo.Sample(string(lang), start)
	}
	if acute {
		c.Assessment.Category = conference.CategoryAcute
	}
	return openHarness(t, c, lang, w, h)
}

// openHarness opens c in the workspace with every real phase editor, on
// the fake clock standing at start, at w x h.
func openHarness(t testing.TB, c *conference.Conference, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	repo := tuitest.NewRepo()
	repo.Put(c)
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(),
		Now: clk.Now, OpenID: c.ID})
	app := newApp(env, clk.Clock())
	h0 := &harness{app: app, repo: repo}
	h0.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	h0.Send(tea.WindowSizeMsg{Width: w, Height: h})
	h0.Exec(app.Init())
	if app.Conference() == nil {
		t.Fatal("the conference did not open")
	}
	return h0
}

// goldenPhase is one phase of the sample as the facilitator reaches it:
// in the rehearsal, or looked at in the closed sample (read-only).
type goldenPhase struct {
	name   string
	id     conference.PhaseID // the phase on screen
	acute  bool               // the sample with an acute result (5a applies)
	closed bool               // the closed sample, which opens in the closing
	keys   []string           // from where the sample opens
}

// missingText matches how the catalogue shows a key it lacks: "!area.key!".
var missingText = regexp.MustCompile(`![a-z0-9_]+(\.[a-z0-9_]+)+!`)

var goldenPhases = []goldenPhase{
	{"0_preparation", conference.PhasePreparation, false, false, []string{"alt+0"}},
	{"1_opening", conference.PhaseOpening, false, false, []string{"alt+1"}},
	{"2_presentation", conference.PhasePresentation, false, false, []string{"alt+2"}},
	{"3_perspectives", conference.PhasePerspectives, false, false, nil},
	{"4_worries", conference.PhaseWorries, false, false, []string{"alt+4"}},
	{"5_assessment", conference.PhaseAssessment, false, false, []string{"alt+5"}},
	{"5a_safety", conference.PhaseSafety, true, false, []string{"alt+5", "f4"}},
	{"6_actions", conference.PhaseActions, false, false, []string{"alt+6"}},
	{"7_closing", conference.PhaseClosing, false, true, nil},
	{"2_presentation_closed", conference.PhasePresentation, false, true, []string{"alt+2"}},
}

// TestGoldenPhases pins the whole workspace (header, phases, editor, save
// state, help line) in every phase of the rehearsal, and the closed sample
// in the closing and looked at in another phase: at 80x24 and
// 120x40, in the compact layout at 60x20, in German and English; and the
// notice just below the smallest size. No line may be wider than the
// terminal. Update with go test ./internal/tui -run TestGoldenPhases -update.
func TestGoldenPhases(t *testing.T) {
	for _, ph := range goldenPhases {
		for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
			for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
				w, hgt := size[0], size[1]
				t.Run(fmt.Sprintf("%s_%s_%dx%d", ph.name, lang, w, hgt), func(t *testing.T) {
					h := sampleHarness(t, lang, w, hgt, ph.acute, ph.closed)
					for _, k := range ph.keys {
						h.Key(k)
					}
					want := ph.id
					if ph.closed {
						want = conference.PhaseClosing // looking at a phase does not change it
					}
					if got := h.app.Conference().CurrentPhase; got != want {
						t.Fatalf("%v led to phase %q, want %q", ph.keys, got, want)
					}
					content := h.app.View().Content
					checkWidth(t, content, w, hgt)
					if missingText.MatchString(h.screen()) {
						t.Errorf("a text is missing from the catalogue:\n%s", h.screen())
					}
					golden.RequireEqual(t, ascii(t, content))
				})
			}
		}
	}
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{59, 20}, {60, 19}} {
			w, hgt := size[0], size[1]
			t.Run(fmt.Sprintf("too_small_%s_%dx%d", lang, w, hgt), func(t *testing.T) {
				h := sampleHarness(t, lang, w, hgt, false, true)
				content := h.app.View().Content
				checkWidth(t, content, w, hgt)
				golden.RequireEqual(t, ascii(t, content))
			})
		}
	}
}
