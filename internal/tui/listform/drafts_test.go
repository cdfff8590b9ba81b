package listform

import (
	"encoding/json"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// restart opens a new editor on what the store would give back of c: its
// JSON, as after kofa was killed and started again.
func restart(t *testing.T, c *conference.Conference) (*tuitest.Editor, *notes) {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back conference.Conference
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	clk := tuitest.NewClock(time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC))
	e := tuitest.NewEditor(t, clk, tuitest.PhaseContext(&back, i18n.EN, clk.Now), newNotes, 60, 20)
	return e, e.Ed.(*notes)
}

func TestANewEntryIsADraftThatSurvivesARestartWithItsCursor(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Home vist")
	e.Key("left") // the cursor before the "t": a letter was forgotten
	d, ok := n.ctx.Draft("notes/new")
	if !ok || d.Texts[0] != "Home vist" || !d.Open || d.Cursor != 8 {
		t.Fatalf("stored draft %+v (%v), want the text, the form open and the cursor at 8", d, ok)
	}
	if len(e.Paths()) != 0 {
		t.Errorf("a draft recorded audited changes %v", e.Paths())
	}
	if e.Drafts == 0 {
		t.Error("the draft was not recorded for saving")
	}

	e2, n2 := restart(t, n.ctx.Conf)
	if !n2.list.Typing() || n2.f.text.Value() != "Home vist" {
		t.Fatalf("after a restart the form is open %v with %q, want it open with the draft", n2.list.Typing(), n2.f.text.Value())
	}
	e2.Type("i")
	if got := n2.f.text.Value(); got != "Home visit" {
		t.Errorf("typing after the restart gave %q, want the cursor where it stood (Home visit)", got)
	}
	e2.Key("ctrl+s")
	if len(n2.items) != 1 || n2.items[0].Text != "Home visit" {
		t.Fatalf("items %+v, want the draft submitted", n2.items)
	}
	if _, ok := n2.ctx.Draft("notes/new"); ok {
		t.Error("the submitted entry is still stored as a draft")
	}
}

func TestADraftLeftWithEscComesBackWithN(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Call the school")
	e.Key("esc")
	if d, ok := n.ctx.Draft("notes/new"); !ok || d.Open {
		t.Fatalf("draft %+v (%v) after esc, want it kept, the form closed", d, ok)
	}
	e2, n2 := restart(t, n.ctx.Conf)
	if n2.list.Typing() {
		t.Fatal("a draft left with esc opened its form after the restart")
	}
	e2.Key("n")
	if got := n2.f.text.Value(); got != "Call the school" {
		t.Errorf("n after the restart shows %q, want the draft", got)
	}
}

func TestLeavingThePhaseKeepsADraftADraft(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Half a senten")
	e.Drv.Send(phase.LeaveMsg{})
	if len(n.items) != 0 {
		t.Fatalf("leaving submitted the draft: %+v", n.items)
	}
	if d, ok := n.ctx.Draft("notes/new"); !ok || d.Texts[0] != "Half a senten" {
		t.Errorf("draft %+v (%v) after leaving, want it kept", d, ok)
	}
}
