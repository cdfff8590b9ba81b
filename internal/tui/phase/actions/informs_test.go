package actions

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// While a carer is not yet informed of the result, an action can say it
// informs them: who tells them and by when is then on the follow-up list
// like any action (issue 13).
func TestAnActionInformsACarerNotYetInformed(t *testing.T) {
	c, _ := fixture()
	father := c.AddCarer(conference.Carer{Name: "Thomas S.", Relationship: conference.RelationshipFather, Stance: conference.StanceNotInformed}).ID
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 50)
	newAction(h, "Vater über das Ergebnis informieren")
	h.Type("Albers")
	h.Key("tab") // the institution is filled and passed
	h.Type("+5d")
	h.Key("tab")
	h.Type("Vermerk in der Akte")
	h.Key("tab", "tab") // if not done: nothing
	h.MustShow("Informiert")
	h.Type("Thomas")
	h.Key("enter")
	a := c.Actions[len(c.Actions)-1]
	if a.Informs != father || len(c.InformingOf(father)) != 1 {
		t.Errorf("action %+v, want it to inform the father", a)
	}
}

func TestNobodyIsAskedToBeInformedWhenAllKnow(t *testing.T) {
	c, _ := fixture()
	c.AddCarer(conference.Carer{Name: "Jana S.", Relationship: conference.RelationshipMother, Stance: conference.StanceAgrees})
	h := tuitest.NewEditor(t, tuitest.NewClock(t0), tuitest.PhaseContext(c, i18n.DE, tuitest.NewClock(t0).Now), New, 120, 50)
	newAction(h, "Hausbesuch")
	if strings.Contains(h.View(), "Informiert") {
		t.Error("the form asks whom the action informs though every carer knows")
	}
}
