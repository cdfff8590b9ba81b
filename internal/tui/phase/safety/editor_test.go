package safety

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/assessment"
	"kofa/internal/tui/tuitest"
)

func visible(c *conference.Conference, id conference.PhaseID) bool {
	for _, r := range c.VisiblePhases() {
		if r.ID == id {
			return true
		}
	}
	return false
}

// TestAcuteResultOpensPhase5aWhichRecordsSteps agrees an acute result in
// the assessment editor, sees phase 5a appear, and records its steps,
// who informs the family and a note in this editor.
func TestAcuteResultOpensPhase5aWhichRecordsSteps(t *testing.T) {
	c, ps := acuteConf()
	c.Assessment.Category = ""
	c.GoTo(conference.PhaseAssessment, t0)
	if visible(c, conference.PhaseSafety) {
		t.Fatal("5a visible before any result")
	}
	st := theme.Default(false).Styles(true)
	ctx := &phase.Context{Conf: c, Cat: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: &st, Now: tuitest.NewClock(t0).Now, Lang: i18n.DE}
	var ed phase.Editor = assessment.New(ctx)
	for _, k := range []string{"esc", "e", "a", "k", "u", "t"} {
		ed, _ = ed.Update(tuitest.KeyPress(k))
	}
	if c.Assessment.Category != conference.CategoryAcute || !visible(c, conference.PhaseSafety) {
		t.Fatalf("category %q: 5a visible %v; want acute and visible", c.Assessment.Category, visible(c, conference.PhaseSafety))
	}
	c.GoTo(conference.PhaseSafety, t0)

	h := newHarness(t, c, i18n.DE)
	if !h.ed.Typing() {
		t.Fatal("with no step the step form should open at once")
	}
	h.typ("Inobhutnahme")
	h.key("enter")
	h.typ("Albers")
	h.key("enter")
	h.typ("16.30")
	h.key("enter")
	steps := c.ImmediateSafety.Steps
	if len(steps) != 1 || steps[0].What != "Inobhutnahme" || steps[0].Who != ps.albers || steps[0].Until != "16:30" {
		t.Fatalf("steps = %+v", steps)
	}
	if !h.hasChange("add immediate_safety/steps/" + steps[0].ID) {
		t.Errorf("changes = %v", h.paths())
	}
	// The form waits for the next step; free text for the time stays.
	h.typ("Hausbesuch mit Polizei")
	h.key("enter", "enter")
	h.typ("heute Abend")
	h.key("enter", "esc")
	if len(c.ImmediateSafety.Steps) != 2 || c.ImmediateSafety.Steps[1].Until != "heute Abend" || c.ImmediateSafety.Steps[1].Who != "" {
		t.Errorf("second step = %+v", c.ImmediateSafety.Steps)
	}
	h.mustShow("⚠ wer?", "⚠ Wer die Familie informiert, fehlt noch")

	h.key("f")
	h.typ("Weber")
	h.key("enter")
	if c.ImmediateSafety.InformsFamily != ps.weber || !h.hasChange("update immediate_safety/informs_family") {
		t.Errorf("informs family = %q, changes %v", c.ImmediateSafety.InformsFamily, h.paths())
	}
	h.key("t")
	h.typ("Vater nicht allein ansprechen")
	h.key("enter")
	if c.ImmediateSafety.Note != "Vater nicht allein ansprechen" || h.ed.Typing() {
		t.Errorf("note = %q, typing %v", c.ImmediateSafety.Note, h.ed.Typing())
	}
	last := h.changes[len(h.changes)-1]
	if last.Change.Path != "immediate_safety/note" || !last.Immediate {
		t.Errorf("closing the note should commit it at once: %+v", last)
	}
	h.mustShow("Informiert die Familie: Dr. Jonas Weber", "Notiz: Vater nicht allein ansprechen", "bis 16:30")
	if probs := conference.Validate(c); hasKey(probs, conference.KeySafetyStepsMissing) || hasKey(probs, conference.KeySafetyInformsFamily) {
		t.Errorf("validation still misses 5a items: %+v", probs)
	}
}

func hasKey(ps []conference.Problem, key string) bool {
	for _, p := range ps {
		if p.Key == key {
			return true
		}
	}
	return false
}

func TestStepNeedsWhat(t *testing.T) {
	c, _ := acuteConf()
	h := newHarness(t, c, i18n.EN)
	h.key("tab", "tab", "enter")
	h.mustShow("Please record what happens.")
	if len(c.ImmediateSafety.Steps) != 0 {
		t.Error("a step without what was saved")
	}
}

func TestEditAndDeleteStep(t *testing.T) {
	c, ps := withSteps()
	h := newHarness(t, c, i18n.DE)
	h.key("down", "enter")
	h.mustShow("Schritt bearbeiten")
	h.key("tab")
	h.typ("Demir")
	h.key("enter", "enter")
	s := c.ImmediateSafety.Steps[1]
	if s.Who != ps.demir || s.What != "Kinderärztliche Untersuchung der Geschwister" || h.ed.Typing() {
		t.Fatalf("edited step = %+v (typing %v)", s, h.ed.Typing())
	}
	if !h.hasChange("update immediate_safety/steps/" + s.ID) {
		t.Errorf("changes = %v", h.paths())
	}
	h.key("x")
	h.mustShow("Schritt löschen?")
	h.key("j")
	if len(c.ImmediateSafety.Steps) != 1 || !h.hasChange("remove immediate_safety/steps/"+s.ID) {
		t.Errorf("steps = %+v, changes %v", c.ImmediateSafety.Steps, h.paths())
	}
}

func TestLeaveSavesATypedStep(t *testing.T) {
	c, _ := acuteConf()
	h := newHarness(t, c, i18n.DE)
	h.typ("Kind bleibt bei der Großmutter")
	h.drv.Send(phase.LeaveMsg{})
	if len(c.ImmediateSafety.Steps) != 1 || h.ed.Typing() {
		t.Errorf("steps = %+v, typing %v", c.ImmediateSafety.Steps, h.ed.Typing())
	}
}

func TestNotAcuteSaysSo(t *testing.T) {
	c, _ := withSteps()
	c.Assessment.Category = conference.CategoryLatent
	h := newHarness(t, c, i18n.DE)
	h.mustShow("Gilt nur bei akuter Gefährdung", "latente Kindeswohlgefährdung")
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c, _ := withSteps()
	h := newHarness(t, c, i18n.DE)
	keys := map[string]bool{}
	for _, g := range h.ed.KeyMap().FullHelp() {
		for _, b := range g {
			if b.Enabled() {
				keys[b.Help().Key] = true
			}
		}
	}
	for _, k := range []string{"n", "enter", "x", "f", "t"} {
		if !keys[k] {
			t.Errorf("key %s not enabled in the list", k)
		}
	}
	if keys["esc"] || h.ed.Typing() {
		t.Error("esc enabled or typing in the list")
	}
	h.key("f")
	if !h.ed.Typing() {
		t.Error("family pick open but Typing false")
	}
}

func TestClickSelectsStep(t *testing.T) {
	c, _ := withSteps()
	h := newHarness(t, c, i18n.DE)
	h.view()
	h.drv.Send(click(3, 4)) // the second step
	h.key("x")
	h.mustShow("„Kinderärztliche Untersuchung der Geschwister“ wird gelöscht")
}
