package export

import (
	"testing"

	"kofa/internal/conference"
)

// TestFileNameCarriesNoLeftoversOfEscapeSequences: a case code from an
// archive written by something else may hold escape sequences; the file
// name keeps the case code's text and nothing of the sequences.
func TestFileNameCarriesNoLeftoversOfEscapeSequences(t *testing.T) {
	c := conference.New("k7m2qxa9", conference.KindCase, sampleDay)
	for code, want := range map[string]string{
		"K-1\x1b[31m7":      "2026-11-23_K-17.md",
		"K-1\u009b31m7":     "2026-11-23_K-17.md",
		"\x1b]0;Titel\aK-1": "2026-11-23_K-1.md",
		"\x1b]8;;https://x.example\x1b\\K-1\x1b]8;;\x1b\\": "2026-11-23_K-1.md",
		"K-1\u202e7": "2026-11-23_K-17.md",
		"K-1\n7":     "2026-11-23_K-1-7.md",
	} {
		c.CaseCode = code
		if got := FileName(c, VariantFull); got != want {
			t.Errorf("case code %q: file %q, want %q", code, got, want)
		}
	}
}
