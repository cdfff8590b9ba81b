package closing

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestParkedTopicIsMarkedIdentifyingWithI: in the parked topics, i marks
// the selected one (left out of the pseudonymised minutes), the help line
// names the key and the row shows the mark.
func TestParkedTopicIsMarkedIdentifyingWithI(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("2")
	named := false
	for _, b := range h.Ed.KeyMap().ShortHelp() {
		named = named || b.Enabled() && b.Help().Key == "i"
	}
	if !named {
		t.Error("the help line does not name i")
	}
	h.Key("i")
	p := c.Parked[0]
	if !p.Identifying || !h.HasChange("update parked/"+p.ID+"/identifying") {
		t.Fatalf("i did not mark the topic: %+v, changes %v", p, h.Paths())
	}
	if v := h.View(); !strings.Contains(v, "⊘ Schulwechsel") || !strings.Contains(v, "Als identifizierend vermerkt") {
		t.Errorf("the mark does not show:\n%s", v)
	}
}
