package widget

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

type memoKey struct {
	text  string
	width int
}

func TestMemoDrawsAgainOnlyWhenItsKeyChanges(t *testing.T) {
	var m Memo[memoKey, string]
	draws := 0
	draw := func(k memoKey) string { draws++; return Pad(k.text, k.width) }
	for _, step := range []struct {
		key   memoKey
		want  string
		draws int
	}{
		{memoKey{"a", 3}, "a  ", 1},
		{memoKey{"a", 3}, "a  ", 1}, // same inputs: kept
		{memoKey{"a", 2}, "a ", 2},  // resized
		{memoKey{"b", 2}, "b ", 3},  // edited
		{memoKey{"b", 2}, "b ", 3},
	} {
		if got := m.Get(step.key, draw); got != step.want || draws != step.draws {
			t.Errorf("Get(%+v) = %q after %d draws, want %q after %d", step.key, got, draws, step.want, step.draws)
		}
	}
}

func TestRowsKeepEachRowByItsOwnKey(t *testing.T) {
	var r Rows[memoKey, string]
	draws := 0
	draw := func(k memoKey) string { draws++; return k.text }
	for i := range 3 {
		r.Get(i, memoKey{strconv.Itoa(i), 1}, draw)
	}
	// The cursor moved from row 0 to row 1: only those two change.
	r.Get(0, memoKey{"0", 2}, draw)
	r.Get(1, memoKey{"1", 2}, draw)
	if got := r.Get(2, memoKey{"2", 1}, draw); got != "2" || draws != 5 {
		t.Errorf("row 2 = %q after %d draws, want %q after 5", got, draws, "2")
	}
	if got := r.Get(5, memoKey{"5", 1}, draw); got != "5" {
		t.Errorf("a row past the ones seen = %q, want 5", got)
	}
}

// keptAsDrawn fails when an input's kept view differs from the one it
// draws with nothing kept.
func keptAsDrawn(t *testing.T, step string, kept string, fresh func() string) {
	t.Helper()
	if want := fresh(); kept != want {
		t.Errorf("%s: kept %q, drawn afresh %q", step, ansi.Strip(kept), ansi.Strip(want))
	}
}

// TestFieldAndTextAreaDrawAgainAfterEveryChange: fields and text areas
// keep their view until something it shows changes; a form draws every
// field for every key, and only the one typed into changes.
func TestFieldAndTextAreaDrawAgainAfterEveryChange(t *testing.T) {
	tr, st := kit(i18n.DE)
	f := NewField(tr, st, "Quelle")
	a := NewTextArea(tr, st, "Plan")
	width := 12
	check := func(step string) {
		t.Helper()
		keptAsDrawn(t, step+" (field)", f.View(width), func() string { f.view = Memo[inputView, string]{}; return f.View(width) })
		keptAsDrawn(t, step+" (area)", a.View(width), func() string { a.view = Memo[inputView, string]{}; return a.View(width) })
	}
	check("empty")
	f.SetPlaceholder("z. B. Kita-Dokumentation")
	a.SetPlaceholder("Wer ruft wen an, wenn …")
	check("hint")
	f.Focus()
	a.Focus()
	check("focused")
	typeInto(f, "Hausbesuch am Montag")
	typeInto(a, "Anruf beim ASD")
	check("typed past the width")
	for _, k := range []tea.KeyPressMsg{{Code: tea.KeyLeft}, {Code: tea.KeyHome}} {
		f.Update(k)
		a.Update(k)
		check("cursor moved")
	}
	f.Blur()
	a.Blur()
	check("left")
	f.SetError("zu lang")
	a.SetError("zu lang")
	check("error")
	f.SetValue("Kita")
	a.SetValue("Kita\nHort")
	check("set")
	a.SetRows(2)
	check("rows")
	width = 20
	check("resized")
	*st = theme.Default(false).Styles(false)
	check("styles rebuilt")
}

// TestListLinesAreTheViewSplit: Lines gives what splitting View gives, for
// an empty list, a list that does not fill its height, rows holding a
// line break, and no room at all.
func TestListLinesAreTheViewSplit(t *testing.T) {
	rows := []string{"eins", "zwei\ndrei", "vier"}
	row := func(i int, selected bool, width int) string {
		if selected {
			return "> " + rows[i]
		}
		return rows[i]
	}
	for _, n := range []int{0, 1, 3} {
		for _, size := range [][2]int{{10, 5}, {10, 2}, {0, 3}, {10, 0}} {
			l := NewList(DefaultListKeyMap(""))
			l.SetLen(n)
			l.SetCursor(1)
			want := strings.Split(l.View(size[0], size[1], row), "\n")
			if got := l.Lines(size[0], size[1], row); !slices.Equal(got, want) {
				t.Errorf("%d rows at %v: Lines %q, View split %q", n, size, got, want)
			}
		}
	}
}
