package closing

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// What the filed minutes need besides the meeting's content is set in the
// closing with m, written as typed: the actual times, the day the team
// lead was informed, each carer's stance, and the two choices of the
// minutes (issue 13).
func TestDetailsForTheMinutesAreSetInTheClosing(t *testing.T) {
	c, _ := fixture()
	mother := c.AddCarer(conference.Carer{Name: "Jana S.", Relationship: conference.RelationshipMother}).ID
	father := c.AddCarer(conference.Carer{Name: "Thomas S.", Relationship: conference.RelationshipFather}).ID
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 200, 60)
	h.Key("5")
	h.MustShow("m  Angaben zum Protokoll: Zeit 13:00–… · Teamleitung informiert: – · Einschätzungen namentlich: nein")
	h.Key("m")
	if !h.Ed.Typing() {
		t.Fatal("m did not open the details")
	}
	for _, label := range []string{"Begonnen um", "Beendet um", "Teamleitung informiert am",
		"Haltung zum Ergebnis: Jana S. (Mutter)", "Haltung zum Ergebnis: Thomas S. (Vater)",
		"Einzelne Einschätzungen namentlich im Protokoll", "Fallkennung im pseudonymisierten Protokoll"} {
		h.MustShow(label)
	}
	h.Key("ctrl+u")
	h.Type("9:20")
	h.Key("tab")
	h.Type("10:35")
	h.Key("tab")
	h.Type("21.11.2026")
	h.Key("tab")
	h.Type("einver")
	h.Key("enter")
	h.Type("noch nicht")
	h.Key("enter")
	h.Type("ja")
	h.Key("enter")
	h.Key("esc")

	if got := c.StartedAt.Format("15:04"); got != "09:20" {
		t.Errorf("start %s, want 09:20", got)
	}
	if got := c.ActualEnd().Format("15:04"); got != "10:35" {
		t.Errorf("end %s, want 10:35", got)
	}
	if c.TeamLeadInformed != (conference.Date{Year: 2026, Month: 11, Day: 21}) {
		t.Errorf("team lead informed %v", c.TeamLeadInformed)
	}
	if c.Carer(mother).Stance != conference.StanceAgrees || c.Carer(father).Stance != conference.StanceNotInformed {
		t.Errorf("stances %q, %q", c.Carer(mother).Stance, c.Carer(father).Stance)
	}
	if !c.Minutes.RatingsByName || c.Minutes.CaseCodeInPseudonymised {
		t.Errorf("choices %+v, want ratings by name only", c.Minutes)
	}
	paths := map[string]bool{}
	for _, ch := range h.Changes {
		paths[ch.Change.Path] = true
	}
	for _, want := range []string{"started_at", "ended_at", "team_lead_informed", "carers/" + mother + "/stance",
		"carers/" + father + "/stance", "minutes/ratings_by_name"} {
		if !paths[want] {
			t.Errorf("no change recorded at %s: %v", want, paths)
		}
	}
	h.MustShow("Zeit 09:20–10:35 · Teamleitung informiert: 21.11.2026")
}

func TestDetailsRefuseATimeThatIsNone(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	h.Key("5", "m")
	h.MustShow("Began at")
	h.Key("ctrl+u")
	h.Type("25:70")
	h.Key("tab")
	if got := c.StartedAt.Format("15:04"); got != "13:00" {
		t.Errorf("a time that is none moved the start to %s", got)
	}
	// Closed: read-only, the details are not offered.
	c.Close(t0)
	h2 := newHarness(t, c, i18n.EN)
	if km := h2.Ed.KeyMap().(KeyMap); km.Details.Enabled() {
		t.Error("details offered for a closed conference")
	}
}
