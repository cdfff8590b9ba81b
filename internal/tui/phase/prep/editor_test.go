package prep

import (
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// newRig drives the preparation editor of a new case conference at
// 90x30.
func newRig(t *testing.T, lang i18n.Lang) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	c := conference.New("idprep00", conference.KindCase, t0)
	return tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, lang, clk.Now), New, 90, 30)
}

func TestPreparationFieldsWriteTheConference(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.Type("K-2026-117") // the case code has focus first
	r.Key("tab")
	r.Type("Hämatome")
	r.Key("tab")
	r.Type("Ist Mia sicher?")
	r.Key("tab", "ctrl+u")
	r.Type("+1w")
	r.Key("tab")
	r.Type("930")
	r.Key("tab")
	r.Type("Raum 2.14")
	r.Key("tab", "backspace", "backspace")
	r.Type("120")
	r.Key("tab")
	c := r.Ctx.Conf
	if c.CaseCode != "K-2026-117" || c.Occasion != "Hämatome" || c.KeyQuestion != "Ist Mia sicher?" ||
		c.Date != (conference.Date{Year: 2026, Month: 11, Day: 29}) || c.StartTime != "09:30" ||
		c.Place != "Raum 2.14" || c.PlannedMinutes != 120 {
		t.Errorf("conference after typing: %+v", c)
	}
	if !strings.Contains(r.View(), "11:30") {
		t.Errorf("the computed end is not shown:\n%s", r.View())
	}
	var typed, left int
	for _, ch := range r.Changes {
		if ch.Immediate {
			left++
		} else {
			typed++
		}
	}
	if typed == 0 || left < 7 {
		t.Errorf("%d typing and %d immediate changes; want debounced typing and a commit per field left", typed, left)
	}
}

// The legal basis is recorded per person, with the participants: the
// preparation says so, counts who at the table still lacks one, and says
// that the conference runs pseudonymised until then.
func TestLegalBasisIsPerPerson(t *testing.T) {
	r := newRig(t, i18n.EN)
	c := r.Ctx.Conf
	c.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita"})
	c.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician"})
	c.AddParticipant(conference.Participant{Name: "Jana S.", InstitutionType: "parent", Family: true})
	view := r.View()
	for _, want := range []string{"per person (phase 1)", "2 without", "runs pseudonymised"} {
		if !strings.Contains(view, want) {
			t.Errorf("preparation lacks %q:\n%s", want, view)
		}
	}
	c.Participants[0].LegalBases = []conference.LegalBasis{{Basis: conference.LegalConsent}}
	c.Participants[1].LegalBases = []conference.LegalBasis{{Basis: conference.LegalKKG4Para3}}
	view = r.View()
	if strings.Contains(view, "without") || strings.Contains(view, "runs pseudonymised") {
		t.Errorf("everyone has a basis, still warned:\n%s", view)
	}
}

func TestFamilyNotInformedAsksForTheReason(t *testing.T) {
	r := newRig(t, i18n.EN)
	for range 7 { // to the family participation
		r.Key("tab")
	}
	r.Type("not inf")
	r.Key("tab")
	if r.Ctx.Conf.Family.Mode != conference.FamilyNotInformed {
		t.Fatalf("family mode %q", r.Ctx.Conf.Family.Mode)
	}
	r.Type("protecting the child")
	r.Key("esc")
	if r.Ctx.Conf.Family.Reason != "protecting the child" {
		t.Errorf("reason %q", r.Ctx.Conf.Family.Reason)
	}
	if r.Ed.Typing() {
		t.Error("esc left the editor typing")
	}
}

func TestInvalidInputKeepsTheStoredValueAndSaysWhy(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.Key("tab", "tab", "tab", "ctrl+u") // to the date, cleared
	r.Type("31.2.")
	r.Key("tab")
	if r.Ctx.Conf.Date != conference.DateOf(t0) {
		t.Errorf("date changed to %v by an impossible date", r.Ctx.Conf.Date)
	}
	if !strings.Contains(r.View(), "gibt es nicht") {
		t.Errorf("no reason shown:\n%s", r.View())
	}
	r.Key("tab", "tab", "backspace", "backspace")
	r.Type("0")
	r.Key("tab")
	if r.Ctx.Conf.PlannedMinutes != 90 || !strings.Contains(r.View(), "Dauer in Minuten") {
		t.Errorf("duration 0 accepted (%d) or not explained", r.Ctx.Conf.PlannedMinutes)
	}
}

func TestNetworkMeetingAsksForATopic(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.Ctx.Conf.Kind = conference.KindNetwork
	ed := New(r.Ctx)
	r.Ed = ed
	r.Drv.Send(phase.EnterMsg{})
	r.Type("Runder Tisch")
	if r.Ctx.Conf.Topic != "Runder Tisch" || r.Ctx.Conf.CaseCode != "" {
		t.Errorf("topic %q case code %q", r.Ctx.Conf.Topic, r.Ctx.Conf.CaseCode)
	}
}
