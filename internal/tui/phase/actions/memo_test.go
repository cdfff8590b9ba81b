package actions

import (
	"reflect"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// sameAsDrawnAfresh fails when the view with what is kept from earlier
// frames (rows, header, the binding problems) differs from the view drawn
// with nothing kept.
func sameAsDrawnAfresh(t *testing.T, h *harness, step string) {
	t.Helper()
	e := h.Ed.(*Editor)
	for _, w := range []int{100, 60} {
		kept := e.View(w, h.H)
		e.memo, e.problems = viewMemos{}, problemMemo{}
		if fresh := e.View(w, h.H); kept != fresh {
			t.Errorf("%s at width %d: kept view\n%s\nwant, drawn afresh,\n%s", step, w, ansi.Strip(kept), ansi.Strip(fresh))
		}
	}
}

// TestKeptRowsFollowEveryChange: the rows, the header and the binding
// problems are kept between frames; every change they show draws them
// again, the problems included (an owner leaving, the date moving).
func TestKeptRowsFollowEveryChange(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	sameAsDrawnAfresh(t, h, "opened")
	h.Key("up")
	sameAsDrawnAfresh(t, h, "cursor moved")
	h.Key("enter")
	h.Type(" und Bericht")
	sameAsDrawnAfresh(t, h, "typing into an action")
	h.Key("esc")
	h.Key("y") // agree: refused, the action lacks what makes it binding
	sameAsDrawnAfresh(t, h, "refused agreement")
	c.RemoveParticipant(ps.weber)
	sameAsDrawnAfresh(t, h, "an owner removed")
	c.Date = conference.Date{Year: 2026, Month: 12, Day: 10}
	sameAsDrawnAfresh(t, h, "the date moved past a due date")
	c.Participants[0].Name = "Petra Albers-Kunz"
	sameAsDrawnAfresh(t, h, "an owner renamed")
	*h.Ctx.Styles = theme.Default(false).Styles(false)
	sameAsDrawnAfresh(t, h, "styles rebuilt")
}

// TestKeptProblemsAreWhatValidationFinds: after each change, what the
// memo holds is what BindingProblemsByAction finds in the whole conference.
func TestKeptProblemsAreWhatValidationFinds(t *testing.T) {
	c, ps := fixture()
	var m problemMemo
	check := func(step string) {
		t.Helper()
		if got, want := m.of(c), c.BindingProblemsByAction(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: kept %v, want %v", step, got, want)
		}
	}
	check("first")
	c.Actions[2].What = ""
	check("what emptied")
	c.Actions[2].Due = conference.Date{Year: 2026, Month: 12, Day: 1}
	c.Actions[2].ReportBack = "Anruf"
	check("due date and report-back given")
	c.Actions[0].OwnerID = "nobody"
	c.Actions[1].ReportBack = ""
	check("two actions changed")
	c.Date = conference.Date{Year: 2026, Month: 12, Day: 10}
	check("date moved")
	c.RemoveParticipant(ps.demir)
	check("owner removed")
	c.AddAction(conference.Action{What: "Rückmeldung"})
	check("action added")
	c.Actions = c.Actions[1:]
	check("action removed")
	c.Actions[1].ID = c.Actions[0].ID
	check("an ID twice")
}
