package assessment

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestDissentIsMarkedIdentifyingWithI: on a dissent, i marks it (left out
// of the pseudonymised minutes) and shows the mark before its reason.
func TestDissentIsMarkedIdentifyingWithI(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	for range 10 {
		h.Key("down") // to the dissent, the last row
	}
	h.TakeChanges()
	h.Key("i")
	d := c.Assessment.Dissent[0]
	if !d.Identifying || !h.HasChange("update assessment/dissent/"+d.ID+"/identifying") {
		t.Fatalf("i did not mark the dissent: %+v, changes %v", d, h.Paths())
	}
	if v := h.View(); !strings.Contains(v, "⊘ Sieht keine Gefährdung") {
		t.Errorf("the mark does not show:\n%s", v)
	}
}
