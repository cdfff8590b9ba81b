package export

import (
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// The escaping and the checks around it have fast paths (a byte table, a
// text returned as it is when it needs no escape, present without
// escaping). These tests hold them to the plain definitions they replace,
// so the minutes stay byte for byte what they were.

// escapeLineByDefinition is escapeLine as first written: every byte
// looked up in the character sets.
func escapeLineByDefinition(line string) string {
	var b strings.Builder
	marker := listMarkerEndByDefinition(line)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case strings.IndexByte(alwaysEscaped, c) >= 0,
			i == 0 && strings.IndexByte(lineStartEscaped, c) >= 0,
			i == marker,
			c == ':' && strings.HasPrefix(line[i:], "://"),
			c == '.' && isWWW(line, i):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// listMarkerEndByDefinition is listMarkerEnd searching the whole line for
// the end of the marker.
func listMarkerEndByDefinition(line string) int {
	if len(line) >= 6 && strings.EqualFold(line[:6], "table:") {
		return 5
	}
	if strings.HasPrefix(line, "(") {
		if end := strings.IndexByte(line, ')'); end > 1 && (isListMarker(line[1:end]) || line[1] == '@') {
			return 0
		}
		return -1
	}
	end := strings.IndexAny(line, ".)")
	if end <= 0 || !isListMarker(line[:end]) {
		return -1
	}
	if end+1 < len(line) && line[end+1] != ' ' {
		return -1
	}
	return end
}

// inlineByDefinition is Inline as first written: every line escaped, then
// joined.
func inlineByDefinition(s string) string {
	var out []string
	for line := range strings.SplitSeq(sanitize.Text(s), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, escapeLineByDefinition(line))
		}
	}
	return strings.Join(out, " / ")
}

// fastPathSeeds are texts near the edges of the fast paths.
var fastPathSeeds = []string{
	"", " ", "\n", " \n ", "\t", "\x1b[31m", "\x1b[31m\n", "a", " a", "\na", "\x1bx",
	"1.", "1", "12", "1.x", "1) x", "ab. c", "abc", "a.b", "(1)", "(@", "(a) b", ")", ".",
	"www.example.org", "xwww.y", "http://x", ":", "://", "Table:", "table: x", "-", "- x",
	"\u00a0", "\u200b", "\u200bx", "\u2028", "e\u0301", "ä", "ÿ.", "Zeile\\\nZeile",
}

func FuzzEscapingMatchesItsDefinition(f *testing.F) {
	for _, s := range append(slices.Clone(hostile), fastPathSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := inlineByDefinition(s)
		if got := Inline(s); got != want {
			t.Fatalf("Inline(%q) = %q, by definition %q", s, got, want)
		}
		if got := present(s); got != (want != "") {
			t.Fatalf("present(%q) = %v, but Inline gives %q", s, got, want)
		}
		line := strings.TrimSpace(s)
		if line == "" {
			return
		}
		if got, want := listMarkerEnd(line), listMarkerEndByDefinition(line); got != want {
			t.Fatalf("listMarkerEnd(%q) = %d, by definition %d", line, got, want)
		}
		if got, want := escapeLine(line), escapeLineByDefinition(line); got != want {
			t.Fatalf("escapeLine(%q) = %q, by definition %q", line, got, want)
		}
	})
}

func TestEscapingMatchesItsDefinition(t *testing.T) {
	for _, s := range append(slices.Clone(hostile), fastPathSeeds...) {
		if got, want := Inline(s), inlineByDefinition(s); got != want {
			t.Errorf("Inline(%q) = %q, by definition %q", s, got, want)
		}
		if got, want := present(s), inlineByDefinition(s) != ""; got != want {
			t.Errorf("present(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSpeakersGroupsLikeContributionsBy: the perspectives list each
// speaker once, in the order of the participant list and then of first
// contribution, with "" last, each with the contributions
// ContributionsBy gives, also when IDs repeat or a participant has no ID.
func TestSpeakersGroupsLikeContributionsBy(t *testing.T) {
	c := &conference.Conference{
		Participants: []conference.Participant{{ID: "a"}, {ID: ""}, {ID: "a"}, {ID: "c"}, {ID: "d"}},
	}
	for i, sp := range []string{"x", "", "a", "x", "c", "", "a", "y"} {
		c.Contributions = append(c.Contributions, conference.Contribution{ID: string(rune('0' + i)), SpeakerID: sp})
	}
	order, bySpeaker := speakers(c)
	if want := []string{"a", "", "c", "x", "y"}; !slices.Equal(order, want) {
		t.Fatalf("speakers = %q, want %q", order, want)
	}
	for _, id := range order {
		var got []conference.Contribution
		for _, i := range bySpeaker[id] {
			got = append(got, c.Contributions[i])
		}
		if want := c.ContributionsBy(id); !slices.Equal(got, want) {
			t.Errorf("contributions of %q = %v, want %v", id, got, want)
		}
	}
}
