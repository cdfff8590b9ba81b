package review

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// Issue 18: a partly done action could not be carried forward (c did
// nothing on "teilweise erledigt" and vanished from the help), so it stayed
// overdue for ever. Every status but done carries; partly stays partly.
func TestPartlyDoneIsCarriedForward(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("2")
	if !h.Ed.KeyMap().(KeyMap).Carry.Enabled() {
		t.Fatal("help does not offer carrying a partly done action forward")
	}
	h.Key("c")
	h.Type("+14d")
	h.Key("enter")
	r := c.Reviews[0]
	if r.CarriedTo == "" || r.Status != conference.FollowUpPartly || c.Action(r.CarriedTo) == nil {
		t.Fatalf("review after carrying a partly done action: %+v", r)
	}
	h.Key("down", "4", "c")
	if !h.Ed.Typing() {
		t.Error("an obsolete action cannot be carried forward")
	}
}

// Issue 18: the follow-up copied the previous responsibilities without
// showing them. They are listed for confirmation in the review, and one
// that no longer holds is removed there.
func TestCopiedResponsibilitiesAreConfirmedInTheReview(t *testing.T) {
	t.Parallel()
	prev := func() *conference.Conference { _, p := fixture(); return p }()
	prev.SetResponsibility(conference.RespInformsFamily, prev.Participants[2].ID, "Telefonat mit der Mutter heute Nachmittag")
	prev.SetResponsibility(conference.RespReceivesMinutes, "", "Polizei Nord")
	c := conference.NewFollowUp(prev, "followup", t0)
	c.Start(t0)
	c.GoTo(conference.PhaseReview, t0)
	h := newHarness(t, c, i18n.DE)
	h.MustShow("Zuständigkeiten, zu bestätigen: 2")
	h.Key("tab")
	h.MustShow("Telefonat mit der Mutter heute Nachmittag", "⚑ zu bestätigen", "Polizei Nord")
	h.Key("j")
	if r, _ := c.Responsible(conference.RespInformsFamily); r.Copied {
		t.Error("j did not confirm the responsibility")
	}
	h.Key("down", "d")
	if _, ok := c.Responsible(conference.RespReceivesMinutes); ok {
		t.Error("d did not remove the responsibility")
	}
	h.MustShow("Zuständigkeiten, zu bestätigen: 0", "entfernt · ctrl+z macht rückgängig")
	if !h.HasChange("update responsibilities/" + conference.RespInformsFamily + "/confirmed") {
		t.Errorf("changes %v", h.Paths())
	}
}

// Issue 18: the review starts from what was known: the previous
// chronology, worries, protective factors and result are shown read-only
// and taken over item by item.
func TestWhatWasKnownIsShownAndTakenOverItemByItem(t *testing.T) {
	t.Parallel()
	_, prev := fixture()
	prev.AddChronology(conference.ChronologyEntry{Date: conference.Date{Year: 2025, Month: 9, Day: 1}, Event: "Aufnahme in die Kita"})
	prev.AddRisk(conference.RiskEntry{Area: "care", Text: "Kind kommt hungrig in die Kita"})
	prev.AddProtectiveFactor(conference.Strength{Text: "Großmutter kümmert sich verlässlich"})
	prev.Assessment.Category, prev.Assessment.Note = conference.CategoryLatent, "Einigkeit nach Diskussion"
	c := conference.NewFollowUp(prev, "followup", t0)
	c.Start(t0)
	c.GoTo(conference.PhaseReview, t0)
	h := newHarness(t, c, i18n.DE)
	h.Key("tab", "tab")
	h.MustShow("Aufnahme in die Kita", "Kind kommt hungrig in die Kita", "Großmutter kümmert sich verlässlich",
		"Einigkeit nach Diskussion", "nur zum Lesen")
	h.Key("down", "t")
	if len(c.Risks) != 1 || c.Risks[0].Text != "Kind kommt hungrig in die Kita" {
		t.Fatalf("risks after taking over: %+v", c.Risks)
	}
	h.Key("t")
	if len(c.Risks) != 1 {
		t.Error("an item was taken over twice")
	}
	if l := h.Line("Kind kommt hungrig"); !strings.Contains(l, "übernommen") {
		t.Errorf("row does not say it was taken over: %q", l)
	}
	h.Key("end", "t")
	if len(c.Chronology)+len(c.Risks)+len(c.ProtectiveFactors) != 1 {
		t.Error("the result was taken over")
	}
	h.Key("shift+tab", "shift+tab")
	h.MustShow("Kinderärztliche Nachuntersuchung")
}

// Issue 18: the review shows what became of each action since: its
// history (marked done in the follow-up list, say).
func TestReviewShowsTheActionsHistory(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("end")
	h.MustShow("└ erledigt")
}
