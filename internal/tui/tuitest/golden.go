package tuitest

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// EditorState is a state of a phase editor worth pinning: the conference
// it starts from and the keys that lead there from the editor just
// opened.
type EditorState struct {
	Conf    func() *conference.Conference
	Prepare func(h *Editor)
}

// EditorOpener opens the editor under test on c in lang (its harness).
type EditorOpener func(tb testing.TB, c *conference.Conference, lang i18n.Lang) *Editor

// GoldenEditor pins every state at 80x24 and 120x40 (the editor's area in
// a terminal that size) in German and English, one golden file each
// (go test -update writes them).
func GoldenEditor(t *testing.T, states map[string]EditorState, open EditorOpener) {
	t.Helper()
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for name, st := range states {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					h := open(t, st.Conf(), lang)
					h.Resize(EditorSize(size[0], size[1]))
					st.Prepare(h)
					golden.RequireEqual(t, h.View())
				})
			}
		}
	}
}

// FitsEverySize renders every state at sizes from 1x1 to 300x100 and
// checks that no line is wider than the area and no more lines come back
// than fit.
func FitsEverySize(t *testing.T, states map[string]EditorState, open EditorOpener) {
	t.Helper()
	for name, st := range states {
		for _, lang := range i18n.Langs() {
			h := open(t, st.Conf(), lang)
			st.Prepare(h)
			for _, w := range []int{1, 2, 5, 10, 20, 40, 60, 80, 120, 300} {
				for _, ht := range []int{1, 2, 3, 4, 6, 10, 24, 40, 100} {
					h.Resize(w, ht)
					t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, w, ht), func(t *testing.T) {
						CheckFits(t, h.Ed.View(w, ht), w, ht)
					})
				}
			}
		}
	}
}
