package sanitize

import (
	"strings"
	"testing"
)

func TestLimit(t *testing.T) {
	family := "👨\u200D👩\u200D👧"
	tests := []struct {
		name    string
		in      string
		max     int
		want    string
		wantCut bool
	}{
		{"fits", "Müller", 7, "Müller", false},
		{"ASCII", "abcdef", 3, "abc", true},
		{"not inside an umlaut", "Müller", 2, "M", true},
		{"not between letter and combining mark", "cafe\u0301", 5, "caf", true},
		{"not inside a ZWJ sequence", "a" + family, 10, "a", true},
		{"not inside a skin-tone emoji", "a👍🏽", 6, "a", true},
		{"flags stay pairs", "🇩🇪🇫🇷", 12, "🇩🇪", true},
		{"first cluster too long falls back to a rune", family, 5, "👨", true},
		{"zero", "abc", 0, "", true},
		{"negative", "abc", -1, "", true},
		{"empty with negative max is not cut", "", -4, "", false},
		{"rune longer than max", "€", 2, "", true},
		{"invalid UTF-8 is cut by bytes", "\x80\x80\x80\x80\x80\x80", 5, "\x80\x80\x80\x80\x80", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Limit(tt.in, tt.max)
			if got != tt.want || cut != tt.wantCut {
				t.Errorf("Limit(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.wantCut)
			}
		})
	}
}

func TestCleanLimitsAfterCleaning(t *testing.T) {
	in := "\x1b[31m" + strings.Repeat("a", MaxLine) + "\x1b[0m"
	got, cut := Clean(in, MaxLine)
	if got != strings.Repeat("a", MaxLine) || cut {
		t.Errorf("Clean = %q (len %d), cut %v; want %d a's, not cut", got, len(got), cut, MaxLine)
	}
	got, cut = Clean(strings.Repeat("ä", MaxText), MaxText)
	if len(got) != MaxText || !cut {
		t.Errorf("Clean of a long text = len %d, cut %v; want len %d, cut", len(got), cut, MaxText)
	}
}
