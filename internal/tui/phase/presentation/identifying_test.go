package presentation

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestChronologyEntryIsMarkedIdentifyingWithI: i on an entry of the
// chronology marks it (left out of the pseudonymised minutes), shows the
// mark and takes it back when pressed again.
func TestChronologyEntryIsMarkedIdentifyingWithI(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("down") // to the chronology, the first entry
	h.TakeChanges()
	h.Drv.Key("i")
	c := h.Ctx.Conf
	x := c.Chronology[0]
	if !x.Identifying || !h.HasChange("update chronology/"+x.ID+"/identifying") {
		t.Fatalf("i did not mark the entry: %+v, changes %v", x, h.Paths())
	}
	if view := h.plain(100, 30); !strings.Contains(view, "⊘") || !strings.Contains(view, "Als identifizierend vermerkt") {
		t.Errorf("the mark does not show:\n%s", view)
	}
	h.Drv.Key("i")
	if c.Chronology[0].Identifying {
		t.Error("i again did not take the mark back")
	}
}
