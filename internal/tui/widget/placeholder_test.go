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
	cat, st := kit(i18n.EN)
	f := NewField(cat, st, "What")
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
