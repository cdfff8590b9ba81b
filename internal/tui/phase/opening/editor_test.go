package opening

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

type rig struct {
	ctx     *phase.Context
	ed      phase.Editor
	now     time.Time
	changes []phase.ChangedMsg
}

func newRig(t *testing.T) *rig {
	t.Helper()
	st := theme.Default(true).Styles(true)
	r := &rig{now: t0}
	c := conference.New("idopen00", conference.KindCase, t0)
	c.KeyQuestion = "Ist Mia sicher?"
	c.Start(t0)
	r.ctx = &phase.Context{Conf: c, Cat: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: &st,
		Now: func() time.Time { return r.now }, Lang: i18n.DE}
	r.ed = New(r.ctx)
	r.send(phase.SizeMsg{Width: 80, Height: 20})
	r.send(phase.EnterMsg{})
	return r
}

// send delivers msg and runs the returned commands, collecting changes.
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

func (r *rig) view() string { return ansi.Strip(r.ed.View(80, 20)) }

func TestParticipantsAreAddedFast(t *testing.T) {
	r := newRig(t)
	if !r.ed.Typing() {
		t.Fatal("an empty opening should start in the quick-add form")
	}
	r.typ("Petra Albers")
	r.key("tab")
	r.typ("asd")
	r.key("tab")
	r.typ("ASD Nord")
	r.key("tab", "tab")
	r.typ("fall") // roles: filter to the case lead, toggle it
	r.key("space", "enter")
	r.typ("Dr. Jonas Weber")
	r.key("enter")
	ps := r.ctx.Conf.Participants
	if len(ps) != 2 {
		t.Fatalf("%d participants, want 2", len(ps))
	}
	p := ps[0]
	if p.Name != "Petra Albers" || p.InstitutionType != "asd" || p.Institution != "ASD Nord" ||
		len(p.Roles) != 1 || p.Roles[0] != conference.RoleCaseLead || p.Attendance != conference.AttendancePresent {
		t.Errorf("first participant %+v", p)
	}
	if len(r.changes) != 2 || !r.changes[0].Immediate || r.changes[0].Change.Op != conference.OpAdd {
		t.Errorf("changes %+v, want two immediate adds", r.changes)
	}
	r.key("enter") // an empty name adds nobody and says why
	if len(r.ctx.Conf.Participants) != 2 || !strings.Contains(r.view(), "Name") {
		t.Error("an empty name was added")
	}
	r.key("esc")
	if r.ed.Typing() {
		t.Error("esc did not leave the form")
	}
}

func TestAttendanceJoinLeaveAndConfidentialityTakeOneKey(t *testing.T) {
	r := newRig(t)
	r.typ("Anna")
	r.key("enter")
	r.typ("Ben")
	r.key("enter", "esc")
	// Ben is selected (the last added).
	r.key("e")
	if got := r.ctx.Conf.Participants[1].Attendance; got != conference.AttendanceExcused {
		t.Errorf("e: attendance %q", got)
	}
	r.key("up", "a")
	if got := r.ctx.Conf.Participants[0].Attendance; got != conference.AttendanceAbsent {
		t.Errorf("a: attendance %q", got)
	}
	r.now = t0.Add(12 * time.Minute)
	r.key("j")
	if p := r.ctx.Conf.Participants[0]; p.Attendance != conference.AttendancePresent || !p.JoinedAt.Equal(r.now) {
		t.Errorf("j: %+v, want present, joined at 09:12", p)
	}
	r.now = t0.Add(40 * time.Minute)
	r.key("l")
	if p := r.ctx.Conf.Participants[0]; !p.LeftAt.Equal(r.now) {
		t.Errorf("l: left at %v", p.LeftAt)
	}
	if !strings.Contains(r.view(), "gegangen 09:40") {
		t.Errorf("leave time not shown:\n%s", r.view())
	}
	r.key("c")
	if !r.ctx.Conf.ConfidentialityAt.Equal(r.now) || !strings.Contains(r.view(), "Vertraulichkeit vereinbart um 09:40") {
		t.Errorf("c: confidentiality at %v\n%s", r.ctx.Conf.ConfidentialityAt, r.view())
	}
	r.key("c") // a mistaken press is taken back
	if !r.ctx.Conf.ConfidentialityAt.IsZero() {
		t.Error("second c did not take the record back")
	}
	for _, ch := range r.changes {
		if !ch.Immediate {
			t.Errorf("change %+v is not immediate", ch)
		}
	}
}

func TestKeyQuestionIsShownToReadAloud(t *testing.T) {
	r := newRig(t)
	if v := r.view(); !strings.Contains(v, "Ist Mia sicher?") || !strings.Contains(v, "vorlesen") {
		t.Errorf("key question not shown:\n%s", v)
	}
}

func TestAgreedEndIsValidated(t *testing.T) {
	r := newRig(t)
	r.key("esc", "t")
	r.typ("1130")
	r.key("enter")
	if r.ctx.Conf.AgreedEnd != "11:30" {
		t.Errorf("agreed end %q, want 11:30", r.ctx.Conf.AgreedEnd)
	}
	r.key("t")
	for range 5 {
		r.key("backspace")
	}
	r.typ("25:00")
	r.key("enter")
	if r.ctx.Conf.AgreedEnd != "11:30" || !r.ed.Typing() {
		t.Errorf("an invalid end was taken or the field closed (end %q)", r.ctx.Conf.AgreedEnd)
	}
	if !strings.Contains(r.view(), "Uhrzeit ungültig") {
		t.Errorf("no reason shown:\n%s", r.view())
	}
}

func TestRemoveAsksFirst(t *testing.T) {
	r := newRig(t)
	r.typ("Anna")
	r.key("enter", "esc", "x")
	if !strings.Contains(r.view(), "Anna wird aus der Liste entfernt") {
		t.Fatalf("no question:\n%s", r.view())
	}
	r.key("n")
	if len(r.ctx.Conf.Participants) != 1 {
		t.Fatal("removed without a yes")
	}
	r.key("x", "j")
	if len(r.ctx.Conf.Participants) != 0 {
		t.Error("j did not remove")
	}
}

func TestEditKeepsAttendance(t *testing.T) {
	r := newRig(t)
	r.typ("Anna")
	r.key("enter", "esc", "e", "enter")
	r.typ(" Beispiel")
	r.key("enter")
	p := r.ctx.Conf.Participants[0]
	if p.Name != "Anna Beispiel" || p.Attendance != conference.AttendanceExcused {
		t.Errorf("after edit: %+v", p)
	}
}

func TestViewFitsAnySize(t *testing.T) {
	r := newRig(t)
	r.typ("Anna mit einem sehr langen Namen, der nicht passt")
	for w := 0; w < 130; w += 9 {
		for h := 0; h < 30; h += 4 {
			lines := strings.Split(r.ed.View(w, h), "\n")
			if len(lines) > max(h, 1) {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Fatalf("%dx%d: line %q too wide", w, h, ansi.Strip(l))
				}
			}
		}
	}
}

// directory is a partner directory with two people of the same surname
// in different spellings and one other.
func directoryEntries() []directory.Entry {
	return []directory.Entry{
		{ID: "d1", Name: "Jana Müller", Institution: "Kita Sonnenblume", Discipline: "Erzieherin"},
		{ID: "d2", Name: "Markus Brandt", Institution: "Polizei Nord"},
		{ID: "d3", Name: "Dr. Tim Mueller", Institution: "Praxis am Markt", Discipline: "Kinderarzt"},
	}
}

func TestDirectorySuggestsAsTheNameIsTyped(t *testing.T) {
	r := newRig(t)
	r.ctx.Directory = directoryEntries()
	r.typ("Muller")
	v := r.view()
	if !strings.Contains(v, "Jana Müller · Kita Sonnenblume · Erzieherin") || !strings.Contains(v, "Dr. Tim Mueller") {
		t.Fatalf("Muller does not suggest both Müllers:\n%s", v)
	}
	if strings.Contains(v, "Markus Brandt") {
		t.Errorf("an unrelated person is suggested:\n%s", v)
	}
	if !r.ed.KeyMap().(KeyMap).Suggest.Enabled() {
		t.Error("help does not offer taking a suggestion")
	}
	r.key("down", "down", "enter") // the second match
	if len(r.ctx.Conf.Participants) != 0 {
		t.Fatal("taking a suggestion added the person at once")
	}
	if strings.Contains(r.view(), "Dr. Tim Mueller ·") {
		t.Error("suggestions still shown after one was taken")
	}
	r.key("enter")
	ps := r.ctx.Conf.Participants
	if len(ps) != 1 || ps[0].Name != "Jana Müller" || ps[0].Institution != "Kita Sonnenblume" || ps[0].Discipline != "Erzieherin" {
		t.Fatalf("participants %+v, want Jana Müller with institution and discipline", ps)
	}
	// She is on the list now: typing her name again suggests only the other.
	r.typ("mueller")
	if v := r.view(); strings.Contains(v, "Jana Müller ·") || !strings.Contains(v, "Dr. Tim Mueller") {
		t.Errorf("suggestions after adding Jana Müller:\n%s", v)
	}
}

func TestSuggestionsStayOutOfTheWay(t *testing.T) {
	r := newRig(t)
	r.ctx.Directory = directoryEntries()
	r.typ("Mül")
	r.key("esc") // hides the suggestions, keeps the form
	if !r.ed.Typing() || strings.Contains(r.view(), "Jana Müller ·") {
		t.Fatalf("esc did not just hide the suggestions:\n%s", r.view())
	}
	r.typ("ler")
	r.key("down", "up", "enter") // up from the first match returns to the field: enter adds as typed
	if ps := r.ctx.Conf.Participants; len(ps) != 1 || ps[0].Name != "Müller" || ps[0].Institution != "" {
		t.Errorf("participants %+v, want Müller as typed", ps)
	}
	r.typ("Brandt")
	r.key("tab") // tab moves on to the next field as always
	r.typ("police")
	if r.ctx.Conf.Participants[0].Name != "Müller" || strings.Contains(r.view(), "Polizei Nord ·") {
		t.Errorf("tab took a suggestion:\n%s", r.view())
	}
}
