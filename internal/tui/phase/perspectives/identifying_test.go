package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestContributionIsMarkedIdentifyingWithI: on the contributions, i marks
// the selected one as identifying (left out of the pseudonymised
// minutes), shows the mark before its text and names the key in F1.
func TestContributionIsMarkedIdentifyingWithI(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("wohnt in der Gartenstraße 5")
	h.Drv.Key("ctrl+s")
	h.Drv.Key("esc")
	h.Drv.Key("tab") // to the contributions
	h.TakeChanges()
	h.Drv.Key("i")
	c := h.Ctx.Conf
	id := c.Contributions[0].ID
	if !c.Contributions[0].Identifying || !h.HasChange("update contributions/"+id+"/identifying") {
		t.Fatalf("i did not mark the contribution: %+v, changes %v", c.Contributions[0], h.Paths())
	}
	view := h.plain(100, 30)
	if !strings.Contains(view, "⊘ wohnt in der Gartenstraße 5") || !strings.Contains(view, "Als identifizierend vermerkt") {
		t.Errorf("the mark does not show:\n%s", view)
	}
	named := false
	for _, group := range h.Ed.KeyMap().FullHelp() {
		for _, b := range group {
			named = named || b.Enabled() && b.Help().Key == "i"
		}
	}
	if !named {
		t.Error("F1 does not name i")
	}
}

// TestViewIsMarkedIdentifyingInTheViewsPanel: each view has a field of
// its own for the mark; tab passes it (it says "no"), going to it and
// choosing yes marks the view.
func TestViewIsMarkedIdentifyingInTheViewsPanel(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("v")
	v := h.Ed.(*Editor).views
	h.Drv.Exec(v.Form().FocusInput(v.parents[0].mark))
	h.Drv.Type("ja")
	h.Drv.Key("enter")
	c := h.Ctx.Conf
	if !c.ParentsView.Identifying || c.ChildView.Identifying {
		t.Errorf("child %v, parents %v: want the parents' view marked", c.ChildView.Identifying, c.ParentsView.Identifying)
	}
	if !h.HasChange("update parents_view/identifying") {
		t.Errorf("changes %v", h.Paths())
	}
	h.Drv.Key("v") // enter in the last field closed the panel; again
	if !strings.Contains(h.plain(100, 40), "ja – im pseudonymisierten Protokoll ausgelassen") {
		t.Errorf("the field does not show the mark:\n%s", h.plain(100, 40))
	}
}
