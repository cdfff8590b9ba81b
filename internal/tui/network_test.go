package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestANetworkMeetingRunsItsOwnPhases walks a network meeting from the
// opening to the closing with F4: reports, agenda, cooperation; never a
// case presentation, worries or an assessment.
func TestANetworkMeetingRunsItsOwnPhases(t *testing.T) {
	t.Parallel()
	c, _ := tuitest.NetworkMeeting(start, conference.PhaseOpening)
	h := openHarness(t, c, i18n.DE, 120, 40)
	for _, want := range []string{"2 Berichte", "3 Tagesordnung", "4 Kooperation", "5 Abschluss"} {
		h.contains(t, want)
	}
	for _, phase := range []struct {
		id   conference.PhaseID
		text string
	}{
		{conference.PhaseReports, "Berichte aus den Institutionen"},
		{conference.PhaseAgenda, "Tagesordnung: 0 Punkte"},
		{conference.PhaseCooperation, "Kooperation"},
		{conference.PhaseClosing, "bei den Tagesordnungspunkten (Phase 3)"},
	} {
		if h.app.typing() {
			h.Key("esc") // leave the form the phase opened
		}
		h.Key("f4")
		if got := h.app.Conference().CurrentPhase; got != phase.id {
			t.Fatalf("F4 led to %q, want %q", got, phase.id)
		}
		h.contains(t, phase.text)
	}
	for _, never := range []string{"Fallvorstellung", "Sorgen", "Einschätzung", "Fallkennung"} {
		if strings.Contains(h.screen(), never) {
			t.Errorf("the network meeting shows %q:\n%s", never, h.screen())
		}
	}
}

// TestGoldenNetworkAgenda pins the workspace of a network meeting in its
// agenda at 80x24 and 120x40, in German and English.
func TestGoldenNetworkAgenda(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			w, hgt := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", lang, w, hgt), func(t *testing.T) {
				c, ps := tuitest.NetworkMeeting(start, conference.PhaseAgenda)
				it := c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag Kinderschutz 2027", LeadID: ps.Brandt,
					Decisions: "Fachtag im September"})
				c.AddAction(conference.Action{What: "Raum anfragen", OwnerID: ps.Brandt, Due: conference.DateOf(start).AddDays(30), Item: it.ID})
				c.AddAgendaItem(conference.AgendaItem{Title: "Meldewege Schule → ASD", LeadID: ps.Hartmann})
				h := openHarness(t, c, lang, w, hgt)
				content := h.app.View().Content
				checkWidth(t, content, w, hgt)
				if missingText.MatchString(h.screen()) {
					t.Errorf("a text is missing from the catalogue:\n%s", h.screen())
				}
				golden.RequireEqual(t, ascii(t, content))
			})
		}
	}
}

// TestKOnHomeOpensTheAgreements opens the register from home with k, adds
// nothing, and goes back with esc.
func TestKOnHomeOpensTheAgreements(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	repo.PutAgreement(conference.CooperationAgreement{ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4",
		Status: conference.AgreementInForce, ReviewBy: conference.DateOf(start).AddDays(-3)})
	h := newHarness(t, repo, i18n.DE, 120, 40)
	h.Key("k")
	h.contains(t, "Kooperationsvereinbarung: 1 · 1 zur Überprüfung fällig")
	h.contains(t, "Meldewege nach § 8a Abs. 4")
	h.Key("esc")
	if _, open := h.app.top().s.(agreementsScreen); open {
		t.Fatal("esc did not close the register")
	}
	h.contains(t, "Fallkonferenzen")
}

// TestTheProjectorShowsTheAgenda: F7 in a network meeting shows the
// agenda items with their state and the next meeting, never a
// discussion.
func TestTheProjectorShowsTheAgenda(t *testing.T) {
	t.Parallel()
	c, ps := tuitest.NetworkMeeting(start, conference.PhaseAgenda)
	c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag Kinderschutz 2027", LeadID: ps.Brandt, Status: conference.ItemDone,
		Discussion: "Vertraulich: Termin mit Frau X"})
	c.AddAgendaItem(conference.AgendaItem{Title: "Meldewege Schule", Status: conference.ItemParked})
	c.NextReview = conference.DateOf(start).AddDays(91)
	h := openHarness(t, c, i18n.DE, 120, 40)
	h.Key("f7")
	s := h.screen()
	for _, want := range []string{"Tagesordnung", "✓  1  Fachtag Kinderschutz 2027", "besprochen", "⤳  2  Meldewege Schule", "vertagt", "Nächstes Treffen: 21.02.2027"} {
		if !strings.Contains(s, want) {
			t.Errorf("projector lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Frau X") || strings.Contains(s, "Fallkonferenz") {
		t.Errorf("projector shows what it must not:\n%s", s)
	}
}

// TestFOnANetworkMeetingMakesTheNextMeeting: on home, f is named "next
// meeting" for a network meeting and makes it, with the items left open.
func TestFOnANetworkMeetingMakesTheNextMeeting(t *testing.T) {
	t.Parallel()
	c, _ := tuitest.NetworkMeeting(start, conference.PhaseClosing)
	c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag", Status: conference.ItemParked})
	c.Close(start)
	repo := tuitest.NewRepo()
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 120, 40)
	h.contains(t, "f nächstes Treffen")
	h.Key("f")
	next := h.app.Conference()
	if next == nil || next.FollowUpOf != c.ID || next.Kind != conference.KindNetwork || len(next.Agenda) != 1 {
		t.Fatalf("next meeting %+v", next)
	}
}
