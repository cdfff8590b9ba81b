package tui

import (
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// The other size tests run the workspace with the shell editors (view_test)
// or one editor on its own (the phase packages). These run the whole app
// with every real editor on the full sample conference, the way kofa runs.

var (
	sweepWidths  = []int{1, 5, 20, 59, 60, 80, 120, 300}
	sweepHeights = []int{1, 5, 19, 20, 24, 40, 100}
)

// realApp starts the app on the sample conference with the real editors.
func realApp(t *testing.T, lang i18n.Lang) *harness {
	t.Helper()
	repo := tuitest.NewRepo()
	repo.Put(demo.Sample(string(lang), start))
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, repo: repo}
	h.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.Exec(app.Init())
	return h
}

// screens are the states to draw: home, every phase of the sample with its
// projector view and help overlay. Each function puts the app there from
// the previous state.
type screenState = struct {
	name string
	goTo func()
	draw bool // false: a step between screens, not drawn
}

func screens(h *harness) []screenState {
	out := []screenState{{"home", func() {}, true}, {"home help", func() { h.Key("?") }, true}, {"open", func() { h.Key("esc"); h.Key("enter") }, false}}
	for _, id := range conference.PhaseOrder {
		n := conference.PhaseNumber(id)
		out = append(out,
			screenState{string(id), func() { h.Key("alt+" + n[:1]) }, true},
			screenState{string(id) + " projector", func() { h.Key("f7") }, true},
			screenState{string(id) + " help", func() { h.Key("f7"); h.Key("?") }, true},
			screenState{string(id) + " park", func() { h.Key("esc"); h.Key("f6") }, true},
			// The sample is closed: park is off, and esc without the park
			// dialog open would leave the workspace for home.
			screenState{string(id) + " back", func() {
				if h.app.typing() {
					h.Key("esc")
				}
			}, false},
		)
	}
	// 5a shows only after an acute result, and the sample's is latent: here
	// it is made acute, with a step, and 5a drawn from the assessment on.
	out = append(out,
		screenState{safetyAcute, func() {
			h.Key("alt+5")
			c := h.app.Conference()
			c.Assessment.Category = conference.CategoryAcute
			c.AddSafetyStep(conference.SafetyStep{What: "Inobhutnahme prüfen, Bereitschaftspflege anfragen", Who: c.Participants[0].ID, Until: "heute 16 Uhr"})
			c.ImmediateSafety.InformsFamily = c.Participants[0].ID
			h.Key("f4")
		}, true},
		screenState{safetyAcute + " projector", func() { h.Key("f7") }, true},
		screenState{safetyAcute + " back", func() { h.Key("f7") }, false},
	)
	return append(out, betweenScreens(h)...)
}

const safetyAcute = "safety (acute)"

// TestScreensReachEveryPhase pins that the sweep draws what it names:
// every phase in the workspace (regression: the esc after each phase left
// the closed sample for home, so phases 1 to 7 were drawn as the home
// screen), and 5a with its step, not the assessment it starts from.
func TestScreensReachEveryPhase(t *testing.T) {
	h := realApp(t, i18n.DE)
	reached := false
	for _, s := range screens(h) {
		s.goTo()
		if s.draw && !strings.HasPrefix(s.name, "home") && h.app.Conference() == nil {
			t.Errorf("screen %q is drawn outside the workspace:\n%s", s.name, h.screen())
		}
		if s.name == safetyAcute {
			h.contains(t, "▸ 5a")
			h.contains(t, "Inobhutnahme prüfen")
			reached = true
		}
	}
	if !reached {
		t.Error("no screen shows 5a")
	}
}

// TestEveryScreenFitsEverySize draws every screen of the real app, in both
// languages, at sizes from 1x1 to 300x100: no panic, no line wider than
// the terminal, no more lines than it has.
func TestEveryScreenFitsEverySize(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		h := realApp(t, lang)
		for _, s := range screens(h) {
			s.goTo()
			if !s.draw {
				continue
			}
			for _, w := range sweepWidths {
				for _, ht := range sweepHeights {
					h.Send(tea.WindowSizeMsg{Width: w, Height: ht})
					content := h.app.View().Content
					checkWidth(t, content, w, ht)
					checkFrame(t, content)
				}
			}
			h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
		}
	}
}

// TestResizeStormOverEveryScreen resizes the real app a thousand times to
// random sizes (1x1 to 320x110) while it moves through every screen.
func TestResizeStormOverEveryScreen(t *testing.T) {
	h := realApp(t, i18n.DE)
	all := screens(h)
	rng := rand.New(rand.NewPCG(11, 12))
	const storm = 1000
	for i := range storm {
		if step := i * len(all) / storm; i == 0 || step != (i-1)*len(all)/storm {
			all[step].goTo()
		}
		w, ht := 1+rng.IntN(320), 1+rng.IntN(110)
		h.Send(tea.WindowSizeMsg{Width: w, Height: ht})
		checkWidth(t, h.app.View().Content, w, ht)
	}
}
