package export

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A pseudonymised date is a distance that brings its own words, so no
// preposition of an exact date may stand before it: "vereinbart am 6 Wochen
// vor der Konferenz" and "on 3 days after the conference" are what a
// template with "am %s" made of it. The golden files are the minutes as
// exported (their own tests compare them), so checking every pseudonymised
// one covers every kind of conference and document.
func TestPseudonymisedDatesTakeNoPrepositionOfAnExactDate(t *testing.T) {
	t.Parallel()
	stray := regexp.MustCompile(`\b(am|vom|on|of)\s+(\d+ \pL+ (vor|nach) der Konferenz|\d+ \pL+ (before|after) the conference|am Tag der Konferenz|on the day of the conference)`)
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		if !strings.Contains(filepath.Base(f), "pseudonymised") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for i, line := range strings.Split(string(data), "\n") {
			if m := stray.FindString(line); m != "" {
				t.Errorf("%s:%d: %q in %q", f, i+1, m, line)
			}
		}
	}
	if checked < 6 {
		t.Fatalf("only %d pseudonymised golden files found", checked)
	}
}
