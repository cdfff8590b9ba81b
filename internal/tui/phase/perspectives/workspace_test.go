package perspectives_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/perspectives"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// TestInWorkspaceTimerAndSave runs the editor in the real workspace: the
// workspace's one-second tick books the speaker's time, the timer on
// screen grows, and a contribution reaches the store.
func TestInWorkspaceTimerAndSave(t *testing.T) {
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	c := conference.New("k1", conference.KindCase, start)
	c.CaseCode = "K-2026-117"
	c.Status = conference.StatusRunning
	c.CurrentPhase = conference.PhasePerspectives
	c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "ASD", Attendance: conference.AttendancePresent})
	c.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita", Attendance: conference.AttendancePresent})
	repo := tuitest.NewRepo()
	repo.Put(c)
	clk := tuitest.NewClock(start)
	st := theme.Default(false).Styles(true)
	ws := workspace.New(workspace.Config{
		Conf: c, Store: repo, Cat: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: &st,
		Clock:   clk.Clock(),
		Editors: map[conference.PhaseID]phase.Factory{conference.PhasePerspectives: perspectives.New},
	})
	// runCmd lets the driver run a command the test got from the workspace.
	type runCmd struct{ cmd tea.Cmd }
	d := tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		if r, ok := msg.(runCmd); ok {
			return r.cmd
		}
		return ws.Update(msg)
	})
	d.Send(runCmd{ws.SetLayout(layout.Compute(100, 30))})
	d.Send(runCmd{ws.Init()})
	row := func(name string) string {
		for _, l := range strings.Split(ansi.Strip(ws.View()), "\n") {
			if strings.Contains(l, "▸ "+name) {
				return l
			}
		}
		return ""
	}
	d.Advance(5 * time.Second)
	if !strings.Contains(row("Petra Albers"), "00:05") {
		t.Errorf("after 5 s: %q", row("Petra Albers"))
	}
	d.Advance(60 * time.Second)
	if !strings.Contains(row("Petra Albers"), "01:05") {
		t.Errorf("after 65 s: %q", row("Petra Albers"))
	}
	d.Type("Familie ist bekannt")
	d.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	d.Key("ctrl+n")
	d.Advance(time.Second) // past the debounce
	saved, err := repo.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Contributions) != 1 || saved.Contributions[0].SpeakerID != "p1" || saved.Speaking.Speaker() != "p2" {
		t.Errorf("stored: contributions %+v, speaker %q", saved.Contributions, saved.Speaking.Speaker())
	}
}
