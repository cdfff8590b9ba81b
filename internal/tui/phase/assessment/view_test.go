package assessment

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

// halfRated is conf with two of four ratings given, still hidden.
func halfRated() (*conference.Conference, people) {
	c, ps := conf()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.weber, Category: conference.CategoryAcute, Scale: scale(2), At: t0})
	return c, ps
}

var viewStates = map[string]struct {
	conf    func() (*conference.Conference, people)
	prepare func(h *harness)
}{
	"hidden":   {halfRated, func(*harness) {}},
	"rating":   {conf, func(h *harness) { h.Key("down") }},
	"revealed": {rated, func(*harness) {}},
	"result":   {rated, func(h *harness) { h.Key("e") }},
	"confirm":  {halfRated, func(h *harness) { h.Key("r") }},
	// Siblings, each rated on their own (not in the goldens).
	"siblings":        {siblingsRated, func(h *harness) { h.Key("c") }},
	"siblings_rating": {siblings, func(h *harness) { h.Key("esc", "c", "enter") }},
}

// TestGolden pins the phase at 80x24 and 120x40 in German and English:
// ratings hidden, a rating being typed, revealed with the spread, and the
// agreed-result form. Run with -update after an intended change.
func TestGolden(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, name := range []string{"hidden", "rating", "revealed", "result"} {
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
	widths := []int{1, 2, 3, 5, 10, 20, 33, 34, 35, 40, 56, 60, 69, 70, 80, 94, 120, 200, 300}
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
