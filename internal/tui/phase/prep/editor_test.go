package prep

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

type rig struct {
	ctx     *phase.Context
	ed      phase.Editor
	changes []phase.ChangedMsg
}

func newRig(t *testing.T, lang i18n.Lang) *rig {
	t.Helper()
	st := theme.Default(true).Styles(true)
	r := &rig{}
	c := conference.New("idprep00", conference.KindCase, t0)
	r.ctx = &phase.Context{Conf: c, Cat: i18n.New(lang), Catalogue: catalogue.Builtin(), Styles: &st,
		Now: func() time.Time { return t0 }, Lang: lang}
	r.ed = New(r.ctx)
	r.send(phase.SizeMsg{Width: 90, Height: 30})
	r.send(phase.EnterMsg{})
	return r
}

func (r *rig) send(msg tea.Msg) {
	var cmd tea.Cmd
	r.ed, cmd = r.ed.Update(msg)
	r.run(cmd)
}

func (r *rig) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch m := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range m {
			r.run(c)
		}
	case phase.ChangedMsg:
		r.changes = append(r.changes, m)
	}
}

func (r *rig) key(names ...string) {
	for _, n := range names {
		r.send(tuitest.KeyPress(n))
	}
}

func (r *rig) typ(s string) {
	for _, c := range s {
		r.send(tea.KeyPressMsg{Code: c, Text: string(c)})
	}
}

func (r *rig) view() string { return ansi.Strip(r.ed.View(90, 30)) }

func TestPreparationFieldsWriteTheConference(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.typ("K-2026-117") // the case code has focus first
	r.key("tab")
	r.typ("Hämatome")
	r.key("tab")
	r.typ("Ist Mia sicher?")
	r.key("tab", "ctrl+u")
	r.typ("+1w")
	r.key("tab")
	r.typ("930")
	r.key("tab")
	r.typ("Raum 2.14")
	r.key("tab", "backspace", "backspace")
	r.typ("120")
	r.key("tab")
	c := r.ctx.Conf
	if c.CaseCode != "K-2026-117" || c.Occasion != "Hämatome" || c.KeyQuestion != "Ist Mia sicher?" ||
		c.Date != (conference.Date{Year: 2026, Month: 11, Day: 29}) || c.StartTime != "09:30" ||
		c.Place != "Raum 2.14" || c.PlannedMinutes != 120 {
		t.Errorf("conference after typing: %+v", c)
	}
	if !strings.Contains(r.view(), "11:30") {
		t.Errorf("the computed end is not shown:\n%s", r.view())
	}
	var typed, left int
	for _, ch := range r.changes {
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

func TestConsentDetailsOnlyWithConsent(t *testing.T) {
	r := newRig(t, i18n.EN)
	if strings.Contains(r.view(), "Consent given by") {
		t.Fatal("consent fields shown before consent was picked")
	}
	if !strings.Contains(r.view(), "runs pseudonymised") {
		t.Error("no hint that the conference runs pseudonymised without a legal basis")
	}
	for range 7 { // to the legal basis
		r.key("tab")
	}
	r.typ("consent")
	if r.ctx.Conf.LegalBasis.Basis != conference.LegalConsent {
		t.Fatalf("legal basis %q", r.ctx.Conf.LegalBasis.Basis)
	}
	r.key("tab")
	r.typ("Mother")
	r.key("tab")
	r.typ("school and paediatrician")
	r.key("tab")
	r.typ("20.11.2026")
	r.key("tab")
	lb := r.ctx.Conf.LegalBasis
	if lb.ConsentBy != "Mother" || lb.ConsentScope != "school and paediatrician" || lb.ConsentDate != (conference.Date{Year: 2026, Month: 11, Day: 20}) {
		t.Errorf("consent %+v", lb)
	}
	if strings.Contains(r.view(), "runs pseudonymised") {
		t.Error("still says pseudonymised with consent")
	}
}

func TestFamilyNotInformedAsksForTheReason(t *testing.T) {
	r := newRig(t, i18n.EN)
	for range 8 { // to the family participation
		r.key("tab")
	}
	r.typ("not inf")
	if r.ctx.Conf.Family.Mode != conference.FamilyNotInformed {
		t.Fatalf("family mode %q", r.ctx.Conf.Family.Mode)
	}
	r.key("tab")
	r.typ("protecting the child")
	r.key("esc")
	if r.ctx.Conf.Family.Reason != "protecting the child" {
		t.Errorf("reason %q", r.ctx.Conf.Family.Reason)
	}
	if r.ed.Typing() {
		t.Error("esc left the editor typing")
	}
}

func TestInvalidInputKeepsTheStoredValueAndSaysWhy(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.key("tab", "tab", "tab", "ctrl+u") // to the date, cleared
	r.typ("31.2.")
	r.key("tab")
	if r.ctx.Conf.Date != conference.DateOf(t0) {
		t.Errorf("date changed to %v by an impossible date", r.ctx.Conf.Date)
	}
	if !strings.Contains(r.view(), "gibt es nicht") {
		t.Errorf("no reason shown:\n%s", r.view())
	}
	r.key("tab", "tab", "backspace", "backspace")
	r.typ("0")
	r.key("tab")
	if r.ctx.Conf.PlannedMinutes != 90 || !strings.Contains(r.view(), "Dauer in Minuten") {
		t.Errorf("duration 0 accepted (%d) or not explained", r.ctx.Conf.PlannedMinutes)
	}
}

func TestNetworkMeetingAsksForATopic(t *testing.T) {
	r := newRig(t, i18n.DE)
	r.ctx.Conf.Kind = conference.KindNetwork
	ed := New(r.ctx)
	r.ed = ed
	r.send(phase.EnterMsg{})
	r.typ("Runder Tisch")
	if r.ctx.Conf.Topic != "Runder Tisch" || r.ctx.Conf.CaseCode != "" {
		t.Errorf("topic %q case code %q", r.ctx.Conf.Topic, r.ctx.Conf.CaseCode)
	}
}
