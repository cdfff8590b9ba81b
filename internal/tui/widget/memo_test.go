package widget

import (
	"strconv"
	"testing"
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
