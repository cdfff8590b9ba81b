package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/preview"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// Regression: messages went to whichever screen was on top, so the home
// list read while the tracker opened was dropped (the tracker did not
// know it). A result goes to the screen that asked for it.
func TestTheHomeListReadWhileTheTrackerOpensReachesHome(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	late := conference.New("late0001", conference.KindCase, start)
	late.CaseCode = "K-2026-999"
	repo.Put(late)
	inFlight := h.app.reloadHome() // asked for, not read yet
	h.Key("a")                     // the tracker opens over home meanwhile
	if h.app.actionTracker() == nil {
		t.Fatal("a did not open the tracker")
	}
	h.Exec(inFlight)
	if !strings.Contains(ansi.Strip(h.app.home.View()), "K-2026-999") {
		t.Errorf("the list read while the tracker opened did not reach home:\n%s", ansi.Strip(h.app.home.View()))
	}
	if h.app.top().s != (trackerScreen{h.app.actionTracker()}) {
		t.Error("the tracker is no longer on top")
	}
}

// The workspace's own messages reach it under the export preview: typing
// is saved while the minutes show.
func TestTheWorkspaceSavesUnderThePreview(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	h := openRunning(t, repo, running(conference.PhasePerspectives), i18n.DE)
	h.Type("Mia kam ohne Jacke")
	h.Send(preview.OpenMsg{ID: h.app.Conference().ID})
	if h.app.preview() == nil {
		t.Fatal("the preview did not open")
	}
	h.Advance(saver.Debounce)
	if h.app.SaveState() != saver.Saved {
		t.Errorf("state %v under the preview, want saved", h.app.SaveState())
	}
	if d, ok := h.stored(t).DraftOf("contributions/new"); !ok || d.Texts[0] != "Mia kam ohne Jacke" {
		t.Errorf("stored draft %+v (%v), want what was typed before the preview opened", d, ok)
	}
	h.Advance(workspace.TimerSaveEvery + time.Second) // the clock goes on under the preview
	if h.app.Conference().Elapsed == 0 {
		t.Error("the workspace's clock stood still under the preview")
	}
}

// Closing a screen shows the one under it: a conference opened from the
// tracker goes back to the tracker, the tracker to home.
func TestClosingAScreenShowsTheOneUnderIt(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	previous(repo)
	h := newHarness(t, repo, i18n.DE, 120, 30)
	h.Key("a")
	h.Key("enter")
	if n := len(h.app.stack); n != 3 || h.app.top().s != h.app.workspace() {
		t.Fatalf("stack of %d, top %T: want home, tracker, workspace", n, h.app.top().s)
	}
	h.Send(workspace.CloseMsg{})
	if n := len(h.app.stack); n != 2 || h.app.actionTracker() == nil {
		t.Fatalf("stack of %d after the conference closed, want home and the tracker", n)
	}
}

// The workspace's dialogs stack: a topic is parked from the attendance
// list (F6 works everywhere), and the list shows again afterwards.
func TestDialogsStack(t *testing.T) {
	t.Parallel()
	h := openRunning(t, tuitest.NewRepo(), running(conference.PhaseWorries), i18n.DE)
	h.Key("f2")
	h.contains(t, "Anwesenheit – wer kommt dazu")
	h.Key("f6")
	h.contains(t, "Thema parken")
	h.Type("Schulwechsel")
	h.Key("ctrl+s")
	if c := h.app.Conference(); len(c.Parked) != 1 || c.Parked[0].Text != "Schulwechsel" {
		t.Fatalf("parked %+v, want the topic parked over the attendance list", c.Parked)
	}
	h.contains(t, "Anwesenheit – wer kommt dazu")
	h.Key("esc")
	if strings.Contains(h.screen(), "Anwesenheit – wer kommt dazu") {
		t.Errorf("esc did not close the attendance list:\n%s", h.screen())
	}
}
