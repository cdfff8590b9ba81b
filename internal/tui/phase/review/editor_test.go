package review

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

func TestEachStatusTakesOneKey(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	if len(c.Reviews) != 4 || c.Reviews[3].Status != conference.FollowUpDone {
		t.Fatalf("reviews %+v, want the 3 open actions and the done one as done", c.Reviews)
	}
	h.MustShow("1 von 4 geprüft", "noch nicht geprüft")
	want := map[string]string{"1": conference.FollowUpDone, "2": conference.FollowUpPartly,
		"3": conference.FollowUpNotDone, "4": conference.FollowUpObsolete}
	for _, k := range []string{"1", "2", "3", "4"} {
		h.Key(k)
		if got := c.Reviews[0].Status; got != want[k] {
			t.Errorf("%s: status %q, want %q", k, got, want[k])
		}
	}
	h.Key("down", "1", "down", "3")
	if c.Reviews[1].Status != conference.FollowUpDone || c.Reviews[2].Status != conference.FollowUpNotDone {
		t.Errorf("statuses %+v", c.Reviews)
	}
	h.MustShow("4 von 4 geprüft", "⊘ entfallen", "✓ erledigt", "✗ nicht erledigt")
	if len(h.Changes) != 6 {
		t.Fatalf("%d changes, want 6", len(h.Changes))
	}
	for _, ch := range h.Changes {
		if !ch.Immediate || ch.Change.Op != conference.OpUpdate || !strings.HasPrefix(ch.Change.Path, "reviews/a") {
			t.Errorf("change %+v, want an immediate update of a review", ch)
		}
	}
	h.Key("3") // the same status again changes nothing
	if len(h.Changes) != 6 {
		t.Error("setting the same status again reported a change")
	}
}

func TestNoteIsKeptAsTyped(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("2", "enter")
	if !h.Ed.Typing() {
		t.Fatal("enter did not open the note")
	}
	h.Type("Termin steht, Befund folgt")
	if c.Reviews[0].Note != "Termin steht, Befund folgt" {
		t.Errorf("note %q while typing", c.Reviews[0].Note)
	}
	last := h.Changes[len(h.Changes)-1]
	if last.Immediate || last.Change.Path != "reviews/a4/note" {
		t.Errorf("typing reported %+v, want a debounced note change", last)
	}
	h.Key("enter")
	if h.Ed.Typing() {
		t.Error("enter did not close the note")
	}
	if last := h.Changes[len(h.Changes)-1]; !last.Immediate {
		t.Error("leaving the note did not commit it at once")
	}
	if c.Reviews[0].Status != conference.FollowUpPartly {
		t.Error("the note changed the status")
	}
	h.MustShow("Notiz: Termin steht, Befund folgt")
}

func TestNotDoneIsCarriedForwardWithItsOrigin(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "3")
	h.MustShow("c führt die Vereinbarung mit neuer Frist fort")
	actions := len(c.Actions)
	h.Key("c", "enter") // no date: refused with the reason
	if len(c.Actions) != actions || !h.Ed.Typing() {
		t.Fatal("carried forward without a due date")
	}
	h.MustShow("Bitte eine neue Frist angeben.")
	h.Type("+14d")
	h.Key("enter")
	if len(c.Actions) != actions+1 {
		t.Fatalf("%d actions, want one carried forward", len(c.Actions))
	}
	a := c.Actions[len(c.Actions)-1]
	r := c.Reviews[1]
	if a.What != "Wöchentliche Beobachtung dokumentieren" || a.CarriedFrom != "prevconf/"+r.ActionID ||
		a.Due != (conference.Date{Year: 2027, Month: 1, Day: 3}) || a.OwnerID != "p2" {
		t.Errorf("carried action %+v", a)
	}
	if r.CarriedTo != a.ID || r.Status != conference.FollowUpNotDone {
		t.Errorf("review %+v does not record the carried action", r)
	}
	if conf, id, ok := a.Origin(); !ok || conf != "prevconf" || id != r.ActionID {
		t.Errorf("origin %q %q %v", conf, id, ok)
	}
	if l := h.Line("Wöchentliche"); !strings.Contains(l, "→ 03.01.2027") {
		t.Errorf("row does not show the carried due date: %q", l)
	}
	h.MustShow("als neue Vereinbarung fortgeführt, fällig am 03.01.2027")
	paths := []string{}
	for _, ch := range h.Changes {
		paths = append(paths, ch.Change.Op+" "+ch.Change.Path)
	}
	if got := strings.Join(paths, ","); !strings.Contains(got, "add actions/"+a.ID) {
		t.Errorf("changes %s lack the added action", got)
	}

	// Carrying again moves the due date of the same action.
	h.Key("c")
	for range 12 {
		h.Key("backspace")
	}
	h.Type("10.1.2027")
	h.Key("enter")
	if len(c.Actions) != actions+1 || c.Action(r.CarriedTo).Due != (conference.Date{Year: 2027, Month: 1, Day: 10}) {
		t.Errorf("carrying again: %d actions, due %v", len(c.Actions), c.Action(r.CarriedTo).Due)
	}
}

func TestCarryIsOfferedOnlyForActionsNotDone(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("1", "c")
	if h.Ed.Typing() || len(c.Actions) != 0 {
		t.Error("a done action was carried forward")
	}
	if h.Ed.KeyMap().(KeyMap).Carry.Enabled() {
		t.Error("help offers carrying a done action forward")
	}
	h.Key("esc") // nothing open: esc belongs to the workspace
}

func TestEscCancelsTheCarry(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("c")
	h.Type("+7d")
	h.Key("esc")
	if h.Ed.Typing() || len(c.Actions) != 0 || c.Reviews[0].Status != conference.FollowUpOpen {
		t.Errorf("esc carried forward: %d actions, status %q", len(c.Actions), c.Reviews[0].Status)
	}
}

func TestLeavingThePhaseCommitsTheNote(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("enter")
	h.Type("halb")
	h.Drv.Send(phase.LeaveMsg{})
	if c.Reviews[0].Note != "halb" || !h.Changes[len(h.Changes)-1].Immediate {
		t.Error("leaving the phase did not commit the note")
	}
}

func TestEmptyReviewSaysSo(t *testing.T) {
	prev := conference.New("prevconf", conference.KindCase, t0.AddDate(0, 0, -28))
	c := conference.NewFollowUp(prev, "followup", t0)
	h := newHarness(t, c, i18n.EN)
	h.MustShow("nothing to review")
	h.Key("1", "c", "enter", "n")
	if h.Ed.Typing() {
		t.Error("a key opened a field with nothing to review")
	}
}

// states puts the editor into each of its states for the size checks.
var states = map[string]func(h *harness){
	"list":  func(h *harness) { h.Key("down", "3") },
	"note":  func(h *harness) { h.Key("enter"); h.Type("eine Notiz, die sehr lang werden kann und nicht passt") },
	"carry": func(h *harness) { h.Key("c"); h.Type("x"); h.Key("enter") },
	"carried": func(h *harness) {
		h.Key("down", "c")
		h.Type("+14d")
		h.Key("enter")
	},
}

func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, state := range []string{"list", "carried", "carry"} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", state, lang, size[0], size[1]), func(t *testing.T) {
					c, _ := fixture()
					h := newHarness(t, c, lang)
					h.Resize(tuitest.EditorSize(size[0], size[1]))
					states[state](h)
					v := h.View()
					tuitest.CheckFits(t, v, h.W, h.H)
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}

func TestViewFitsEverySize(t *testing.T) {
	widths := []int{1, 2, 3, 5, 8, 13, 20, 33, 40, 54, 56, 60, 79, 80, 94, 120, 200, 300}
	heights := []int{1, 2, 3, 4, 5, 8, 12, 19, 24, 40, 100}
	for name, enter := range states {
		t.Run(name, func(t *testing.T) {
			c, _ := fixture()
			h := newHarness(t, c, i18n.DE)
			enter(h)
			for _, w := range widths {
				for _, ht := range heights {
					h.Resize(w, ht)
					tuitest.CheckFits(t, h.Ed.View(w, ht), w, ht)
				}
			}
		})
	}
}
