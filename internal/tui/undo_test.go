package tui

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// recordState is what the undo test looks at: the participants, the facts
// and the chronology.
type recordState struct {
	people, chronology int
	facts              string
}

func stateOf(c *conference.Conference) recordState {
	return recordState{people: len(c.Participants), chronology: len(c.Chronology), facts: c.Facts}
}

// Undo instead of questions: a removal, an edit and an addition in two
// phases are undone one by one with ctrl+z and made again with ctrl+y;
// each is saved and audited like an edit, and what was undone stays undone
// after a restart (the history itself does not survive it).
func TestUndoAndRedoAcrossTwoPhasesAndARestart(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhaseOpening), i18n.DE)
	start := stateOf(h.app.Conference())

	// Phase 1: remove a participant, with no question.
	h.Key("down")
	h.Key("d")
	h.contains(t, "„Dr. Jonas Weber“ entfernt · ctrl+z macht rückgängig")
	removed := stateOf(h.app.Conference())
	if removed.people != start.people-1 {
		t.Fatalf("%d participants after d, want %d", removed.people, start.people-1)
	}

	// Phase 2: type the facts (one change, however many keys), then add a
	// chronology entry.
	h.Key("f4")
	h.Type("Kita meldet blaue Flecken.")
	h.Key("tab") // on to the chronology
	edited := stateOf(h.app.Conference())
	if edited.facts != "Kita meldet blaue Flecken." {
		t.Fatalf("facts %q after typing", edited.facts)
	}
	h.Key("n")
	h.Type("10.11.2026")
	h.Key("tab")
	h.Type("Meldung der Kita")
	h.Key("ctrl+s")
	h.Key("esc")
	added := stateOf(h.app.Conference())
	if added.chronology != 1 {
		t.Fatalf("%d chronology entries after adding, want 1", added.chronology)
	}

	// Undo all three, newest first, then redo them.
	for i, want := range []recordState{edited, removed, start} {
		h.Key("ctrl+z")
		if got := stateOf(h.app.Conference()); got != want {
			t.Fatalf("after undo %d: %+v, want %+v", i+1, got, want)
		}
	}
	h.contains(t, "rückgängig gemacht")
	h.Key("ctrl+z")
	h.contains(t, "Nichts rückgängig zu machen.")
	for i, want := range []recordState{removed, edited, added} {
		h.Key("ctrl+y")
		if got := stateOf(h.app.Conference()); got != want {
			t.Fatalf("after redo %d: %+v, want %+v", i+1, got, want)
		}
	}
	if got := stateOf(h.stored(t)); got != added {
		t.Errorf("stored %+v after the redos, want %+v", got, added)
	}

	// Undo all again and restart: the undone state is what was saved.
	for range 3 {
		h.Key("ctrl+z")
	}
	h.Advance(saver.Debounce)
	if got := stateOf(h.stored(t)); got != start {
		t.Fatalf("stored %+v after undoing all, want %+v", got, start)
	}
	var undos int
	for _, a := range repo.Audit(h.app.Conference().ID) {
		if a.Op == conference.OpUndo {
			undos++
		}
	}
	if undos < 6 {
		t.Errorf("%d undo entries in the audit log, want one per change undone (6)", undos)
	}
	again := reopen(t, repo)
	if got := stateOf(again.app.Conference()); got != start {
		t.Errorf("after a restart %+v, want the undone state %+v", got, start)
	}
	again.Key("ctrl+y")
	again.contains(t, "Nichts wiederherzustellen.")
	if got := stateOf(again.app.Conference()); got != start {
		t.Errorf("ctrl+y after a restart changed the conference: %+v", got)
	}
}

// Typing into one field is one change: a single ctrl+z takes back the whole
// text; the course of the meeting (the phase, the clock) stays.
func TestUndoTakesBackATypedTextAsOneChange(t *testing.T) {
	t.Parallel()
	h := openRunning(t, tuitest.NewRepo(), running(conference.PhasePresentation), i18n.DE)
	h.Type("Erster Satz. Zweiter Satz.")
	h.Key("ctrl+z")
	c := h.app.Conference()
	if c.Facts != "" {
		t.Errorf("facts %q after one undo, want the text gone", c.Facts)
	}
	if c.CurrentPhase != conference.PhasePresentation || c.Elapsed == 0 {
		t.Errorf("phase %q, elapsed %v: the undo changed the course of the meeting", c.CurrentPhase, c.Elapsed)
	}
	if strings.Contains(h.screen(), "Erster Satz") {
		t.Errorf("the facts still show the text undone:\n%s", h.screen())
	}
}

// At least the last 50 changes can be undone.
func TestFiftyChangesCanBeUndone(t *testing.T) {
	t.Parallel()
	h := openRunning(t, tuitest.NewRepo(), running(conference.PhaseWorries), i18n.DE)
	for i := range 55 {
		h.Key("f6")
		h.Type("Thema " + string(rune('A'+i%26)))
		h.Key("ctrl+s")
	}
	if n := len(h.app.Conference().Parked); n != 55 {
		t.Fatalf("%d parked topics, want 55", n)
	}
	for range 50 {
		h.Key("ctrl+z")
	}
	if n := len(h.app.Conference().Parked); n != 5 {
		t.Errorf("%d parked topics after 50 undos, want 5", n)
	}
}

// Undo and redo in every phase, with whatever the keys did there, leave
// every editor drawing from the restored conference without a crash.
func TestUndoInEveryPhaseDrawsTheRestoredConference(t *testing.T) {
	t.Parallel()
	for _, id := range conference.KindCase.Phases() {
		if c := running(id); id == conference.PhasePreparation || !c.PhaseApplies(id) {
			continue
		}
		t.Run(string(id), func(t *testing.T) {
			t.Parallel()
			h := openRunning(t, tuitest.NewRepo(), running(id), i18n.DE)
			for _, k := range []string{"n", "x", "y", "z", "tab", "1", "enter", "ctrl+s", "down", "d", "a", "b", "ctrl+s", "y", "d", "ctrl+s"} {
				if len(k) == 1 {
					h.Type(k)
				} else {
					h.Key(k)
				}
			}
			h.Advance(saver.Debounce)
			if h.app.Conference() == nil {
				t.Fatal("the keys closed the conference")
			}
			for _, k := range []string{"ctrl+z", "ctrl+z", "ctrl+z", "ctrl+y", "ctrl+z", "ctrl+z", "ctrl+z", "ctrl+z", "ctrl+y", "ctrl+y"} {
				h.Key(k)
				checkWidth(t, h.app.View().Content, 120, 40)
				if h.app.crash != nil {
					t.Fatalf("%s crashed: %v", k, h.app.crash)
				}
			}
			if got := h.app.Conference().CurrentPhase; got != id {
				t.Errorf("the undos left the phase for %q", got)
			}
		})
	}
}
