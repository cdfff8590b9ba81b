package actions

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestGolden pins the table (with the selected row's missing fields and
// the contingency warning) and the open form, in both languages, at the
// editor's size in 80x24 and 120x40 terminals.
func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, state := range []string{"table", "form"} {
				name := fmt.Sprintf("%s_%s_%dx%d", state, lang, size[0], size[1])
				t.Run(name, func(t *testing.T) {
					c, _ := fixture()
					h := newHarness(t, c, lang)
					h.Resize(tuitest.EditorSize(size[0], size[1]))
					h.Key("end")
					if state == "form" {
						h.Key("enter", "tab")
					}
					golden.RequireEqual(t, h.View())
				})
			}
		}
	}
}

// states puts the editor into each of its states for the size checks.
var states = map[string]func(h *harness){
	"table":    func(h *harness) { h.Key("end") },
	"refused":  func(h *harness) { h.Key("end", "y") },
	"form":     func(h *harness) { h.Key("end", "enter", "tab") },
	"new":      func(h *harness) { h.Key("n") },
	"plan":     func(h *harness) { h.Key("w"); h.Type("Plan") },
	"planList": func(h *harness) { h.Key("w"); h.Type("Plan"); h.Key("ctrl+s") },
	"confirm":  func(h *harness) { h.Key("d") },
	"badDate":  func(h *harness) { h.Key("enter", "tab", "tab", "tab"); h.Type("x"); h.Key("tab") },
}

func TestViewFitsEverySize(t *testing.T) {
	widths := []int{1, 2, 3, 5, 8, 13, 20, 33, 34, 40, 53, 54, 56, 60, 79, 80, 89, 90, 94, 120, 200, 300}
	heights := []int{1, 2, 3, 4, 5, 8, 12, 19, 24, 35, 40, 100}
	for name, enter := range states {
		t.Run(name, func(t *testing.T) {
			c, _ := fixture()
			h := newHarness(t, c, i18n.DE)
			enter(h)
			for _, w := range widths {
				for _, ht := range heights {
					h.Resize(w, ht)
					tuitest.CheckFits(t, h.Ed.View(w, ht), w, ht)
				}
			}
		})
	}
}
