package closing

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// A protection agreement with the mother is read back to her like any
// action: the read-back names her as the family and takes her yes
// (issue 13: the read-back asks the family too).
func TestTheReadBackAsksTheFamilyToo(t *testing.T) {
	c, _ := fixture()
	mother := c.AddCarer(conference.Carer{Name: "Jana S.", Relationship: conference.RelationshipMother}).ID
	a := c.AddAction(conference.Action{What: "Frühstück am Vorabend richten", OwnerID: mother,
		Due: conference.DateOf(t0).AddDays(7), ReportBack: "Familienhilfe fragt nach"})
	h := newHarness(t, c, i18n.DE)
	h.Key("right", "right", "right")
	h.MustShow("Vereinbarung 4 von 4", "Frühstück am Vorabend richten", "Jana S. (Familie)", "noch nicht zugesagt")
	h.Key("y")
	if got := c.Action(a.ID); got == nil || !got.Agreed {
		t.Errorf("the mother's yes was not recorded: %+v", got)
	}
}
