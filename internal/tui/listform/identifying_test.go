package listform

import (
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// markedNotes is a list without a form whose entries can be marked
// identifying, as a contribution or a chronology entry can.
type markedNotes struct {
	items  []note
	marked map[string]bool
	list   *List[note]
}

func newMarkedNotes(ctx *phase.Context) phase.Editor {
	n := &markedNotes{items: []note{{ID: "n1", Text: "Hausbesuch"}, {ID: "n2", Text: "Schule am Markt"}}, marked: map[string]bool{}}
	n.list = New(ctx, Config[note]{
		Path:        "notes",
		Items:       func() []note { return n.items },
		ID:          func(x note) string { return x.ID },
		Row:         func(i int, x note, selected bool, w int) string { return x.Text },
		Identifying: func(x note) bool { return n.marked[x.ID] },
		SetIdentifying: func(id string, on bool) bool {
			if n.marked[id] == on {
				return false
			}
			n.marked[id] = on
			return true
		},
	})
	return n
}

func (n *markedNotes) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	_, cmd := n.list.Update(msg)
	return n, cmd
}
func (n *markedNotes) View(w, h int) string { return n.list.View(w, h) }
func (n *markedNotes) KeyMap() help.KeyMap {
	return Help{Short: n.list.ShortHelp(), Full: n.list.FullHelp()}
}
func (n *markedNotes) Typing() bool { return n.list.Typing() }

// TestEntriesAreMarkedIdentifyingWithOneKey: i marks the selected entry
// (recorded at once, a sign in front of its row, a line saying what it
// means), i again takes the mark back; F1 names the key. Lists whose
// entries have no mark do not offer it.
func TestEntriesAreMarkedIdentifyingWithOneKey(t *testing.T) {
	t.Parallel()
	clk := tuitest.NewClock(time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))
	e := tuitest.NewEditor(t, clk, tuitest.PhaseContext(&conference.Conference{}, i18n.DE, clk.Now), newMarkedNotes, 80, 20)
	n := e.Ed.(*markedNotes)
	e.Key("down", "i")
	if !n.marked["n2"] || n.marked["n1"] {
		t.Fatalf("marked %v, want the selected entry only", n.marked)
	}
	if !e.HasChange("update notes/n2/identifying") || !e.Changes[0].Immediate {
		t.Errorf("changes %v, want the mark recorded at once", e.Paths())
	}
	if row := e.Line("Schule am Markt"); !strings.HasPrefix(strings.TrimSpace(row), "⊘") {
		t.Errorf("row %q lacks the mark", row)
	}
	if row := e.Line("Hausbesuch"); strings.Contains(row, "⊘") {
		t.Errorf("row %q is marked", row)
	}
	e.MustShow("im pseudonymisierten Protokoll ausgelassen")
	found := false
	for _, group := range e.Ed.KeyMap().FullHelp() {
		for _, b := range group {
			if b.Enabled() && b.Help().Key == "i" && b.Help().Desc == "identifizierend" {
				found = true
			}
		}
	}
	if !found {
		t.Error("F1 does not name i")
	}
	e.Key("i")
	if n.marked["n2"] {
		t.Error("i again did not take the mark back")
	}
	e.MustShow("Nicht mehr als identifizierend vermerkt")

	// A list without marks offers no i.
	plain, _ := open(t)
	plain.Key("n")
	plain.Type("x")
	plain.Key("enter", "enter", "enter", "esc")
	if km := plain.Ed.(*notes).list.KeyMap(); km.Identifying.Enabled() {
		t.Error("a list whose entries have no mark offers i")
	}
}
