package opening

import (
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// rolesRig is the opening of a running conference with nobody on the list
// and, when keyboard is given, that person remembered at the keyboard.
func rolesRig(t *testing.T, keyboard *directory.Entry) *tuitest.Editor {
	t.Helper()
	clk := tuitest.NewClock(t0)
	c := conference.New("idopen00", conference.KindCase, t0)
	c.Start(t0)
	ctx := tuitest.PhaseContext(c, i18n.DE, clk.Now)
	ctx.KeyboardPerson = keyboard
	return tuitest.NewEditor(t, clk, ctx, New, 100, 30)
}

// TestOpeningAsksWhoFacilitatesDefaultingToTheKeyboardPerson pins the bug
// where the facilitator was first asked for at the very end (the closing's
// gaps): the opening asks at once, with the person at the keyboard filled
// in for both roles.
func TestOpeningAsksWhoFacilitatesDefaultingToTheKeyboardPerson(t *testing.T) {
	r := rolesRig(t, &directory.Entry{Name: "Petra Albers", Institution: "Jugendamt Nord", InstitutionType: "asd"})
	c := r.Ctx.Conf
	r.MustShow("Wer moderiert, wer schreibt das Protokoll?", "Petra Albers")
	if len(c.Participants) != 1 {
		t.Fatalf("participants %+v, want the person at the keyboard", c.Participants)
	}
	p := c.Participants[0]
	if p.Name != "Petra Albers" || p.InstitutionType != "asd" || p.Institution != "Jugendamt Nord" ||
		!p.HasRole(conference.RoleFacilitator) || !p.HasRole(conference.RoleMinuteTaker) || !p.Present() {
		t.Errorf("keyboard person as participant: %+v", p)
	}
	for _, prob := range conference.Validate(c) {
		if prob.Key == conference.KeyNoFacilitator {
			t.Error("the opening still lacks a facilitator")
		}
	}
	r.Key("ctrl+s") // confirmed as it is
	if !r.Ed.Typing() || strings.Contains(r.View(), "Wer moderiert") {
		t.Error("after the question the quick-add form should be open for the others")
	}
	r.MustShow("Moderation: Petra Albers · Protokoll: Petra Albers")
}

// TestMinuteTakerChosenIsRememberedAtTheKeyboard: typing someone new adds
// them; the minute-taker is the person at the keyboard next time.
func TestMinuteTakerChosenIsRememberedAtTheKeyboard(t *testing.T) {
	r := rolesRig(t, nil)
	c := r.Ctx.Conf
	r.MustShow("Wer moderiert, wer schreibt das Protokoll?", "Moderation: ⚠ fehlt")
	if len(c.Participants) != 0 {
		t.Fatalf("nobody known at the keyboard, yet participants %+v", c.Participants)
	}
	r.Type("Jonas Weber")
	r.Key("enter") // the typed name, as a new person
	r.Type("Aylin Demir")
	r.Key("enter")
	if got := []string{c.ParticipantsWithRole(conference.RoleFacilitator)[0].Name,
		c.ParticipantsWithRole(conference.RoleMinuteTaker)[0].Name}; !slices.Equal(got, []string{"Jonas Weber", "Aylin Demir"}) {
		t.Fatalf("facilitator and minute-taker %q", got)
	}
	if e, ok := r.Ctx.TakeKeyboardPerson(); !ok || e.Name != "Aylin Demir" {
		t.Errorf("remembered at the keyboard: %+v %v, want Aylin Demir", e, ok)
	}
	if !r.HasChange("add participants/p1") || !r.HasChange("add participants/p2") {
		t.Errorf("changes %v", r.Paths())
	}
	// m asks again; choosing someone on the list moves the role.
	r.Key("esc", "esc", "m")
	r.MustShow("Wer moderiert, wer schreibt das Protokoll?")
	r.Type("Aylin")
	r.Key("enter")
	if got := c.ParticipantsWithRole(conference.RoleFacilitator); len(got) != 1 || got[0].Name != "Aylin Demir" {
		t.Errorf("facilitators %+v, want Aylin Demir only", got)
	}
}

// TestQuestionIsPutOnce: left unanswered, it does not come back on every
// visit; the line says who is missing and m asks again.
func TestQuestionIsPutOnce(t *testing.T) {
	r := rolesRig(t, nil)
	r.Key("esc", "esc")
	r.Drv.Send(phase.EnterMsg{})
	if strings.Contains(r.View(), "Wer moderiert") {
		t.Error("the question came back")
	}
	r.MustShow("Moderation: ⚠ fehlt · Protokoll: ⚠ fehlt")
}
