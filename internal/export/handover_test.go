package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// handoverCase returns a case held twice and handed over: the sample
// conference; its review conference four weeks later (two actions done,
// the home visit carried forward, one action still open, a new one, and
// a dissent); and the handover to another youth-welfare office two weeks
// after that, held in person with the family, its receipt confirmed.
func handoverCase(t *testing.T, lang string) (h *conference.Conference, history []*conference.Conference) {
	t.Helper()
	en := lang == "en"
	tr := func(de, english string) string {
		if en {
			return english
		}
		return de
	}
	first := demo.Sample(lang, sampleDay)
	day2 := sampleDay.AddDate(0, 0, 28)
	second := conference.NewFollowUp(first, "f3wup7ka", day2.Add(-72*time.Hour))
	second.Date = conference.DateOf(day2)
	second.StartTime = "09:00"
	second.Start(day2.Add(time.Hour))
	for _, p := range second.Participants {
		if !p.Family {
			second.Join(p.ID, day2.Add(time.Hour))
		}
	}
	acts := first.Actions
	second.SetReview(acts[0].ID, conference.FollowUpNotDone, tr("Termin abgesagt", "appointment cancelled"))
	second.CarryForward(acts[0].ID, conference.DateOf(day2).AddDays(7))
	second.SetReview(acts[1].ID, conference.FollowUpDone, "")
	second.SetReview(acts[2].ID, conference.FollowUpPartly, tr("Bogen lückenhaft", "sheet has gaps"))
	second.SetReview(acts[3].ID, conference.FollowUpDone, "")
	second.SetReview(acts[4].ID, conference.FollowUpDone, "")
	second.SetReview(acts[5].ID, conference.FollowUpObsolete, "")
	lead := first.Participants[0].ID
	second.AddAction(conference.Action{What: tr("Umzug begleiten, neue Kita suchen", "Support the move, find a new Kita"),
		OwnerID: lead, Due: conference.DateOf(day2).AddDays(14), ReportBack: tr("Anruf", "phone call")})
	second.Assessment = conference.Assessment{Category: conference.CategoryLatent, HarmForms: []string{conference.HarmNeglect},
		Note: tr("Lage unverändert; die Familie zieht um.", "No change; the family is moving.")}
	second.AddDissent(conference.Dissent{ParticipantID: first.Participants[2].ID,
		Reason: tr("Sieht eine Besserung.", "Sees an improvement."), Resolution: conference.DissentOfficeDecides})
	second.SetResponsibility(conference.RespCaseLead, lead, "")
	second.SetResponsibility(conference.RespInformsFamily, lead, tr("Hausbesuch vor dem Umzug", "home visit before the move"))
	second.Close(day2.Add(2 * time.Hour))
	// The store records the review in the first conference.
	first.ApplyReviews(second.ID, second.Date, second.ReviewOutcomes(), day2.Add(2*time.Hour))

	day3 := day2.AddDate(0, 0, 14)
	h = conference.NewHandover(second, []*conference.Conference{first, second}, "h4nd0v3r",
		tr("Jugendamt Musterstadt", "Youth-welfare office Springfield"), day3.Add(-48*time.Hour))
	h.Date = conference.DateOf(day3)
	h.StartTime = "14:00"
	h.Family = conference.FamilyParticipation{Mode: conference.FamilyPresent}
	x := h.Handover
	x.Route, x.ToType, x.Mode = conference.RouteOffice, "asd", conference.HandoverInPerson
	x.Receiver = "Frank Brandt"
	x.What = tr("Fallverantwortung, Akte und Hilfeplan; die Familie zieht am 1. Februar um.",
		"Case lead, file and help plan; the family moves on 1 February.")
	x.FamilyTold = tr("Wer ab Februar zuständig ist und wie sie Herrn Brandt erreicht.",
		"Who is responsible from February and how to reach Mr Brandt.")
	for i := range x.Takeovers {
		x.Takeovers[i].Owner, x.Takeovers[i].Institution = "Frank Brandt", x.To
	}
	x.Takeovers[0].Note = tr("Kita am neuen Wohnort übernimmt", "The Kita at the new home takes it on")
	h.ParentsView = conference.View{HowObtained: tr("im Gespräch", "in the meeting"),
		Said: tr("Ich bin froh, dass es jemanden vor Ort gibt.", "I am glad there will be someone close by.")}
	h.ChildView = conference.View{MissingReason: tr("Kind war in der Schule", "the child was at school")}
	h.AddContact(conference.Contact{Name: "Frank Brandt", Function: tr("Fallverantwortung, aufnehmend", "case lead, receiving"),
		Institution: x.To, Reach: "0123 456 78"})
	h.Start(day3.Add(6 * time.Hour))
	h.Close(day3.Add(7 * time.Hour))
	if err := h.ConfirmReceipt("Frank Brandt", h.Date.AddDays(3), day3.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	return h, []*conference.Conference{second, first, h}
}

func TestHandoverDocumentGolden(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		h, history := handoverCase(t, string(lang))
		got := HandoverBody(h, history, Options{Lang: lang})
		got = append(got, Footer(Hash(got), Options{Lang: lang, ExportedAt: exportedAt})...)
		path := filepath.Join("testdata", "handover_"+string(lang)+".md")
		if *update {
			if err := os.WriteFile(path, got, 0o600); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./internal/export -update creates it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
		}
	}
}

// TestHandoverDocumentSaysWhatTravels checks the golden's content in
// words a reader would look for: both conferences, the dissent, every open
// action with its new owner, the plan, the contact and the receipt.
func TestHandoverDocumentSaysWhatTravels(t *testing.T) {
	t.Parallel()
	h, history := handoverCase(t, "de")
	doc := string(HandoverBody(h, history, Options{Lang: i18n.DE}))
	for _, want := range []string{
		"# Übergabe des Falls K-2026-117",
		"| 23.11.2026 | Fallkonferenz |", "| 21.12.2026 | Fallkonferenz, Folgekonferenz |",
		"Dissens in der Konferenz am 23.11.2026", "Dissens in der Konferenz am 21.12.2026", "Sieht eine Besserung.",
		"Frank Brandt, Jugendamt Musterstadt", "Umzug begleiten, neue Kita suchen",
		"Wer ab Februar zuständig ist", "0123 456 78", "bestätigt von Frank Brandt am 07.01.2027",
		"latente Kindeswohlgefährdung",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the handover document lacks %q", want)
		}
	}
	if got := strings.Count(doc, "| Frank Brandt, Jugendamt Musterstadt |"); got != len(h.Takeovers()) || got < 3 {
		t.Errorf("%d takeovers name their new owner, want %d (at least 3)", got, len(h.Takeovers()))
	}
}

// TestHandoverMinutesArePseudonymised: every text of a handover passes
// the scrubber in the pseudonymised minutes.
func TestHandoverMinutesArePseudonymised(t *testing.T) {
	t.Parallel()
	h, _ := handoverCase(t, "de")
	const name = "Weberling"
	h.MarkTexts(func() string { return "Rückruf von Frau " + name })
	for i := range h.Participants {
		h.Participants[i].Name = []string{"Olaf Quast", "Hanna " + name, "Jana Sommer", "Ute Brinkhaus", "Erik Vogt",
			"Lea Kurz", "Tim Roth", "Eva Stein", "Max Berg", "Ina Falk"}[i%10]
		h.Participants[i].Institution = ""
		h.Participants[i].Relationship = "Mutter" // how the pseudonymised minutes name the family
	}
	h.StartTime, h.AgreedEnd, h.NextReviewTime = "14:00", "", ""
	full := string(Markdown(h, Options{Lang: i18n.DE}))
	out := string(Markdown(h, Options{Lang: i18n.DE, Variant: VariantPseudonymised}))
	if !strings.Contains(full, name) {
		t.Fatal("the full minutes lack the name; the test proves nothing")
	}
	if i := strings.Index(out, name); i >= 0 {
		t.Errorf("the pseudonymised minutes show the name: …%s…", out[max(0, i-80):min(len(out), i+40)])
	}
}
