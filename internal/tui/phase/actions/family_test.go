package actions

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// An action the family itself owns (a protection agreement with the
// mother): the carers and the children are offered as owners too, and
// the table names the family.
func TestTheFamilyCanOwnAnAction(t *testing.T) {
	c, _ := fixture()
	mother := c.AddCarer(conference.Carer{Name: "Jana Schulz", Relationship: conference.RelationshipMother}).ID
	h := newHarness(t, c, i18n.DE)
	newAction(h, "Frühstück am Vorabend richten")
	h.Type("Jana")
	h.Key("tab", "tab") // the owner, then the institution: the family has none
	h.Type("+7d")
	h.Key("tab")
	h.Type("Familienhilfe fragt nach")
	h.Key("ctrl+s")
	a := c.Actions[len(c.Actions)-1]
	if a.OwnerID != mother {
		t.Fatalf("owner %q, want the mother %q", a.OwnerID, mother)
	}
	if !c.OwnedByFamily(a) {
		t.Error("the mother's action is not the family's")
	}
	h.Key("esc")
	if row := h.Line("Frühstück am Vorabend"); !strings.Contains(row, "Jana Schulz (Familie)") {
		t.Errorf("row %q does not name the mother as the family", row)
	}
}
