package worries

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestWorryIsMarkedIdentifyingWithI: i marks the selected worry as
// identifying (left out of the pseudonymised minutes), with the mark
// before it; i again takes it back.
func TestWorryIsMarkedIdentifyingWithI(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.TakeChanges()
	h.Key("i")
	marked := -1
	for i, r := range c.Risks {
		if r.Identifying {
			marked = i
		}
	}
	if marked < 0 {
		t.Fatalf("i marked no worry; changes %v", h.Paths())
	}
	if !h.HasChange("update risks/" + c.Risks[marked].ID + "/identifying") {
		t.Errorf("changes %v", h.Paths())
	}
	if v := h.View(); !strings.Contains(v, "⊘") || !strings.Contains(v, "Als identifizierend vermerkt") {
		t.Errorf("the mark does not show:\n%s", v)
	}
	h.Key("i")
	if c.Risks[marked].Identifying {
		t.Error("i again did not take the mark back")
	}
}
