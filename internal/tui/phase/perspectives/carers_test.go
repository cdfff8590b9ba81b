package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// Each parent gives a view of their own: with the carers recorded, the
// views panel has one section per carer, and what is typed goes to that
// carer; a carer added later gets a section when the panel opens again.
func TestEachCarerHasAViewOfTheirOwn(t *testing.T) {
	c := sampleConference()
	mother := c.AddCarer(conference.Carer{Name: "Jana S.", Relationship: conference.RelationshipMother}).ID
	h := newHarness(t, i18n.DE, c)
	h.Drv.Key("esc")
	h.Drv.Key("v")
	if view := h.plain(100, 40); !strings.Contains(view, "Sicht: Mutter (Jana S.)") || strings.Contains(view, "Sicht der Eltern  ") {
		t.Fatalf("the panel does not show the mother's own view:\n%s", view)
	}
	v := h.Ed.(*Editor).views
	h.Drv.Exec(v.Form().FocusInput(v.parents[0].how))
	h.Drv.Type("in der Konferenz")
	if got := c.Carer(mother).View.HowObtained; got != "in der Konferenz" {
		t.Errorf("the mother's view says %q", got)
	}
	if !h.HasChange("update carers/" + mother + "/view/how_obtained") {
		t.Errorf("changes %v", h.Paths())
	}
	h.Drv.Key("esc")

	father := c.AddCarer(conference.Carer{Name: "Tom S.", Relationship: conference.RelationshipFather}).ID
	h.Drv.Key("v")
	if view := h.plain(100, 40); !strings.Contains(view, "Sicht: Vater (Tom S.)") {
		t.Fatalf("the father added later has no view in the panel:\n%s", view)
	}
	if missing := c.MissingParentsViews(); len(missing) != 1 || missing[0] != father {
		t.Errorf("missing views %v, want the father's", missing)
	}
}
