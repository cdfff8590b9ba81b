package tracker

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// TestColumnsLineUpWithCombiningMarksEmojiAndCJK: actions and owners
// written with a combining mark that has no precomposed form ("q̇"),
// umlauts, emoji and CJK still put every column at the same screen
// column, and no row is wider than the screen.
func TestColumnsLineUpWithCombiningMarksEmojiAndCJK(t *testing.T) {
	const qDot = "q\u0307"
	repo := tuitest.NewRepo()
	c := conference.New("confw000", conference.KindCase, t0.AddDate(0, 0, -7))
	c.CaseCode = "K-" + qDot + "-日本"
	rows := []struct{ what, owner string }{
		{qDot + "uelle prüfen " + qDot + qDot + qDot, "Owner-" + qDot + qDot + " Müller"},
		{"日本語の書類を翻訳する", "Owner-日本 Tanaka"},
		{"👩‍👩‍👧 Familiengespräch mit Übersetzung", "Owner-👩‍👩‍👧 Demir"},
		{"Hausbesuch", "Owner-plain Weber"},
		{"Äußerung " + qDot + " des Kindes dokumentieren, sehr ausführlich und lang genug zum Kürzen", "Owner-ä" + qDot + "ö Schäfer"},
	}
	for i, r := range rows {
		id := c.AddParticipant(conference.Participant{Name: r.owner, Institution: "Kita " + qDot}).ID
		c.AddAction(conference.Action{What: r.what, OwnerID: id, Due: day(11, 20+i)})
	}
	repo.Put(c)
	for _, w := range []int{80, 100, 120, 160, 300} {
		st := theme.Default(false).Styles(true)
		clk := tuitest.NewClock(t0)
		m := New(Config{Repo: repo, Msgs: i18n.New(i18n.DE), Styles: &st, Clock: clk.Clock()})
		m.SetLayout(layout.Compute(w, 30))
		tuitest.NewDriver(t, clk, m.Update).Exec(m.Init())
		view := m.View()
		ownerCol, dueCol := -1, -1
		found := 0
		for _, line := range strings.Split(view, "\n") {
			if ansi.StringWidth(line) > w {
				t.Fatalf("width %d: line is %d wide: %q", w, ansi.StringWidth(line), ansi.Strip(line))
			}
			plain := ansi.Strip(line)
			i := strings.Index(plain, "Owner-")
			if i < 0 || !strings.Contains(plain, "fällig") {
				continue // not an action row (the selected action's details)
			}
			found++
			if col := ansi.StringWidth(plain[:i]); ownerCol < 0 {
				ownerCol = col
			} else if col != ownerCol {
				t.Errorf("width %d: owner at column %d, want %d:\n%s", w, col, ownerCol, ansi.Strip(view))
			}
			j := strings.Index(plain, "2026")
			if col := ansi.StringWidth(plain[:j]); dueCol < 0 {
				dueCol = col
			} else if col != dueCol {
				t.Errorf("width %d: due date at column %d, want %d", w, col, dueCol)
			}
		}
		if found != len(rows) {
			t.Errorf("width %d: %d action rows with their owner, want %d:\n%s", w, found, len(rows), ansi.Strip(view))
		}
	}
}
