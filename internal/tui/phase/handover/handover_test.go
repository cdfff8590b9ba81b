package handover

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)

// fixture is the handover of a case whose conference four weeks ago
// agreed two actions still open, one of the Kita and one of the ASD.
func fixture() *conference.Conference {
	from := conference.New("c1c1c1c1", conference.KindCase, t0.AddDate(0, 0, -30))
	from.CaseCode = "K-2026-117"
	from.Date = conference.DateOf(t0).AddDays(-28)
	albers := from.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "Jugendamt Nord", InstitutionType: "asd"})
	demir := from.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume", InstitutionType: "kita"})
	from.Start(t0.AddDate(0, 0, -28))
	from.AddAction(conference.Action{What: "Beobachtung dokumentieren", OwnerID: demir.ID, Due: conference.DateOf(t0).AddDays(14)})
	from.AddAction(conference.Action{What: "Hilfeplangespräch vorbereiten", OwnerID: albers.ID, Due: conference.DateOf(t0).AddDays(21)})
	from.Close(t0.AddDate(0, 0, -28))
	c := conference.NewHandover(from, []*conference.Conference{from}, "h1h1h1h1", "Jugendamt Süd", t0)
	c.Date = conference.DateOf(t0)
	c.Start(t0)
	return c
}

func open(t *testing.T, c *conference.Conference, factory phase.Factory, lang i18n.Lang) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), factory, 100, 30)
}

// TestWhatIsHandedOverIsRecorded: the receiving institution (from `kofa
// handover --to`), the route, the receiving professional, how it happened
// and what is handed over, each written as it is left.
func TestWhatIsHandedOverIsRecorded(t *testing.T) {
	t.Parallel()
	c := fixture()
	h := open(t, c, New, i18n.DE)
	h.MustShow("Jugendamt Süd", "Weg", "Aufnehmende Fachkraft", "Übergabe erfolgte")
	h.Key("tab")                            // the route
	h.Key("down", "enter")                  // another youth-welfare office
	h.Type("Frau Koch")                     // the receiving professional
	h.Key("enter", "down", "down", "enter") // in person? the second: by phone
	h.Type("Fallverantwortung und Akte")
	h.Key("ctrl+s")
	x := c.Handover
	if x.Route != conference.RouteOffice || x.Receiver != "Frau Koch" || x.Mode != conference.HandoverByPhone || x.What != "Fallverantwortung und Akte" {
		t.Fatalf("handover %+v", x)
	}
	for _, p := range []string{"update handover/route", "update handover/receiver", "update handover/mode", "update handover/what"} {
		if !h.HasChange(p) {
			t.Errorf("no %q in %v", p, h.Paths())
		}
	}
}

// TestEachOpenActionGetsItsNewOwner: the open actions of the case are
// listed with who held them; who takes each on is written to the
// takeover.
func TestEachOpenActionGetsItsNewOwner(t *testing.T) {
	t.Parallel()
	c := fixture()
	h := open(t, c, NewTakeover, i18n.DE)
	h.MustShow("Beobachtung dokumentieren", "bisher: Aylin Demir, Kita Sonnenblume", "Hilfeplangespräch vorbereiten", "Übernimmt")
	h.Type("Kita Regenbogen, Leitung")
	h.Key("tab")
	h.Type("Kita Regenbogen")
	h.Key("tab")
	h.Type("neue Fallverantwortung")
	h.Key("ctrl+s")
	tk := c.Handover.Takeovers
	if tk[0].Owner != "Kita Regenbogen, Leitung" || tk[0].Institution != "Kita Regenbogen" || tk[1].Owner != "neue Fallverantwortung" {
		t.Fatalf("takeovers %+v", tk)
	}
	if !h.HasChange("update handover/takeovers/" + tk[0].ID + "/owner") {
		t.Errorf("changes %v", h.Paths())
	}
}

// TestTheFamilysViewAndWhatTheyWereTold are recorded in the family phase.
func TestTheFamilysViewAndWhatTheyWereTold(t *testing.T) {
	t.Parallel()
	c := fixture()
	h := open(t, c, NewFamily, i18n.EN)
	h.Key("tab")
	h.Type("The mother agrees to the move.")
	h.Key("tab", "tab")
	h.Type("New office, new case lead from February.")
	h.Key("ctrl+s")
	if c.ParentsView.Said != "The mother agrees to the move." || c.Handover.FamilyTold != "New office, new case lead from February." {
		t.Fatalf("parents %q, told %q", c.ParentsView.Said, c.Handover.FamilyTold)
	}
}

// TestTheReceiptIsConfirmedInTheMeeting: who and when; a day in the
// future is refused with the reason; the pending item of the follow-up
// list goes once it is given.
func TestTheReceiptIsConfirmedInTheMeeting(t *testing.T) {
	t.Parallel()
	c := fixture()
	h := open(t, c, NewConfirmation, i18n.EN)
	if !c.ReceiptPending() {
		t.Fatal("the fixture's receipt is not pending")
	}
	h.MustShow("follow-up list")
	h.Type("Frank Koch")
	h.Key("tab")
	h.Type("2026-12-09")
	h.Key("tab")
	h.MustShow("lies in the future")
	if c.Handover.Receipt.Given() {
		t.Fatal("a receipt dated in the future was taken")
	}
	h.Key("shift+tab", "ctrl+u")
	h.Type("2026-12-07")
	h.Key("ctrl+s")
	if r := c.Handover.Receipt; r.By != "Frank Koch" || r.On != conference.DateOf(t0) || c.ReceiptPending() {
		t.Fatalf("receipt %+v, pending %v", r, c.ReceiptPending())
	}
	h.MustShow("✓ confirmed by Frank Koch")
}

// TestContactsAreAddedAndRemoved: the case lead of the last conference
// is the first contact; n adds one, one without name or function is
// refused, d removes one.
func TestContactsAreAddedAndRemoved(t *testing.T) {
	t.Parallel()
	c := fixture()
	c.AddContact(conference.Contact{Name: "Petra Albers", Institution: "Jugendamt Nord"})
	h := open(t, c, NewContacts, i18n.EN)
	h.MustShow("Petra Albers, Jugendamt Nord")
	h.Key("n", "tab")
	h.Type("case lead, receiving")
	h.Key("tab")
	h.Type("Jugendamt Süd")
	h.Key("tab")
	h.Type("0521 123")
	h.Key("ctrl+s")
	if n := len(c.Contacts()); n != 2 || c.Contacts()[1].Function != "case lead, receiving" || c.Contacts()[1].Reach != "0521 123" {
		t.Fatalf("contacts %+v", c.Contacts())
	}
	h.Key("esc")
	h.MustShow("case lead, receiving, Jugendamt Süd · 0521 123")
	h.Key("n")
	h.Type("")
	h.Key("ctrl+s")
	if len(c.Contacts()) != 2 {
		t.Errorf("a contact without name or function was added: %+v", c.Contacts())
	}
	h.Key("esc", "up", "d")
	if len(c.Contacts()) != 1 {
		t.Errorf("d did not remove a contact: %+v", c.Contacts())
	}
}

// TestTheProtectionPlanIsCheckedAndKeptUpToDate: the plan carried over
// from the case shows; an entry is added; one is removed.
func TestTheProtectionPlanIsCheckedAndKeptUpToDate(t *testing.T) {
	t.Parallel()
	c := fixture()
	c.AddCrisisEntry(conference.CrisisEntry{If: "Mia kommt hungrig", What: "Kita ruft ASD an", Who: "Kita", By: "am selben Tag"})
	h := open(t, c, NewProtection, i18n.DE)
	h.MustShow("Wenn Mia kommt hungrig: Kita ruft ASD an · Kita, am selben Tag")
	h.Key("n")
	h.Type("Eltern nicht erreichbar")
	h.Key("tab")
	h.Type("Hausbesuch durch den ASD")
	h.Key("ctrl+s")
	if len(c.CrisisPlan) != 2 || c.CrisisPlan[1].What != "Hausbesuch durch den ASD" {
		t.Fatalf("plan %+v", c.CrisisPlan)
	}
	h.Key("esc", "d")
	if len(c.CrisisPlan) != 1 {
		t.Errorf("d did not remove an entry: %+v", c.CrisisPlan)
	}
}

// TestHandoverFormsFitNarrowTerminals: every form at 20 columns.
func TestHandoverFormsFitNarrowTerminals(t *testing.T) {
	t.Parallel()
	for _, f := range []phase.Factory{New, NewFamily, NewTakeover, NewProtection, NewContacts, NewConfirmation} {
		h := open(t, fixture(), f, i18n.DE)
		for _, size := range [][2]int{{20, 10}, {40, 12}} {
			h.Resize(size[0], size[1])
			tuitest.CheckFits(t, h.View(), size[0], size[1])
		}
	}
}

// TestHandoverFormsFitEverySize: every handover phase, in both languages,
// at every size of the shared sweep (1x1 to 300x100), as the other phases
// are checked.
func TestHandoverFormsFitEverySize(t *testing.T) {
	t.Parallel()
	for name, f := range map[string]phase.Factory{"handover": New, "family": NewFamily, "takeover": NewTakeover,
		"protection": NewProtection, "contacts": NewContacts, "confirmation": NewConfirmation} {
		states := map[string]tuitest.EditorState{name: {Conf: fixture, Prepare: func(*tuitest.Editor) {}}}
		tuitest.FitsEverySize(t, states, func(tb testing.TB, c *conference.Conference, lang i18n.Lang) *tuitest.Editor {
			clk := tuitest.NewClock(t0)
			return tuitest.NewEditor(tb, clk, tuitest.PhaseContext(c, lang, clk.Now), f, 100, 30)
		})
	}
}
