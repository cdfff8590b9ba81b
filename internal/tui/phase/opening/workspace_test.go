package opening_test

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// runCmd lets the driver run a command the test got from the workspace.
type runCmd struct{ cmd tea.Cmd }

// inWorkspace opens the real workspace on a running conference in the
// opening, with no one on the list yet: the quick-add form is open.
func inWorkspace(t *testing.T) (*workspace.Model, *tuitest.Driver, *tuitest.Repo, *conference.Conference) {
	t.Helper()
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	c := conference.New("k1", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Start(start)
	repo := tuitest.NewRepo()
	repo.Put(c)
	clk := tuitest.NewClock(start)
	st := theme.Default(false).Styles(true)
	ws := workspace.New(workspace.Config{
		Conf: c, Store: repo, Cat: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: &st,
		Clock:   clk.Clock(),
		Editors: map[conference.PhaseID]phase.Factory{conference.PhaseOpening: opening.New},
	})
	d := tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		if r, ok := msg.(runCmd); ok {
			return r.cmd
		}
		return ws.Update(msg)
	})
	d.Send(runCmd{ws.SetLayout(layout.Compute(100, 30))})
	d.Send(runCmd{ws.Init()})
	if !ws.Typing() {
		t.Fatal("the empty opening does not start in the quick-add form")
	}
	return ws, d, repo, c
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

// Regression: F4 with a name typed but not added lost the person.
func TestNextPhaseKeepsTheParticipantBeingTyped(t *testing.T) {
	ws, d, repo, c := inWorkspace(t)
	d.Type("Petra Albers")
	d.Key("f4")
	if c.CurrentPhase != conference.PhasePresentation {
		t.Fatalf("F4 led to %q", c.CurrentPhase)
	}
	if got := storedNames(t, repo, c.ID); len(got) != 1 || got[0] != "Petra Albers" {
		t.Errorf("stored participants %q after F4, want Petra Albers", got)
	}
	if ws.SaveBusy() {
		t.Error("a save is still in flight")
	}
}

// Regression: quitting with a name typed but not added lost the person.
func TestQuittingKeepsTheParticipantBeingTyped(t *testing.T) {
	ws, d, repo, c := inWorkspace(t)
	d.Type("Aylin Demir")
	d.Send(runCmd{ws.Flush()}) // what quitting does
	if got := storedNames(t, repo, c.ID); len(got) != 1 || got[0] != "Aylin Demir" {
		t.Errorf("stored participants %q after quitting, want Aylin Demir", got)
	}
}
