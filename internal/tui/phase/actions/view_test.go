package actions

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
	"kofa/internal/tui/layout"
)

// editorSize is the editor's area in a terminal of w x h: the workspace's
// main area less its notice line.
func editorSize(w, h int) (int, int) {
	m := layout.Compute(w, h).Main
	return m.W, m.H - 1
}

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
					h.resize(editorSize(size[0], size[1]))
					h.key("end")
					if state == "form" {
						h.key("enter", "tab")
					}
					golden.RequireEqual(t, h.view())
				})
			}
		}
	}
}

// states puts the editor into each of its states for the size checks.
var states = map[string]func(h *harness){
	"table":   func(h *harness) { h.key("end") },
	"refused": func(h *harness) { h.key("end", "y") },
	"form":    func(h *harness) { h.key("end", "enter", "tab") },
	"new":     func(h *harness) { h.key("n") },
	"plan":    func(h *harness) { h.key("w"); h.typ("Plan") },
	"confirm": func(h *harness) { h.key("d") },
	"badDate": func(h *harness) { h.key("enter", "tab", "tab", "tab"); h.typ("x"); h.key("tab") },
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
					h.resize(w, ht)
					checkFits(t, h.ed.View(w, ht), w, ht)
				}
			}
		})
	}
}

func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

func TestViewOfEmptySizeIsEmpty(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	for _, s := range [][2]int{{0, 10}, {10, 0}, {-1, -1}} {
		if v := h.ed.View(s[0], s[1]); v != "" {
			t.Errorf("View(%d, %d) = %q", s[0], s[1], v)
		}
	}
}
