package cooperation

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// t0 is the meeting day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

func meeting() *conference.Conference {
	c, _ := tuitest.NetworkMeeting(t0, conference.PhaseCooperation)
	return c
}

// register is the register as the workspace loaded it: one agreement
// whose review is 12 days overdue, one in force, one ended.
func register() []conference.CooperationAgreement {
	day := conference.DateOf(t0)
	partners := func(a, ca, b, cb string) []conference.AgreementPartner {
		return []conference.AgreementPartner{{Institution: a, Contact: ca}, {Institution: b, Contact: cb}}
	}
	return []conference.CooperationAgreement{
		{ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4", Partners: partners("Jugendamt Nord", "Petra Albers", "Kita Sonnenblume", "Aylin Demir"),
			SignedOn: day.AddDays(-700), ReviewBy: day.AddDays(-12), Status: conference.AgreementInForce,
			Note: "Meldebogen 2025", UpdatedAt: t0.AddDate(-1, 0, 0),
			Reviews: []conference.AgreementReview{{On: day.AddDays(-377), Outcome: conference.ReviewConfirmed, ReviewBy: day.AddDays(-12)}}},
		{ID: "p7x3m9qb", Subject: "Häusliche Gewalt: Polizei informiert das Jugendamt", Partners: partners("Polizeiinspektion Nord", "Markus Brandt", "Jugendamt Nord", ""),
			SignedOn: day.AddDays(-100), ReviewBy: day.AddDays(265), Status: conference.AgreementInForce, UpdatedAt: t0.AddDate(0, -3, 0)},
		{ID: "e4k8n2ra", Subject: "Lotsendienst Geburtsklinik", Partners: partners("Klinikum Nord", "", "Frühe Hilfen", "Sara Yilmaz"),
			SignedOn: day.AddDays(-1500), Status: conference.AgreementEnded, UpdatedAt: t0.AddDate(-2, 0, 0)},
	}
}

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	ctx := tuitest.PhaseContext(c, lang, clk.Now)
	if len(c.Participants) > 0 && c.Topic != "" {
		ctx.Agreements = register()
	}
	return tuitest.NewEditor(t, clk, ctx, New, 100, 30)
}

// TestAnAgreementIsMadeInTheMeeting types a new agreement into the form:
// the meeting records it as made here, and the list marks it.
func TestAnAgreementIsMadeInTheMeeting(t *testing.T) {
	t.Parallel()
	c := meeting()
	h := newHarness(t, c, i18n.DE)
	h.Key("n")
	h.Type("Gemeinsame Fallberatung Schule")
	h.Key("enter")
	h.Type("Grundschule Am Hang")
	h.Key("enter")
	h.Type("Lena Hartmann")
	h.Key("enter")
	h.Type("Jugendamt Nord")
	h.Key("enter", "enter", "enter", "enter") // contact 2, partner 3 and its contact left empty
	h.Type("22.11.2026")
	h.Key("enter")
	h.Type("+52w")
	h.Key("enter") // the status kofa filled in (draft) is passed
	h.Type("Einmal im Quartal")
	h.Key("enter")
	if len(c.Cooperation) != 1 {
		t.Fatalf("records %+v", c.Cooperation)
	}
	a := c.Cooperation[0]
	want := []conference.AgreementPartner{{Institution: "Grundschule Am Hang", Contact: "Lena Hartmann"}, {Institution: "Jugendamt Nord"}}
	if a.Subject != "Gemeinsame Fallberatung Schule" || len(a.Partners) != 2 || a.Partners[0] != want[0] || a.Partners[1] != want[1] ||
		a.SignedOn != conference.DateOf(t0) || a.ReviewBy != conference.DateOf(t0).AddDays(364) || a.Status != conference.AgreementDraft ||
		a.Note != "Einmal im Quartal" || a.CreatedIn != c.ID || !conference.ValidID(a.ID) || !a.UpdatedAt.Equal(t0) {
		t.Errorf("agreement %+v", a)
	}
	if !h.HasChange("add cooperation/" + a.ID) {
		t.Errorf("changes %v", h.Paths())
	}
	if h.Ed.Typing() {
		t.Error("the form stayed open after the agreement was saved")
	}
	h.MustShow("Kooperationsvereinbarungen: 4 · 1 zur Überprüfung fällig", "＋ Gemeinsame Fallberatung", "Lena Hartmann")
}

// TestAReviewIsRecordedWithTheMeeting reviews the overdue agreement: the
// meeting records it with the review, which names the meeting, and the
// next review is a year ahead.
func TestAReviewIsRecordedWithTheMeeting(t *testing.T) {
	t.Parallel()
	c := meeting()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("⚠ seit 12 Tagen fällig", "⚠ 10.11.2026 – seit 12 Tagen fällig")
	h.Key("r")
	h.Key("enter") // no outcome chosen yet
	h.Key("ctrl+s")
	h.MustShow("Bitte das Ergebnis der Überprüfung wählen.")
	if len(c.Cooperation) != 0 {
		t.Fatal("a review without an outcome was recorded")
	}
	h.Type("best")
	h.Key("enter") // confirmed; the date kofa suggests is passed
	h.Type("Ansprechpersonen aktualisiert")
	h.Key("enter")
	a := c.CooperationAgreement("k2v8m4qa")
	if a == nil || len(a.Reviews) != 2 {
		t.Fatalf("record %+v", a)
	}
	r := a.Reviews[1]
	if r.Outcome != conference.ReviewConfirmed || r.In != c.ID || r.Meeting != c.Topic || r.On != conference.DateOf(t0) ||
		r.ReviewBy != conference.DateOf(t0).AddDays(365) || r.Note != "Ansprechpersonen aktualisiert" ||
		a.Status != conference.AgreementInForce || a.ReviewBy != r.ReviewBy {
		t.Errorf("review %+v of %+v", r, a)
	}
	if !h.HasChange("update cooperation/k2v8m4qa/reviews") {
		t.Errorf("changes %v", h.Paths())
	}
	h.MustShow("Überprüfung von „Meldewege nach § 8a Abs. 4“ festgehalten: bestätigt.", "✓ Meldewege")
	h.MustNotShow("seit 12 Tagen fällig")
}

// TestAnEditOfARegisteredAgreementIsTheMeetingsRecord corrects a contact
// person of an agreement of the register.
func TestAnEditOfARegisteredAgreementIsTheMeetingsRecord(t *testing.T) {
	t.Parallel()
	c := meeting()
	h := newHarness(t, c, i18n.EN)
	h.Key("down", "enter", "enter", "enter", "enter", "enter")
	h.Type("Dana Graf")
	h.Key("esc")
	a := c.CooperationAgreement("p7x3m9qb")
	if a == nil || a.Partners[1].Contact != "Dana Graf" || a.Subject != register()[1].Subject || !a.UpdatedAt.Equal(t0) {
		t.Fatalf("record %+v", a)
	}
	if !h.HasChange("update cooperation/p7x3m9qb/partners") {
		t.Errorf("changes %v", h.Paths())
	}
	h.MustShow("✎ Häusliche Gewalt")
}

// TestDTakesBackOnlyWhatTheMeetingDid: d on an agreement the meeting did
// not touch says why nothing happens; on one it reviewed, the review is
// taken back and the register's version shows again.
func TestDTakesBackOnlyWhatTheMeetingDid(t *testing.T) {
	t.Parallel()
	c := meeting()
	h := newHarness(t, c, i18n.DE)
	h.Key("d")
	h.MustShow("Hier lässt sich nur zurücknehmen")
	h.Key("r")
	h.Type("ende")
	h.Key("enter", "enter")
	if a := c.CooperationAgreement("k2v8m4qa"); a == nil || a.Status != conference.AgreementEnded || a.ReviewBy != register()[0].ReviewBy {
		t.Fatalf("ended: %+v", a)
	}
	h.MustShow("beendet")
	h.Key("d") // the cursor followed it in the list
	if len(c.Cooperation) != 0 || !h.HasChange("remove cooperation/k2v8m4qa") {
		t.Fatalf("records %+v, changes %v", c.Cooperation, h.Paths())
	}
	h.MustShow("⚠ seit 12 Tagen fällig")
}

var viewStates = map[string]tuitest.EditorState{
	"empty":    {Conf: func() *conference.Conference { c := meeting(); c.Topic = ""; return c }, Prepare: func(*tuitest.Editor) {}},
	"register": {Conf: meeting, Prepare: func(*tuitest.Editor) {}},
	"form": {Conf: meeting, Prepare: func(h *tuitest.Editor) {
		h.Key("n")
		h.Type("Gemeinsame Fallberatung")
		h.Key("enter")
		h.Type("Grundschule Am Hang")
	}},
	"review": {Conf: meeting, Prepare: func(h *tuitest.Editor) { h.Key("r") }},
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
