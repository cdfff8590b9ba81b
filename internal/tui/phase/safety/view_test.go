package safety

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

var viewStates = map[string]struct {
	conf    func() (*conference.Conference, people)
	prepare func(h *harness)
}{
	"empty":   {acuteConf, func(*harness) {}},
	"steps":   {withSteps, func(*harness) {}},
	"form":    {withSteps, func(h *harness) { h.Key("n"); h.Type("Hausbesuch"); h.Key("tab") }},
	"family":  {withSteps, func(h *harness) { h.Key("f") }},
	"note":    {withSteps, func(h *harness) { h.Key("t") }},
	"confirm": {withSteps, func(h *harness) { h.Key("x") }},
}

// TestGolden pins the phase at 80x24 and 120x40 in German and English: the
// empty phase with its form open, the steps, and a step being typed. Run
// with -update after an intended change.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, name := range []string{"empty", "steps", "form"} {
				st := viewStates[name]
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					c, _ := st.conf()
					h := newHarness(t, c, lang)
					h.Resize(tuitest.EditorSize(size[0], size[1]))
					st.prepare(h)
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
	widths := []int{1, 2, 3, 5, 10, 20, 40, 56, 60, 69, 70, 80, 94, 120, 200, 300}
	heights := []int{1, 2, 3, 4, 6, 10, 16, 19, 24, 35, 40, 100}
	for name, st := range viewStates {
		for _, lang := range i18n.Langs() {
			c, _ := st.conf()
			h := newHarness(t, c, lang)
			st.prepare(h)
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
