package widget

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// TestLimitsApplyToTypingOnly: a value longer than the field's limit (a
// copy from the previous conference, an import) is shown and kept whole;
// typing cannot make it longer, deleting shortens it, and a counter says
// why. Issue 18: the field cut it to 200 bytes when it was set.
func TestLimitsApplyToTypingOnly(t *testing.T) {
	t.Parallel()
	tr, st := kit(i18n.EN)
	long := strings.Repeat("Austausch mit Kita und Schule; ", 10) + "InsoFa" // 316 bytes
	f := NewField(tr, st, "Scope")
	f.SetValue(long)
	if f.Value() != long {
		t.Fatalf("SetValue kept %d of %d bytes", len(f.Value()), len(long))
	}
	f.Focus()
	if changed := typeInto(f, "x"); changed || f.Value() != long {
		t.Errorf("typing grew a value over the limit to %d bytes (changed %v)", len(f.Value()), changed)
	}
	if !strings.Contains(ansi.Strip(f.View(80)), "200 bytes") {
		t.Errorf("no word on the limit after a refused key:\n%s", ansi.Strip(f.View(80)))
	}
	if _, changed := f.Update(tea.KeyPressMsg{Code: tea.KeyBackspace}); !changed || len(f.Value()) != len(long)-1 {
		t.Errorf("backspace: %d bytes, changed %v", len(f.Value()), changed)
	}

	area := NewTextArea(tr, st, "Facts")
	area.SetLimit(100)
	area.SetValue(long)
	if area.Value() != long {
		t.Fatalf("text area SetValue kept %d of %d bytes", len(area.Value()), len(long))
	}
	area.Focus()
	if changed := typeInto(area, "x"); changed || area.Value() != long {
		t.Errorf("typing grew a long text to %d bytes", len(area.Value()))
	}
}

// TestACounterShowsNearTheLimit: while typing close to the limit the field
// counts, so the limit never comes as a surprise.
func TestACounterShowsNearTheLimit(t *testing.T) {
	t.Parallel()
	tr, st := kit(i18n.DE)
	f := NewField(tr, st, "Name")
	f.Focus()
	typeInto(f, strings.Repeat("a", 100))
	if strings.Contains(ansi.Strip(f.View(60)), "/200") {
		t.Errorf("counter at half the limit:\n%s", ansi.Strip(f.View(60)))
	}
	typeInto(f, strings.Repeat("b", 90))
	if !strings.Contains(ansi.Strip(f.View(60)), "190/200 Bytes") {
		t.Errorf("no counter near the limit:\n%s", ansi.Strip(f.View(60)))
	}
	typeInto(f, strings.Repeat("c", 20))
	if len(f.Value()) != sanitize.MaxLine {
		t.Errorf("typing stopped at %d bytes, want %d", len(f.Value()), sanitize.MaxLine)
	}
	f.Blur()
	if strings.Contains(ansi.Strip(f.View(60)), "/200") {
		t.Error("the counter shows in a field without focus")
	}
}
