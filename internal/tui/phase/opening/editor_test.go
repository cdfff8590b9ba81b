package opening

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/widget"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// newRig drives the opening editor of a case conference started at t0,
// at 80x20.
func newRig(t *testing.T) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	c := conference.New("idopen00", conference.KindCase, t0)
	c.KeyQuestion = "Ist Mia sicher?"
	c.Start(t0)
	r := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 80, 20)
	// The opening first asks who facilitates and who takes the minutes
	// (roles_test.go); these tests answer "later" (ctrl+s with nobody
	// chosen), and the quick-add form follows.
	r.Key("ctrl+s")
	return r
}

func TestParticipantsAreAddedFast(t *testing.T) {
	r := newRig(t)
	if !r.Ed.Typing() {
		t.Fatal("an empty opening should start in the quick-add form")
	}
	r.Type("Petra Albers")
	r.Key("tab")
	r.Type("asd")
	r.Key("tab")
	r.Type("ASD Nord")
	r.Key("tab", "tab")
	r.Type("fall") // roles: filter to the case lead, tick it, add
	r.Key("enter", "ctrl+s")
	r.Type("Dr. Jonas Weber")
	r.Key("ctrl+s")
	ps := r.Ctx.Conf.Participants
	if len(ps) != 2 {
		t.Fatalf("%d participants, want 2", len(ps))
	}
	p := ps[0]
	if p.Name != "Petra Albers" || p.InstitutionType != "asd" || p.Institution != "ASD Nord" ||
		len(p.Roles) != 1 || p.Roles[0] != conference.RoleCaseLead || p.Attendance != conference.AttendancePresent {
		t.Errorf("first participant %+v", p)
	}
	if len(r.Changes) != 2 || !r.Changes[0].Immediate || r.Changes[0].Change.Op != conference.OpAdd {
		t.Errorf("changes %+v, want two immediate adds", r.Changes)
	}
	r.Key("ctrl+s") // an empty name adds nobody and says why
	if len(r.Ctx.Conf.Participants) != 2 || !strings.Contains(r.View(), "Name") {
		t.Error("an empty name was added")
	}
	r.Key("esc")
	if r.Ed.Typing() {
		t.Error("esc did not leave the form")
	}
}

func TestAttendanceJoinLeaveAndConfidentialityTakeOneKey(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s")
	r.Type("Ben")
	r.Key("ctrl+s", "esc")
	// Ben is selected (the last added).
	r.Key("e")
	if got := r.Ctx.Conf.Participants[1].Attendance; got != conference.AttendanceExcused {
		t.Errorf("e: attendance %q", got)
	}
	r.Key("up", "a")
	if got := r.Ctx.Conf.Participants[0].Attendance; got != conference.AttendanceAbsent {
		t.Errorf("a: attendance %q", got)
	}
	r.Drv.Advance(12 * time.Minute) // 09:12
	r.Key("j")
	if p := r.Ctx.Conf.Participants[0]; p.Attendance != conference.AttendancePresent || !p.JoinedAt.Equal(r.Drv.Clock.Now()) {
		t.Errorf("j: %+v, want present, joined at 09:12", p)
	}
	r.Key("enter")                  // the time is right
	r.Drv.Advance(28 * time.Minute) // 09:40
	r.Key("l", "enter")
	if p := r.Ctx.Conf.Participants[0]; !p.LeftAt.Equal(r.Drv.Clock.Now()) {
		t.Errorf("l: left at %v", p.LeftAt)
	}
	if !strings.Contains(r.View(), "gegangen 09:40") {
		t.Errorf("leave time not shown:\n%s", r.View())
	}
	r.Key("c")
	if !r.Ctx.Conf.ConfidentialityAt.Equal(r.Drv.Clock.Now()) || !strings.Contains(r.View(), "Vertraulichkeit vereinbart um 09:40") {
		t.Errorf("c: confidentiality at %v\n%s", r.Ctx.Conf.ConfidentialityAt, r.View())
	}
	r.Key("c") // a mistaken press is taken back
	if !r.Ctx.Conf.ConfidentialityAt.IsZero() {
		t.Error("second c did not take the record back")
	}
	for _, ch := range r.Changes {
		if !ch.Immediate {
			t.Errorf("change %+v is not immediate", ch)
		}
	}
}

func TestKeyQuestionIsShownToReadAloud(t *testing.T) {
	r := newRig(t)
	if v := r.View(); !strings.Contains(v, "Ist Mia sicher?") || !strings.Contains(v, "vorlesen") {
		t.Errorf("key question not shown:\n%s", v)
	}
}

func TestAgreedEndIsValidated(t *testing.T) {
	r := newRig(t)
	r.Key("esc", "t")
	r.Type("1130")
	r.Key("enter")
	if r.Ctx.Conf.AgreedEnd != "11:30" {
		t.Errorf("agreed end %q, want 11:30", r.Ctx.Conf.AgreedEnd)
	}
	r.Key("t")
	for range 5 {
		r.Key("backspace")
	}
	r.Type("25:00")
	r.Key("enter")
	if r.Ctx.Conf.AgreedEnd != "11:30" || !r.Ed.Typing() {
		t.Errorf("an invalid end was taken or the field closed (end %q)", r.Ctx.Conf.AgreedEnd)
	}
	if !strings.Contains(r.View(), "Uhrzeit ungültig") {
		t.Errorf("no reason shown:\n%s", r.View())
	}
}

func TestRemoveSaysHowToUndo(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s", "esc", "d")
	if len(r.Ctx.Conf.Participants) != 0 {
		t.Fatal("d did not remove")
	}
	r.MustShow("„Anna“ entfernt · ctrl+z macht rückgängig")
}

// TestJoinAndLeaveTimesAreEditable: a late join is recorded now and its
// time can be corrected at once ("she came at 9:05").
func TestJoinAndLeaveTimesAreEditable(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s", "esc", "e")
	r.Drv.Advance(20 * time.Minute) // 09:20
	r.Key("j")
	r.MustShow("Anna kommt dazu", "09:20")
	r.Key("ctrl+u")
	r.Type("9:05")
	r.Key("enter")
	p := r.Ctx.Conf.Participants[0]
	if p.JoinedAt.Format("15:04") != "09:05" || p.Attendance != conference.AttendancePresent || r.Ed.Typing() {
		t.Errorf("joined %s, attendance %s, typing %v; want present since 09:05", p.JoinedAt.Format("15:04"), p.Attendance, r.Ed.Typing())
	}
	r.Key("l")
	r.Key("ctrl+u")
	r.Type("930")
	r.Key("enter")
	if p := r.Ctx.Conf.Participants[0]; p.LeftAt.Format("15:04") != "09:30" {
		t.Errorf("left %s, want 09:30", p.LeftAt.Format("15:04"))
	}
	r.MustShow("gegangen 09:30")
}

func TestEditKeepsAttendance(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s", "esc", "e", "enter")
	r.Type(" Beispiel")
	r.Key("enter")
	p := r.Ctx.Conf.Participants[0]
	if p.Name != "Anna Beispiel" || p.Attendance != conference.AttendanceExcused {
		t.Errorf("after edit: %+v", p)
	}
}

func TestViewFitsAnySize(t *testing.T) {
	r := newRig(t)
	r.Type("Anna mit einem sehr langen Namen, der nicht passt")
	for w := 0; w < 130; w += 9 {
		for h := 0; h < 30; h += 4 {
			lines := strings.Split(r.Ed.View(w, h), "\n")
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
	r.Ctx.Directory = directoryEntries()
	r.Type("Muller")
	v := r.View()
	if !strings.Contains(v, "Jana Müller · Kita Sonnenblume · Erzieherin") || !strings.Contains(v, "Dr. Tim Mueller") {
		t.Fatalf("Muller does not suggest both Müllers:\n%s", v)
	}
	if strings.Contains(v, "Markus Brandt") {
		t.Errorf("an unrelated person is suggested:\n%s", v)
	}
	if keys := r.Ed.KeyMap().ShortHelp(); len(keys) == 0 || keys[0].Help().Key != "↓ enter" {
		t.Error("help does not offer taking a suggestion first")
	}
	r.Key("down", "down", "enter") // the second match
	if len(r.Ctx.Conf.Participants) != 0 {
		t.Fatal("taking a suggestion added the person at once")
	}
	if strings.Contains(r.View(), "Dr. Tim Mueller ·") {
		t.Error("suggestions still shown after one was taken")
	}
	r.Key("enter", "enter") // past the roles and the legal basis, nothing picked: adds
	ps := r.Ctx.Conf.Participants
	if len(ps) != 1 || ps[0].Name != "Jana Müller" || ps[0].Institution != "Kita Sonnenblume" || ps[0].Discipline != "Erzieherin" {
		t.Fatalf("participants %+v, want Jana Müller with institution and discipline", ps)
	}
	// She is on the list now: typing her name again suggests only the other.
	r.Type("mueller")
	if v := r.View(); strings.Contains(v, "Jana Müller ·") || !strings.Contains(v, "Dr. Tim Mueller") {
		t.Errorf("suggestions after adding Jana Müller:\n%s", v)
	}
}

func TestSuggestionsStayOutOfTheWay(t *testing.T) {
	r := newRig(t)
	r.Ctx.Directory = directoryEntries()
	r.Type("Mül")
	r.Key("esc") // hides the suggestions, keeps the form
	if !r.Ed.Typing() || strings.Contains(r.View(), "Jana Müller ·") {
		t.Fatalf("esc did not just hide the suggestions:\n%s", r.View())
	}
	r.Type("ler")
	r.Key("down", "up", "ctrl+s") // up from the first match returns to the field: ctrl+s adds as typed
	if ps := r.Ctx.Conf.Participants; len(ps) != 1 || ps[0].Name != "Müller" || ps[0].Institution != "" {
		t.Errorf("participants %+v, want Müller as typed", ps)
	}
	r.Type("Brandt")
	r.Key("tab") // tab moves on to the next field as always
	r.Type("police")
	if r.Ctx.Conf.Participants[0].Name != "Müller" || strings.Contains(r.View(), "Polizei Nord ·") {
		t.Errorf("tab took a suggestion:\n%s", r.View())
	}
}

// Regression: leaving the phase (F4, quitting) while a name was typed in
// the quick-add form but not yet added lost the person. The person typed
// is kept as a draft, stored with the conference; leaving never adds it.
func TestLeavingKeepsTheHalfTypedParticipantADraft(t *testing.T) {
	r := newRig(t)
	r.Type("Petra Albers")
	r.Key("tab", "tab") // past the institution type to the institution
	r.Type("ASD Nord")
	r.Drv.Send(phase.LeaveMsg{})
	if ps := r.Ctx.Conf.Participants; len(ps) != 0 {
		t.Fatalf("leaving added %+v", ps)
	}
	d, ok := r.Ctx.Draft("participants/new")
	if !ok || d.Texts[0] != "Petra Albers" || !slices.Contains(d.Texts, "ASD Nord") {
		t.Fatalf("draft %+v (%v) after leaving, want the name and the institution", d, ok)
	}
	r.Drv.Send(phase.EnterMsg{})
	r.Key("ctrl+s")
	if ps := r.Ctx.Conf.Participants; len(ps) != 1 || ps[0].Name != "Petra Albers" || ps[0].Institution != "ASD Nord" {
		t.Fatalf("participants %+v, want the draft added on return", ps)
	}
}

func TestLeavingWithoutANameAddsNobody(t *testing.T) {
	r := newRig(t)
	r.Key("tab")
	r.Type("Kita Sonnenblume") // institution only
	r.Drv.Send(phase.LeaveMsg{})
	if n := len(r.Ctx.Conf.Participants); n != 0 {
		t.Fatalf("%d participants, want none without a name", n)
	}
	if len(r.Changes) != 0 {
		t.Errorf("changes %v, want none", r.Paths())
	}
}

func TestLeavingSavesAHalfDoneEdit(t *testing.T) {
	r := newRig(t)
	r.Type("Anna")
	r.Key("ctrl+s", "esc", "enter") // enter on the list edits the selected
	if !r.Ed.Typing() {
		t.Fatal("enter on the list did not open the edit")
	}
	r.Type(" Beispiel")
	r.Drv.Send(phase.LeaveMsg{})
	if got := r.Ctx.Conf.Participants[0].Name; got != "Anna Beispiel" {
		t.Errorf("name after leaving the edit %q, want Anna Beispiel", got)
	}
	if len(r.Ctx.Conf.Participants) != 1 {
		t.Errorf("an edit added a participant: %+v", r.Ctx.Conf.Participants)
	}
}

// A click on a participant row selects that participant: the attendance
// key then applies to the person clicked.
func TestClickSelectsTheParticipantRow(t *testing.T) {
	r := newRig(t)
	for _, n := range []string{"Anna", "Ben", "Cem"} {
		r.Type(n)
		r.Key("ctrl+s")
	}
	r.Key("esc")
	y := -1
	for i, l := range strings.Split(r.View(), "\n") {
		if strings.Contains(l, "Anna") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("Anna not on screen:\n%s", r.View())
	}
	r.Drv.Send(tuitest.Click(10, y))
	if !strings.HasPrefix(strings.TrimSpace(r.Line("Anna")), "▸") {
		t.Fatalf("clicked row not selected:\n%s", r.View())
	}
	r.Key("e")
	if got := r.Ctx.Conf.Participants[0].Attendance; got != conference.AttendanceExcused {
		t.Errorf("e after clicking Anna: her attendance %q, want excused", got)
	}
	if got := r.Ctx.Conf.Participants[2].Attendance; got != conference.AttendancePresent {
		t.Errorf("Cem (selected before the click) changed to %q", got)
	}
	// A click below the list changes nothing.
	r.Drv.Send(tuitest.Click(10, y+10))
	if !strings.HasPrefix(strings.TrimSpace(r.Line("Anna")), "▸") {
		t.Errorf("a click below the rows moved the selection:\n%s", r.View())
	}
}

// TestTakingADirectoryNameFillsTheTypeAndMovesOn: after a name from the
// directory the cursor stayed in the middle of it ("Petraasd Albers") and
// the institution type was left empty.
func TestTakingADirectoryNameFillsTheTypeAndMovesOn(t *testing.T) {
	r := newRig(t)
	r.Ctx.Directory = []directory.Entry{
		{ID: "d1", Name: "Petra Albers", Institution: "Jugendamt Nord", InstitutionType: "asd", Discipline: "Sozialarbeit"},
		{ID: "d2", Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
	}
	r.Type("Pet")
	r.Key("down", "enter")
	f := r.Ed.(*Editor).people.form
	if f.form.Current() != widget.Input(f.roles) {
		t.Fatalf("after taking a name the cursor is in %q, want it past the fields kofa filled", f.form.Current().Label())
	}
	r.Key("shift+tab", "shift+tab", "shift+tab", "shift+tab")
	if f.form.Current() != widget.Input(f.name) {
		t.Fatalf("shift+tab did not go back to the name")
	}
	r.Type("x")
	if got := f.name.Value(); got != "Petra Albersx" {
		t.Errorf("typing after the name gives %q: the cursor was not at its end", got)
	}
	r.Key("backspace", "ctrl+s")
	p := r.Ctx.Conf.Participants[0]
	if p.Name != "Petra Albers" || p.InstitutionType != "asd" || p.Institution != "Jugendamt Nord" || p.Discipline != "Sozialarbeit" {
		t.Errorf("participant %+v", p)
	}
	// An entry that does not know its type (imported from a file) gets
	// the one its institution names.
	r.Type("Ayl")
	r.Key("down", "enter", "ctrl+s")
	if p := r.Ctx.Conf.Participants[1]; p.InstitutionType != "kita" {
		t.Errorf("Aylin Demir's institution type %q, want kita from „Kita Sonnenblume“", p.InstitutionType)
	}
}
