package worries

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestGolden pins the phase at 80x24 and 120x40 in German and English:
// the worries, the strengths, and the form with a filter typed. Run with
// -update after an intended change.
func TestGolden(t *testing.T) {
	states := map[string]func(h *harness){
		"risks":     func(*harness) {},
		"strengths": func(h *harness) { h.Key("tab") },
		"form": func(h *harness) {
			h.Key("n")
			if h.Ctx.Lang == i18n.DE {
				h.Type("hunger")
			} else {
				h.Type("hungry")
			}
		},
	}
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, prepare := range states {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					c, _ := fixture()
					h := newHarness(t, c, lang)
					h.Resize(tuitest.EditorSize(size[0], size[1]))
					prepare(h)
					golden.RequireEqual(t, h.View())
				})
			}
		}
	}
}

// TestViewFitsEverySize renders every state at sizes from 1x1 to 300x100
// and checks that no line is wider than the area and no more lines come
// back than fit.
func TestViewFitsEverySize(t *testing.T) {
	states := map[string]func(h *harness){
		"risks":     func(*harness) {},
		"strengths": func(h *harness) { h.Key("tab") },
		"form":      func(h *harness) { h.Key("n"); h.Type("Hämatome") },
		"free":      func(h *harness) { h.Key("n"); h.Type("Oma hilft nicht mehr"); h.Key("enter") },
		"confirm":   func(h *harness) { h.Key("x") },
		"scrolled":  func(h *harness) { h.Key("end") },
	}
	widths := []int{1, 2, 3, 5, 10, 20, 33, 40, 56, 60, 69, 70, 80, 94, 120, 200, 300}
	heights := []int{1, 2, 3, 4, 6, 10, 16, 19, 24, 35, 40, 100}
	for name, prepare := range states {
		for _, lang := range i18n.Langs() {
			c, _ := fixture()
			h := newHarness(t, c, lang)
			prepare(h)
			for _, w := range widths {
				for _, ht := range heights {
					h.Resize(w, ht)
					out := h.Ed.View(w, ht)
					lines := strings.Split(out, "\n")
					if len(lines) > ht {
						t.Errorf("%s %s %dx%d: %d lines", name, lang, w, ht, len(lines))
					}
					for i, l := range lines {
						if lw := ansi.StringWidth(l); lw > w {
							t.Errorf("%s %s %dx%d: line %d is %d wide: %q", name, lang, w, ht, i, lw, ansi.Strip(l))
						}
					}
				}
			}
		}
	}
}

// BenchmarkKeystroke measures one key press (Update and View) on a list of
// 60 worries at the 120x40 editor size.
func BenchmarkKeystroke(b *testing.B) {
	c, _ := fixture()
	areas := []string{"care", "appearance", "stress", "behaviour"}
	for i := len(c.Risks); i < 60; i++ {
		c.AddRisk(conference.RiskEntry{Area: areas[i%len(areas)], Text: "Eintrag", Intensity: conference.IntensityMarked})
	}
	h := newHarness(b, c, i18n.DE)
	w, ht := tuitest.EditorSize(120, 40)
	down, up := tuitest.KeyPress("down"), tuitest.KeyPress("up")
	b.ResetTimer()
	for i := range b.N {
		k := down
		if i%120 >= 60 {
			k = up
		}
		h.Ed, _ = h.Ed.Update(k)
		_ = h.Ed.View(w, ht)
	}
}
