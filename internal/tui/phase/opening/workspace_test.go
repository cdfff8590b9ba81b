package opening_test

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
	"kofa/internal/tui/workspace/wstest"
)

// inWorkspace opens the real workspace on a running conference in the
// opening, with no one on the list yet, and leaves the question who
// facilitates for later: the quick-add form is open.
func inWorkspace(t *testing.T) (*workspace.Model, *tuitest.Driver, *tuitest.Repo, *conference.Conference) {
	t.Helper()
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	c := conference.New("k1", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Start(start)
	s := wstest.Open(t, c, nil, start, 100, 30, map[conference.PhaseID]phase.Factory{conference.PhaseOpening: opening.New})
	s.D.Key("ctrl+s")
	if !s.WS.Typing() {
		t.Fatal("the empty opening does not start in the quick-add form")
	}
	return s.WS, s.D, s.Repo, c
}

func storedNames(t *testing.T, repo *tuitest.Repo, id conference.ID) []string {
	t.Helper()
	saved, err := repo.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range saved.Participants {
		out = append(out, p.Name)
	}
	return out
}

// storedDraft is the first text of the stored draft of a new participant.
func storedDraft(t *testing.T, repo *tuitest.Repo, id conference.ID) string {
	t.Helper()
	saved, err := repo.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := saved.DraftOf("participants/new")
	if !ok || len(d.Texts) == 0 {
		return ""
	}
	return d.Texts[0]
}

// Regression: F4 with a name typed but not added lost the person. It is
// kept, as a draft: stored, and back in the form on return.
func TestNextPhaseKeepsTheParticipantBeingTyped(t *testing.T) {
	ws, d, repo, c := inWorkspace(t)
	d.Type("Petra Albers")
	d.Key("f4")
	if c.CurrentPhase != conference.PhasePresentation {
		t.Fatalf("F4 led to %q", c.CurrentPhase)
	}
	if got := storedDraft(t, repo, c.ID); got != "Petra Albers" {
		t.Errorf("stored draft %q after F4, want Petra Albers", got)
	}
	if got := storedNames(t, repo, c.ID); len(got) != 0 {
		t.Errorf("stored participants %q: a draft was submitted by leaving", got)
	}
	if ws.SaveBusy() {
		t.Error("a save is still in flight")
	}
}

// Regression: quitting with a name typed but not added lost the person.
// It is stored as a draft, not submitted.
func TestQuittingKeepsTheParticipantBeingTyped(t *testing.T) {
	ws, d, repo, c := inWorkspace(t)
	d.Type("Aylin Demir")
	d.Exec(ws.Flush()) // what quitting does
	if got := storedDraft(t, repo, c.ID); got != "Aylin Demir" {
		t.Errorf("stored draft %q after quitting, want Aylin Demir", got)
	}
}

// TestThePersonAtTheKeyboardIsRememberedPerStore: the minute-taker one
// conference chose is the default of the next one, through the store.
func TestThePersonAtTheKeyboardIsRememberedPerStore(t *testing.T) {
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	editors := map[conference.PhaseID]phase.Factory{conference.PhaseOpening: opening.New}
	repo := tuitest.NewRepo()
	first := conference.New("k1", conference.KindCase, start)
	first.Start(start)
	s := wstest.OpenIn(t, repo, first, nil, start, 100, 30, editors)
	s.D.Type("Aylin Demir") // facilitates, someone new
	s.D.Key("enter")
	s.D.Type("Aylin") // and takes the minutes
	s.D.Key("enter")
	if e, ok, _ := repo.KeyboardPerson(); !ok || e.Name != "Aylin Demir" {
		t.Fatalf("the store remembers %+v %v, want Aylin Demir at the keyboard", e, ok)
	}
	second := conference.New("k2", conference.KindCase, start.AddDate(0, 0, 7))
	second.Start(start.AddDate(0, 0, 7))
	wstest.OpenIn(t, repo, second, nil, start.AddDate(0, 0, 7), 100, 30, editors)
	if got := second.ParticipantsWithRole(conference.RoleMinuteTaker); len(got) != 1 || got[0].Name != "Aylin Demir" {
		t.Errorf("minute-taker of the next conference %+v, want Aylin Demir", got)
	}
}
