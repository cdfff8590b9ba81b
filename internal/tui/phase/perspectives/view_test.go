package perspectives

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// midRound is a round in progress: Petra Albers has spoken, Dr. Weber
// has the word and a contribution is half typed.
func midRound(t *testing.T, lang i18n.Lang) *harness {
	h := newHarness(t, lang, sampleConference())
	h.tick(2*time.Minute + 5*time.Second)
	h.Drv.Type("Familie ist seit 2024 bekannt, SPFH läuft")
	h.Key("enter", "down", "enter") // kind: the first, observed
	h.Drv.Type("ASD-Akte")
	h.Drv.Key("enter")
	h.Drv.Key("ctrl+n")
	h.tick(3*time.Minute + 10*time.Second)
	h.Drv.Type("Hämatome an beiden Oberarmen, unterschiedlich alt")
	h.Key("enter", "down", "enter")
	h.Drv.Type("U-Untersuchung am 12.11.")
	h.Drv.Key("enter")
	h.Drv.Type("Verletzungsmuster spricht gegen Sturzgeschehen")
	h.Key("enter", "up", "enter", "enter") // kind: the last, assessed; no source
	h.Drv.Type("Mutter wirkte beim Termin erschöpft")
	return h
}

// TestGolden pins the round at 80x24 and 120x40 in both languages: in
// progress, and asking for the missing views after the phase was left.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			w, ht := tuitest.EditorSize(size[0], size[1])
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				h := midRound(t, lang)
				tuitest.CheckFits(t, h.Ed.View(w, ht), w, ht)
				golden.RequireEqual(t, h.plain(w, ht))
			})
			t.Run(fmt.Sprintf("%s_%dx%d_views", lang, size[0], size[1]), func(t *testing.T) {
				h := midRound(t, lang)
				h.leaveForward()
				h.Drv.Send(enter())
				tuitest.CheckFits(t, h.Ed.View(w, ht), w, ht)
				golden.RequireEqual(t, h.plain(w, ht))
			})
		}
	}
}

// TestNoMissingTexts renders every state and looks for "!key!" markers.
func TestNoMissingTexts(t *testing.T) {
	for _, lang := range i18n.Langs() {
		h := midRound(t, lang)
		views := []string{h.plain(100, 30), h.plain(60, 20)}
		for _, k := range []string{"tab", "tab"} { // every tag
			h.Drv.Key(k)
			views = append(views, h.plain(100, 30))
		}
		h.Drv.Key("esc")
		h.Drv.Key("tab")
		views = append(views, h.plain(100, 30))
		h.Drv.Key("x")
		views = append(views, h.plain(100, 30))
		h.Drv.Key("n")
		h.Drv.Send(leave())
		views = append(views, h.plain(100, 30), h.plain(60, 20))
		h.Drv.Send(enter())
		views = append(views, h.plain(100, 30))
		for _, v := range views {
			if strings.Contains(v, "!perspectives.") || strings.Contains(v, "!") && strings.Contains(v, ".key") {
				t.Errorf("%s: missing text:\n%s", lang, v)
			}
		}
	}
}

// TestViewFitsEverySize renders each state at sizes from 1x1 to 300x100:
// no panic, no line wider than the width, no more lines than the height.
func TestViewFitsEverySize(t *testing.T) {
	states := map[string]func(h *harness){
		"typing": func(*harness) {},
		"order":  func(h *harness) { h.Drv.Key("esc") },
		"list":   func(h *harness) { h.Drv.Key("esc"); h.Drv.Key("tab") },
		"views":  func(h *harness) { h.Drv.Send(leave()); h.Drv.Send(enter()) },
		"remove": func(h *harness) { h.Drv.Key("esc"); h.Drv.Key("up"); h.Drv.Key("tab"); h.Drv.Key("x") },
	}
	for name, setup := range states {
		for _, lang := range i18n.Langs() {
			h := midRound(t, lang)
			setup(h)
			for _, w := range []int{1, 2, 5, 10, 20, 33, 40, 56, 59, 60, 69, 70, 79, 80, 94, 120, 200, 300} {
				for _, ht := range []int{1, 2, 3, 4, 5, 7, 8, 10, 15, 16, 19, 24, 35, 40, 100} {
					view := h.Ed.View(w, ht)
					t.Run(name, func(t *testing.T) { tuitest.CheckFits(t, view, w, ht) })
				}
			}
		}
	}
}

func TestShortHelpShowsAtMostFiveWorkingKeys(t *testing.T) {
	h := midRound(t, i18n.DE)
	check := func(state string) {
		t.Helper()
		keys := h.Ed.KeyMap().ShortHelp()
		if len(keys) < 2 || len(keys) > 5 {
			t.Errorf("%s: %d keys in the short help", state, len(keys))
		}
		for _, k := range keys {
			if !k.Enabled() {
				t.Errorf("%s: disabled key %q in the short help", state, k.Help().Key)
			}
		}
	}
	check("typing")
	if k := h.Ed.KeyMap().ShortHelp(); k[0].Help().Key != "enter/tab" || k[1].Help().Key != "ctrl+n" {
		t.Errorf("typing: first keys %q %q, want enter/tab and ctrl+n", k[0].Help().Key, k[1].Help().Key)
	}
	h.Drv.Key("esc")
	check("order")
	h.Drv.Key("tab")
	check("list")
	h.Drv.Key("v")
	check("views")
}
