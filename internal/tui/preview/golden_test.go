package preview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
)

// previewCase is one variant of the minutes in one language, reached by
// keys from the full minutes.
type previewCase struct {
	variant string
	lang    i18n.Lang
	keys    []string
}

var previewCases = []previewCase{
	{"full", i18n.DE, nil},
	{"pseudonymised", i18n.EN, []string{"v"}},
	{"tasks", i18n.DE, []string{"v", "v", "i"}},
}

// wholeView opens the preview of the demo conference in theme th at width
// w, picks the case's variant, and makes the screen tall enough to show
// all of the minutes, so that one view holds every line of them with the
// screen around it.
func wholeView(t *testing.T, pc previewCase, th *theme.Theme, w int) string {
	t.Helper()
	h := newThemedHarness(t, demo.Sample(string(pc.lang), start), th, pc.lang, w, 40)
	h.m.dir = "~/Dokumente" // the temporary folder differs on every run
	for _, k := range pc.keys {
		h.Key(k)
	}
	if !h.m.shown {
		t.Fatal("the minutes did not render")
	}
	tall := len(h.m.lines) + 8 // the header, choice, folder, status and key lines and three rules
	h.Exec(h.m.SetLayout(layout.Compute(w, tall)))
	view := h.m.View()
	checkFits(t, view, w, tall)
	if got := len(strings.Split(view, "\n")); got != tall {
		t.Fatalf("%d lines, want %d: the minutes do not fill the screen", got, tall)
	}
	return view
}

// TestGolden keeps the preview of every variant of the demo minutes at 80
// and 120 columns, in the default theme (its colours as escape codes) and
// in the monochrome one (bold and faint only).
func TestGolden(t *testing.T) {
	for _, pc := range previewCases {
		for _, w := range []int{80, 120} {
			for _, name := range []string{"default", "monochrome"} {
				t.Run(fmt.Sprintf("%s_%s_%d_%s", pc.variant, pc.lang, w, name), func(t *testing.T) {
					th, err := theme.Load(name, "")
					if err != nil {
						t.Fatal(err)
					}
					golden.RequireEqual(t, wholeView(t, pc, th, w))
				})
			}
		}
	}
}

// TestNoLinePaddedWithSpaces: no line of the preview ends in spaces, in any
// variant, width or theme. Lines padded to the full width (as glamour and
// the viewport drew them) cost the terminal a full row of cells each.
func TestNoLinePaddedWithSpaces(t *testing.T) {
	t.Parallel()
	for _, pc := range previewCases {
		for _, w := range []int{layout.CompactWidth, 80, 120, 200} {
			for _, name := range theme.Names() {
				th, err := theme.Load(name, "")
				if err != nil {
					t.Fatal(err)
				}
				for i, l := range strings.Split(wholeView(t, pc, th, w), "\n") {
					if plain := ansi.Strip(l); strings.HasSuffix(plain, " ") {
						t.Fatalf("%s %s %d %s: line %d ends in spaces: %q", pc.variant, pc.lang, w, name, i, plain)
					}
				}
			}
		}
	}
}
