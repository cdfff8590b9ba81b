package widget

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
)

// TestPlaceholderCutShortEndsInEllipsis: a hint wider than the field was
// cut without a mark, so "§ 42 SGB VIII" read as "§ 42 SGB VI".
func TestPlaceholderCutShortEndsInEllipsis(t *testing.T) {
	tr, st := kit(i18n.EN)
	f := NewField(tr, st, "What")
	const hint = "e.g. emergency protective custody (§ 42 SGB VIII)"
	f.SetPlaceholder(hint)
	for _, focused := range []bool{false, true} {
		if focused {
			f.Focus()
		}
		for w := 5; w < 60; w++ {
			got := strings.TrimRight(ansi.Strip(f.View(w)), " ")
			if ansi.StringWidth(got) > w {
				t.Fatalf("width %d: %q is wider", w, got)
			}
			if w < ansi.StringWidth(hint) && !strings.HasSuffix(got, "…") {
				t.Errorf("focused %v, width %d: %q does not show that the hint goes on", focused, w, got)
			}
			if w >= ansi.StringWidth(hint) && got != hint {
				t.Errorf("focused %v, width %d: %q, want the whole hint", focused, w, got)
			}
		}
	}
}

// TestAreaPlaceholderCutShortEndsInEllipsis: a multi-line field cut its
// hint after its last row without a mark, as single-line fields once did.
func TestAreaPlaceholderCutShortEndsInEllipsis(t *testing.T) {
	tr, st := kit(i18n.EN)
	const hint = "e.g. what the child said, in their own words, and who heard it (§ 8a SGB VIII)"
	words := strings.Join(strings.Fields(hint), "")
	for _, rows := range []int{1, 2, 3} {
		a := NewTextArea(tr, st, "Facts")
		a.SetRows(rows)
		a.SetPlaceholder(hint)
		for _, focused := range []bool{false, true} {
			if focused {
				a.Focus()
			}
			for w := 5; w < 100; w++ {
				lines := strings.Split(ansi.Strip(a.View(w)), "\n")
				var shown strings.Builder
				for i, l := range lines {
					if ansi.StringWidth(l) > w {
						t.Fatalf("rows %d width %d: line %d %q is wider", rows, w, i, l)
					}
					shown.WriteString(strings.TrimSpace(l))
				}
				got := strings.ReplaceAll(shown.String(), " ", "")
				whole := got == words
				if !whole && !strings.HasSuffix(got, "…") {
					t.Errorf("rows %d, focused %v, width %d: %q does not show that the hint goes on", rows, focused, w, lines)
				}
				if w*rows >= 2*ansi.StringWidth(hint) && !whole {
					t.Errorf("rows %d, focused %v, width %d: %q, want the whole hint", rows, focused, w, lines)
				}
			}
		}
	}
}
