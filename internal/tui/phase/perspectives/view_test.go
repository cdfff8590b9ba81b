package perspectives

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
	"kofa/internal/tui/layout"
)

// editorSize is the area the workspace gives an editor in a terminal of
// w x h: the main area less the notice line.
func editorSize(w, h int) (int, int) {
	l := layout.Compute(w, h)
	return l.Main.W, l.Main.H - 1
}

// midRound is a round in progress: Petra Albers has spoken, Dr. Weber
// has the word and a contribution is half typed.
func midRound(t *testing.T, lang i18n.Lang) *harness {
	h := newHarness(t, lang, sampleConference())
	h.tick(2*time.Minute + 5*time.Second)
	h.d.Type("Familie ist seit 2024 bekannt, SPFH läuft")
	h.d.Key("down")
	h.d.Type("ASD-Akte")
	h.d.Key("enter")
	h.d.Key("ctrl+n")
	h.tick(3*time.Minute + 10*time.Second)
	h.d.Type("Hämatome an beiden Oberarmen, unterschiedlich alt")
	h.d.Key("down")
	h.d.Type("U-Untersuchung am 12.11.")
	h.d.Key("enter")
	h.d.Key("tab")
	h.d.Key("tab")
	h.d.Type("Verletzungsmuster spricht gegen Sturzgeschehen")
	h.d.Key("enter")
	h.d.Type("Mutter wirkte beim Termin erschöpft")
	return h
}

// TestGolden pins the round at 80x24 and 120x40 in both languages: in
// progress, and asking for the missing views after the phase was left.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			w, ht := editorSize(size[0], size[1])
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				h := midRound(t, lang)
				checkFits(t, h.editor.View(w, ht), w, ht)
				golden.RequireEqual(t, h.plain(w, ht))
			})
			t.Run(fmt.Sprintf("%s_%dx%d_views", lang, size[0], size[1]), func(t *testing.T) {
				h := midRound(t, lang)
				h.d.Send(leave())
				h.d.Send(enter())
				checkFits(t, h.editor.View(w, ht), w, ht)
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
			h.d.Key(k)
			views = append(views, h.plain(100, 30))
		}
		h.d.Key("esc")
		h.d.Key("tab")
		views = append(views, h.plain(100, 30))
		h.d.Key("x")
		views = append(views, h.plain(100, 30))
		h.d.Key("n")
		h.d.Send(leave())
		views = append(views, h.plain(100, 30), h.plain(60, 20))
		h.d.Send(enter())
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
		"order":  func(h *harness) { h.d.Key("esc") },
		"list":   func(h *harness) { h.d.Key("esc"); h.d.Key("tab") },
		"views":  func(h *harness) { h.d.Send(leave()); h.d.Send(enter()) },
		"remove": func(h *harness) { h.d.Key("esc"); h.d.Key("up"); h.d.Key("tab"); h.d.Key("x") },
	}
	for name, setup := range states {
		for _, lang := range i18n.Langs() {
			h := midRound(t, lang)
			setup(h)
			for _, w := range []int{1, 2, 5, 10, 20, 33, 40, 56, 59, 60, 69, 70, 79, 80, 94, 120, 200, 300} {
				for _, ht := range []int{1, 2, 3, 4, 5, 7, 8, 10, 15, 16, 19, 24, 35, 40, 100} {
					view := h.editor.View(w, ht)
					t.Run(name, func(t *testing.T) { checkFits(t, view, w, ht) })
				}
			}
		}
	}
}

func TestShortHelpShowsAtMostFiveWorkingKeys(t *testing.T) {
	h := midRound(t, i18n.DE)
	check := func(state string) {
		t.Helper()
		keys := h.editor.KeyMap().ShortHelp()
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
	if k := h.editor.KeyMap().ShortHelp(); k[0].Help().Key != "enter" || k[1].Help().Key != "ctrl+n" {
		t.Errorf("typing: first keys %q %q, want enter and ctrl+n", k[0].Help().Key, k[1].Help().Key)
	}
	h.d.Key("esc")
	check("order")
	h.d.Key("tab")
	check("list")
	h.d.Key("v")
	check("views")
}
