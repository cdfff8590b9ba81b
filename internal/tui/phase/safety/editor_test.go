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
	ctx := &phase.Context{Conf: c, Msgs: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: &st, Now: tuitest.NewClock(t0).Now, Lang: i18n.DE}
	var ed phase.Editor = assessment.New(ctx)
	for _, k := range []string{"esc", "e", "a", "k", "u", "t", "enter"} {
		ed, _ = ed.Update(tuitest.KeyPress(k))
	}
	if c.Assessment.Category != conference.CategoryAcute || !visible(c, conference.PhaseSafety) {
		t.Fatalf("category %q: 5a visible %v; want acute and visible", c.Assessment.Category, visible(c, conference.PhaseSafety))
	}
	c.GoTo(conference.PhaseSafety, t0)

	h := newHarness(t, c, i18n.DE)
	if !h.Ed.Typing() {
		t.Fatal("with no step the step form should open at once")
	}
	h.Type("Inobhutnahme")
	h.Key("enter")
	h.Type("Albers")
	h.Key("enter")
	h.Type("16.30")
	h.Key("enter")
	steps := c.ImmediateSafety.Steps
	if len(steps) != 1 || steps[0].What != "Inobhutnahme" || steps[0].Who != ps.albers || steps[0].Until != "16:30" {
		t.Fatalf("steps = %+v", steps)
	}
	if !h.HasChange("add immediate_safety/steps/" + steps[0].ID) {
		t.Errorf("changes = %v", h.Paths())
	}
	// The form waits for the next step; free text for the time stays.
	h.Type("Hausbesuch mit Polizei")
	h.Key("enter", "enter")
	h.Type("heute Abend")
	h.Key("enter", "esc")
	if len(c.ImmediateSafety.Steps) != 2 || c.ImmediateSafety.Steps[1].Until != "heute Abend" || c.ImmediateSafety.Steps[1].Who != "" {
		t.Errorf("second step = %+v", c.ImmediateSafety.Steps)
	}
	h.MustShow("⚠ wer?", "⚠ Wer die Familie informiert, fehlt noch")

	h.Key("f")
	h.Type("Weber")
	h.Key("enter")
	if c.ImmediateSafety.InformsFamily != ps.weber || !h.HasChange("update immediate_safety/informs_family") {
		t.Errorf("informs family = %q, changes %v", c.ImmediateSafety.InformsFamily, h.Paths())
	}
	h.Key("t")
	h.Type("Vater nicht allein ansprechen")
	h.Key("enter")
	if c.ImmediateSafety.Note != "Vater nicht allein ansprechen" || h.Ed.Typing() {
		t.Errorf("note = %q, typing %v", c.ImmediateSafety.Note, h.Ed.Typing())
	}
	last := h.Changes[len(h.Changes)-1]
	if last.Change.Path != "immediate_safety/note" || !last.Immediate {
		t.Errorf("closing the note should commit it at once: %+v", last)
	}
	h.MustShow("Informiert die Familie: Dr. Jonas Weber", "Notiz: Vater nicht allein ansprechen", "bis 16:30")
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
	h.Key("tab", "tab", "enter")
	h.MustShow("Please record what happens.")
	if len(c.ImmediateSafety.Steps) != 0 {
		t.Error("a step without what was saved")
	}
}

func TestEditAndDeleteStep(t *testing.T) {
	c, ps := withSteps()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "enter")
	h.MustShow("Schritt bearbeiten")
	h.Key("tab")
	h.Type("Demir")
	h.Key("enter", "enter")
	s := c.ImmediateSafety.Steps[1]
	if s.Who != ps.demir || s.What != "Kinderärztliche Untersuchung der Geschwister" || h.Ed.Typing() {
		t.Fatalf("edited step = %+v (typing %v)", s, h.Ed.Typing())
	}
	if !h.HasChange("update immediate_safety/steps/" + s.ID + "/who") {
		t.Errorf("changes = %v", h.Paths())
	}
	h.Key("d")
	if len(c.ImmediateSafety.Steps) != 1 || !h.HasChange("remove immediate_safety/steps/"+s.ID) {
		t.Errorf("steps = %+v, changes %v", c.ImmediateSafety.Steps, h.Paths())
	}
	h.MustShow("„Kinderärztliche Untersuchung der Geschwister“ entfernt · ctrl+z macht rückgängig")
}

func TestLeaveKeepsATypedStepADraft(t *testing.T) {
	c, _ := acuteConf()
	h := newHarness(t, c, i18n.DE)
	h.Type("Kind bleibt bei der Großmutter")
	h.Drv.Send(phase.LeaveMsg{})
	if len(c.ImmediateSafety.Steps) != 0 {
		t.Errorf("leaving submitted the step: %+v", c.ImmediateSafety.Steps)
	}
	if d, ok := c.DraftOf("immediate_safety/steps/new"); !ok || d.Texts[0] != "Kind bleibt bei der Großmutter" {
		t.Errorf("draft %+v (%v), want the step typed", d, ok)
	}
}

func TestNotAcuteSaysSo(t *testing.T) {
	c, _ := withSteps()
	c.Assessment.Category = conference.CategoryLatent
	h := newHarness(t, c, i18n.DE)
	h.MustShow("Gilt nur bei akuter Gefährdung", "latente Kindeswohlgefährdung")
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c, _ := withSteps()
	h := newHarness(t, c, i18n.DE)
	keys := map[string]bool{}
	for _, g := range h.Ed.KeyMap().FullHelp() {
		for _, b := range g {
			if b.Enabled() {
				keys[b.Help().Key] = true
			}
		}
	}
	for _, k := range []string{"n", "enter", "d", "f", "t"} {
		if !keys[k] {
			t.Errorf("key %s not enabled in the list", k)
		}
	}
	if keys["esc"] || h.Ed.Typing() {
		t.Error("esc enabled or typing in the list")
	}
	h.Key("f")
	if !h.Ed.Typing() {
		t.Error("family pick open but Typing false")
	}
}

func TestClickSelectsStep(t *testing.T) {
	c, _ := withSteps()
	h := newHarness(t, c, i18n.DE)
	h.View()
	h.Drv.Send(tuitest.Click(3, 4)) // the second step
	h.Key("d")
	h.MustShow("„Kinderärztliche Untersuchung der Geschwister“ entfernt")
}
