package prep

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestChildrenAndCarersAreRecordedInThePreparation: under the form, the
// children of the case (first name, initials, year of birth, seen in
// person when and by whom) and their parents and carers (name,
// relationship, custody), each a list with a form: esc leaves the form for
// the children, tab goes on to the carers, n adds.
func TestChildrenAndCarersAreRecordedInThePreparation(t *testing.T) {
	r := newRig(t, i18n.DE)
	c := r.Ctx.Conf
	lead := c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd"}).ID
	r.Key("esc") // the form is left: the children have the keyboard
	r.MustShow("▸ Kinder (0)", "Noch kein Kind erfasst")
	r.Key("n")
	r.Type("Mia")
	r.Key("tab")
	r.Type("M. S.")
	r.Key("tab")
	r.Type("2020")
	r.Key("tab")
	r.Type("20.11.2026")
	r.Key("tab")
	r.Type("Albers")
	r.Key("enter") // chosen; the last field: added
	if len(c.Children) != 1 {
		t.Fatalf("children %+v", c.Children)
	}
	want := conference.Child{ID: c.Children[0].ID, FirstName: "Mia", Initials: "M. S.", BirthYear: 2020,
		SeenOn: conference.Date{Year: 2026, Month: 11, Day: 20}, SeenBy: lead}
	if c.Children[0] != want {
		t.Errorf("child %+v, want %+v", c.Children[0], want)
	}
	if !r.HasChange("add children/" + want.ID) {
		t.Errorf("changes %v", r.Paths())
	}
	r.Type("Leon") // the form stays open for the next child
	r.Key("tab", "tab")
	r.Type("17") // no year
	r.Key("ctrl+s")
	r.MustShow("Geburtsjahr nicht plausibel")
	if len(c.Children) != 1 {
		t.Errorf("a child with an implausible year of birth was added: %+v", c.Children)
	}
	r.Key("ctrl+u")
	r.Type("2017")
	r.Key("ctrl+s", "esc")
	r.MustShow("Mia (M. S.) · geb. 2020 · gesehen am 20.11.2026 von Petra Albers", "Leon · geb. 2017 · nicht in Augenschein genommen")

	r.Key("tab") // to the carers
	r.MustShow("▸ Eltern und Bezugspersonen (0)")
	r.Key("n")
	r.Type("Jana Schulz")
	r.Key("tab")
	r.Type("mutter")
	r.Key("enter")
	r.Type("allein")
	r.Key("enter")
	if len(c.Carers) != 1 || c.Carers[0].Name != "Jana Schulz" || c.Carers[0].Relationship != conference.RelationshipMother ||
		c.Carers[0].Custody != conference.CustodySole {
		t.Fatalf("carers %+v", c.Carers)
	}
	r.Key("esc")
	r.MustShow("Jana Schulz · Mutter · alleinige elterliche Sorge")
	r.Key("tab") // on to the form again
	if !r.Ed.Typing() || r.Ed.(*Editor).fam.focused() {
		t.Error("tab after the carers should go back into the form")
	}
}

// TestNetworkMeetingHasNoFamilyLists: a network meeting is about no child.
func TestNetworkMeetingHasNoFamilyLists(t *testing.T) {
	clk := tuitest.NewClock(t0)
	c := conference.New("idprep01", conference.KindNetwork, t0)
	r := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 90, 30)
	r.Key("esc")
	if strings.Contains(r.View(), "Kinder (") || r.Ed.(*Editor).fam.focused() {
		t.Errorf("a network meeting shows the family lists:\n%s", r.View())
	}
}
