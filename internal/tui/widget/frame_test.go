package widget

import (
	"slices"
	"testing"
)

func TestFitLinesGivesExactlyTheArea(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		w, h int
		want []string
	}{
		{[]string{"abcdef", "gh"}, 4, 3, []string{"abc…", "gh", ""}},
		{[]string{"a", "b", "c"}, 5, 2, []string{"a", "b"}},
		{[]string{"a"}, 5, 0, []string{}},
		{nil, 3, 2, []string{"", ""}},
	} {
		got := FitLines(slices.Clone(tc.in), tc.w, tc.h)
		if !slices.Equal(got, tc.want) {
			t.Errorf("FitLines(%q, %d, %d) = %q, want %q", tc.in, tc.w, tc.h, got, tc.want)
		}
	}
}
