package closing

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/layout"
)

// editorSize is the editor's area in a terminal of w x h: the workspace's
// main area less its notice line.
func editorSize(w, h int) (int, int) {
	m := layout.Compute(w, h).Main
	return m.W, m.H - 1
}

// sections puts the editor into each section (and the closed state) with
// something in it to show.
var sections = map[string]func(h *harness){
	"1readback": func(h *harness) {},
	"2parked":   func(h *harness) { h.Key("2") },
	"3resp": func(h *harness) {
		h.Ctx.Conf.SetResponsibility(conference.RespInformsFamily, h.Ctx.Conf.Participants[0].ID, "")
		h.Key("3")
	},
	"4review": func(h *harness) {
		h.Ctx.Conf.NextReview = conference.Date{Year: 2027, Month: 1, Day: 5}
		h.Ctx.Conf.NextReviewTime = "10:00"
		h.Ctx.Conf.Distribution = []conference.Distribution{
			{ParticipantID: h.Ctx.Conf.Participants[0].ID, Variant: conference.MinutesFull},
			{Recipient: "Insoweit erfahrene Fachkraft", Variant: conference.MinutesPseudonymised},
		}
		h.Key("4")
	},
	"5close":  func(h *harness) { h.Key("5") },
	"6closed": func(h *harness) { h.Key("5", "enter", "j") },
}

// TestGolden pins every section in both languages at the editor's size in
// 80x24 and 120x40 terminals.
func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, enter := range sections {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					c, _ := fixture()
					h := newHarness(t, c, lang)
					h.Resize(editorSize(size[0], size[1]))
					enter(h)
					golden.RequireEqual(t, h.View())
				})
			}
		}
	}
}

// states adds the open forms and questions to the sections.
var states = map[string]func(h *harness){
	"parkedPick": func(h *harness) { h.Key("2", "enter") },
	"respPick":   func(h *harness) { h.Key("3", "enter") },
	"reviewForm": func(h *harness) { h.Key("4", "enter"); h.Type("99.99.") },
	"distForm":   func(h *harness) { h.Key("4", "n") },
	// A recipient outside the table released from confidentiality: the
	// release's details, one of them long.
	"distRelease": func(h *harness) {
		h.Key("4", "n")
		h.Type("Praxis Dr. Sommer")
		h.Key("enter", "enter")
		h.Type("Schweige")
		h.Key("enter", "tab")
		h.Type("die Mutter, Frau Müller-Lüdenscheidt, schriftlich für die Kinderärztin")
	},
	"confirm": func(h *harness) { h.Key("5", "enter") },
	"refused": func(h *harness) { h.Key("right", "right", "y") },
}

func TestViewFitsEverySize(t *testing.T) {
	widths := []int{1, 2, 3, 5, 8, 13, 20, 33, 40, 56, 60, 79, 80, 94, 120, 200, 300}
	heights := []int{1, 2, 3, 4, 5, 8, 12, 19, 24, 35, 40, 100}
	all := map[string]func(h *harness){}
	for k, v := range sections {
		all[k] = v
	}
	for k, v := range states {
		all[k] = v
	}
	for name, enter := range all {
		t.Run(name, func(t *testing.T) {
			c, _ := fixture()
			h := newHarness(t, c, i18n.DE)
			enter(h)
			for _, w := range widths {
				for _, ht := range heights {
					h.Resize(w, ht)
					checkFits(t, h.Ed.View(w, ht), w, ht)
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
		if v := h.Ed.View(s[0], s[1]); v != "" {
			t.Errorf("View(%d, %d) = %q", s[0], s[1], v)
		}
	}
}
