package review

import (
	"encoding/json"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
)

// restart opens a new review editor on what the store would give back of
// c (its JSON), as after kofa was killed and started again.
func restart(t *testing.T, c *conference.Conference) (*harness, *conference.Conference) {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back conference.Conference
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return newHarness(t, &back, i18n.DE), &back
}

// Issue 12 on the review: a carry begun and left is a draft (nothing is
// carried), stored with the conference; after a restart the form opens
// again when the phase is entered, on the same action with the date as
// typed, and submitting it carries that action.
func TestACarryBegunIsADraftThatSurvivesARestart(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "down", "c") // Hausbesuch
	h.Type("+7")
	d, ok := c.DraftOf("reviews/carry")
	if !ok || !d.Open || d.Texts[0] != "+7" {
		t.Fatalf("draft %+v (%v), want the date typed, the form open", d, ok)
	}
	if len(h.Paths()) != 0 {
		t.Errorf("typing a carry recorded changes %v", h.Paths())
	}

	h2, back := restart(t, c)
	if !h2.Ed.Typing() {
		t.Fatalf("after a restart the carry form is closed:\n%s", h2.View())
	}
	h2.MustShow("Als neue Vereinbarung fortführen", "+7", "Vereinbarung  Hausbesuch")
	h2.Type("d")
	h2.Key("enter", "enter") // on to the action (restored: the user's now), and done
	r := back.Review(c.Reviews[2].ActionID)
	a := back.Action(r.CarriedTo)
	if a == nil || a.What != "Hausbesuch" || a.Due != (conference.Date{Year: 2026, Month: 12, Day: 27}) {
		t.Fatalf("carried %+v, want Hausbesuch due in seven days", a)
	}
	if _, ok := back.DraftOf("reviews/carry"); ok {
		t.Error("the draft stayed after it was carried")
	}
	if h2.Ed.Typing() {
		t.Error("the form stayed open after carrying")
	}
}

// esc leaves the carry form keeping the draft: the line under the list
// names it, and n brings it back as it was.
func TestEscKeepsTheCarryAsADraftAndNBringsItBack(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("c")
	h.Type("+14d")
	h.Key("esc")
	if h.Ed.Typing() || len(c.Actions) != 0 {
		t.Fatal("esc carried the action or kept the form open")
	}
	h.MustShow("Entwurf „03.01.2027“")
	h.Key("down", "n")
	h.MustShow("Neue Frist    03.01.2027", "Vereinbarung  Kinderärztliche Nachuntersuchung")
	if l := h.Line("Dr. Jonas Weber ("); l == "" {
		t.Error("the action of the draft is not shown in full over the form")
	}
	h.Key("ctrl+s")
	if a := c.Action(c.Reviews[0].CarriedTo); a == nil || a.What != "Kinderärztliche Nachuntersuchung" {
		t.Fatalf("ctrl+s carried %+v, want the action of the draft", a)
	}
}

// n carries an action chosen in the form (the selected one is filled in
// when it can be carried; a done one is not offered).
func TestNCarriesAnActionChosenInTheForm(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("end", "n") // the done action is selected: nothing is filled in
	if !h.Ed.Typing() {
		t.Fatal("n did not open the carry form")
	}
	h.Type("+14d")
	h.Key("enter", "enter") // the action is still to choose
	if len(c.Actions) != 0 {
		t.Fatal("carried without an action chosen")
	}
	h.MustShow("Bitte die Vereinbarung wählen")
	h.Type("haus")
	h.Key("enter")
	r := c.Reviews[2]
	if a := c.Action(r.CarriedTo); a == nil || a.What != "Hausbesuch" {
		t.Fatalf("carried %+v, want Hausbesuch (chosen by typing)", a)
	}
	if r.Status != conference.FollowUpNotDone {
		t.Errorf("status %q, want not done (carried without a status)", r.Status)
	}
}

// Once every action is done or carried, n and c offer nothing.
func TestNothingLeftToCarryOffersNoForm(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("1", "down", "1", "down", "1")
	h.Key("n")
	if h.Ed.Typing() {
		t.Error("n opened the carry form with nothing left to carry")
	}
	help := h.Ed.KeyMap().FullHelp()
	for _, col := range help {
		for _, b := range col {
			if b.Help().Key == "n" && b.Enabled() {
				t.Error("the help offers n with nothing left to carry")
			}
		}
	}
}

// An undo under the review (ctrl+z in the workspace) closes an open carry
// of a carried action without writing, and the list shows the conference
// as it is then.
func TestUndoReloadsTheReview(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("c")
	h.Type("+14d")
	h.Key("enter")
	h.Key("c") // the carried action's due date
	if !h.Ed.Typing() {
		t.Fatal("c on a carried action did not open its due date")
	}
	// What the workspace's undo does: the conference as it was before
	// the carry, then Reloaded and the phase entered again.
	reviews := append([]conference.ActionReview(nil), c.Reviews...)
	reviews[0].CarriedTo, reviews[0].Status = "", conference.FollowUpOpen
	c.Actions, c.Reviews = nil, reviews
	h.Ctx.Reloaded()
	h.Drv.Send(phase.EnterMsg{})
	if h.Ed.Typing() {
		t.Error("the form of an action undone stayed open")
	}
	if l := h.Line("Kinderärztliche"); !strings.Contains(l, "noch nicht geprüft") {
		t.Errorf("row after the undo: %q", l)
	}
}
