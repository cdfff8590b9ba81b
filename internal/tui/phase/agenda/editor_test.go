package agenda

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the meeting day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

func meeting() (*conference.Conference, tuitest.NetworkPeople) {
	return tuitest.NetworkMeeting(t0, conference.PhaseAgenda)
}

// withItems has three items: the first carried from the last meeting,
// discussed, with a decision and two actions (one without a due date);
// the second dealt with; the third open.
func withItems() (*conference.Conference, tuitest.NetworkPeople) {
	c, ps := meeting()
	day := conference.DateOf(t0)
	fachtag := c.AddAgendaItem(conference.AgendaItem{
		Title: "Fachtag Kinderschutz 2027", LeadID: ps.Brandt,
		Discussion:  "Termin im Mai ist schwierig wegen der Prüfungszeit an den Schulen.",
		Decisions:   "Fachtag im September\nPolizei lädt ein",
		CarriedFrom: "n1a2b3c4/g1", CarriedDate: day.AddDays(-91),
	})
	fachtag.Status = conference.ItemParked
	id := fachtag.ID
	c.AddAction(conference.Action{What: "Raum in der Stadthalle anfragen", OwnerID: ps.Brandt, Due: day.AddDays(30), Item: id})
	c.AddAction(conference.Action{What: "Einladung entwerfen", OwnerID: ps.Albers, Item: id})
	c.AddAgendaItem(conference.AgendaItem{Title: "Meldewege Schule → ASD", LeadID: ps.Hartmann, Status: conference.ItemDone})
	c.AddAgendaItem(conference.AgendaItem{Title: "Datenschutz bei Fallberatungen"})
	return c, ps
}

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 100, 30)
}

// TestAnItemIsRecordedWithLeadDiscussionAndDecisions opens the empty
// phase, where the form waits, and records an item field by field.
func TestAnItemIsRecordedWithLeadDiscussionAndDecisions(t *testing.T) {
	t.Parallel()
	c, ps := meeting()
	h := newHarness(t, c, i18n.DE)
	if !h.Ed.Typing() {
		t.Fatal("with no item the form should open at once")
	}
	h.Type("Fachtag Kinderschutz")
	h.Key("enter")
	h.Type("Brandt")
	h.Key("enter")
	h.Type("Mai schwierig")
	h.Key("enter")
	h.Type("Fachtag im September")
	h.Key("alt+enter")
	h.Type("Polizei lädt ein")
	h.Key("enter")
	if len(c.Agenda) != 1 {
		t.Fatalf("agenda %+v", c.Agenda)
	}
	it := c.Agenda[0]
	if it.Title != "Fachtag Kinderschutz" || it.LeadID != ps.Brandt || it.Discussion != "Mai schwierig" ||
		it.Decisions != "Fachtag im September\nPolizei lädt ein" || it.Status != conference.ItemOpen {
		t.Errorf("item %+v", it)
	}
	if !h.HasChange("add agenda/" + it.ID) {
		t.Errorf("changes %v", h.Paths())
	}
	h.Key("esc")
	h.MustShow("Tagesordnung: 1 Punkt · 0 besprochen · 0 vertagt", "TOP 1 · Fachtag Kinderschutz", "Beschlüsse", "Polizei lädt ein")
}

// TestAnItemsActionsAreItsOwn adds an action to the first item with a,
// and sees that the next item does not list it.
func TestAnItemsActionsAreItsOwn(t *testing.T) {
	t.Parallel()
	c, ps := withItems()
	h := newHarness(t, c, i18n.DE)
	first := c.Agenda[0].ID
	h.Key("a")
	h.Type("Flyer drucken")
	h.Key("enter")
	h.Type("Hartmann")
	h.Key("enter")
	h.Type("+14d")
	h.Key("enter", "esc")
	got := c.ItemActions(first)
	if len(got) != 3 {
		t.Fatalf("actions of the item %+v", got)
	}
	a := got[2]
	if a.What != "Flyer drucken" || a.OwnerID != ps.Hartmann || a.Institution != "Grundschule Am Hang" || a.Due != conference.DateOf(t0).AddDays(14) {
		t.Errorf("action %+v", a)
	}
	if !h.HasChange("add actions/" + a.ID) {
		t.Errorf("changes %v", h.Paths())
	}
	h.MustShow("Flyer drucken", "⚠ bis wann?", "Aufgaben dieses Punkts (3)")
	h.Key("tab", "down")
	h.MustNotShow("Flyer drucken")
	h.MustShow("TOP 2 · Meldewege Schule → ASD", "Noch keine Aufgabe")
}

// TestTabMovesToTheActionsWhereEnterEditsThem edits an action's due date
// in the actions pane.
func TestTabMovesToTheActionsWhereEnterEditsThem(t *testing.T) {
	t.Parallel()
	c, _ := withItems()
	h := newHarness(t, c, i18n.EN)
	h.Key("tab", "down", "enter", "tab", "tab")
	h.Type("1.3.2027")
	h.Key("enter")
	a := c.ItemActions(c.Agenda[0].ID)[1]
	if a.Due != (conference.Date{Year: 2027, Month: 3, Day: 1}) || !h.HasChange("update actions/"+a.ID+"/due") {
		t.Errorf("action %+v, changes %v", a, h.Paths())
	}
	if h.Ed.Typing() {
		t.Error("enter in the last field did not close the form")
	}
}

// TestXAndPSetTheStateOfAnItem marks an item dealt with and back, and
// parks one.
func TestXAndPSetTheStateOfAnItem(t *testing.T) {
	t.Parallel()
	c, _ := withItems()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "down", "x")
	it := &c.Agenda[2]
	if it.Status != conference.ItemDone || !h.HasChange("update agenda/"+it.ID+"/status") {
		t.Fatalf("status %q, changes %v", it.Status, h.Paths())
	}
	h.MustShow("„Datenschutz bei Fallberatungen“: ✓ besprochen")
	h.Key("x")
	if it.Status != conference.ItemOpen {
		t.Errorf("x again: %q, want open", it.Status)
	}
	h.Key("p")
	if it.Status != conference.ItemParked {
		t.Errorf("p: %q, want parked", it.Status)
	}
	h.MustShow("Tagesordnung: 3 Punkte · 1 besprochen · 2 vertagt")
}

// TestRemovingAnItemKeepsItsActions removes the first item: its two
// actions show under "actions of no item", where enter takes them.
func TestRemovingAnItemKeepsItsActions(t *testing.T) {
	t.Parallel()
	c, _ := withItems()
	h := newHarness(t, c, i18n.DE)
	h.Key("d")
	if len(c.Agenda) != 2 || len(c.Actions) != 2 {
		t.Fatalf("agenda %d items, %d actions", len(c.Agenda), len(c.Actions))
	}
	h.MustShow("Seine 2 Aufgaben bleiben", "Aufgaben ohne Tagesordnungspunkt")
	h.Key("down", "down", "d")
	if len(c.Agenda) != 2 {
		t.Fatal("d removed something on the row of the actions of no item")
	}
	h.Key("enter")
	h.Key("d")
	if len(c.Actions) != 1 {
		t.Errorf("enter on the row did not take the actions: %d left", len(c.Actions))
	}
}

var viewStates = map[string]tuitest.EditorState{
	"empty":  {Conf: conf(meeting), Prepare: func(*tuitest.Editor) {}},
	"items":  {Conf: conf(withItems), Prepare: func(*tuitest.Editor) {}},
	"action": {Conf: conf(withItems), Prepare: func(h *tuitest.Editor) { h.Key("tab", "down") }},
	"form":   {Conf: conf(withItems), Prepare: func(h *tuitest.Editor) { h.Key("a"); h.Type("Flyer drucken") }},
}

// conf drops the people of a fixture.
func conf(f func() (*conference.Conference, tuitest.NetworkPeople)) func() *conference.Conference {
	return func() *conference.Conference { c, _ := f(); return c }
}

// TestGolden pins the phase at 80x24 and 120x40 in German and English.
// Run with -update after an intended change.
func TestGolden(t *testing.T) {
	t.Parallel()
	tuitest.GoldenEditor(t, viewStates, newHarness)
}

// TestViewFitsEverySize renders every state at sizes from 1x1 to 300x100.
func TestViewFitsEverySize(t *testing.T) {
	t.Parallel()
	tuitest.FitsEverySize(t, viewStates, newHarness)
}
