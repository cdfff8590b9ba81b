package presentation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestGolden pins the presentation at 80x24 and 120x40 in both languages:
// browsing the chronology, and adding an entry with a free-text date.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			w, h := tuitest.EditorSize(size[0], size[1])
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				hs := newHarness(t, lang, sampleConference())
				hs.Drv.Key("esc")
				hs.Drv.Key("down")
				view := hs.Ed.View(w, h)
				tuitest.CheckFits(t, view, w, h)
				golden.RequireEqual(t, hs.plain(w, h))
			})
			t.Run(fmt.Sprintf("%s_%dx%d_form", lang, size[0], size[1]), func(t *testing.T) {
				hs := newHarness(t, lang, sampleConference())
				hs.Drv.Key("esc")
				hs.Drv.Key("n")
				hs.Drv.Type("Sommer 2025")
				hs.Drv.Key("tab")
				golden.RequireEqual(t, hs.plain(w, h))
			})
		}
	}
}

// TestNoMissingTexts renders every state and looks for "!key!" markers
// of texts missing from the catalogue.
func TestNoMissingTexts(t *testing.T) {
	for _, lang := range i18n.Langs() {
		h := newHarness(t, lang, sampleConference())
		views := []string{h.plain(100, 30)}
		h.Drv.Key("esc")
		views = append(views, h.plain(100, 30))
		h.Drv.Key("n")
		h.Drv.Type("31.2.2025")
		h.Drv.Key("enter")
		views = append(views, h.plain(100, 30))
		h.Drv.Key("esc")
		h.Drv.Key("down")
		h.Drv.Key("x")
		views = append(views, h.plain(100, 30))
		for _, v := range views {
			if strings.Contains(v, "!presentation.") || strings.Contains(v, "!date.") {
				t.Errorf("%s: missing text:\n%s", lang, v)
			}
		}
	}
}

// TestViewFitsEverySize renders each state at sizes from 1x1 to 300x100:
// no panic, no line wider than the width, no more lines than the height.
func TestViewFitsEverySize(t *testing.T) {
	states := map[string]func(h *harness){
		"writing": func(*harness) {},
		"browse":  func(h *harness) { h.Drv.Key("esc"); h.Drv.Key("down") },
		"form": func(h *harness) {
			h.Drv.Key("esc")
			h.Drv.Key("n")
			h.Drv.Type("31.02.2025")
			h.Drv.Key("tab")
		},
		"confirm": func(h *harness) { h.Drv.Key("esc"); h.Drv.Key("down"); h.Drv.Key("x") },
	}
	for name, setup := range states {
		for _, c := range []func() *harness{
			func() *harness { return newHarness(t, i18n.DE, sampleConference()) },
			func() *harness { return newHarness(t, i18n.EN, emptyConference()) },
		} {
			h := c()
			setup(h)
			for _, w := range []int{1, 2, 5, 10, 20, 33, 40, 56, 59, 60, 79, 80, 94, 120, 200, 300} {
				for _, ht := range []int{1, 2, 3, 5, 9, 10, 15, 16, 19, 24, 35, 40, 100} {
					view := h.Ed.View(w, ht)
					t.Run(name, func(t *testing.T) { tuitest.CheckFits(t, view, w, ht) })
				}
			}
		}
	}
}
