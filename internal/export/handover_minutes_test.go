package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/i18n"
)

// TestHandoverMinutesGolden pins the minutes of the handover conference
// (what kofa export ID writes for it: its own phases, not a case
// conference's) in both languages, full and pseudonymised. The
// pseudonymised minutes name nobody: not the participants, and not the
// receiving professional or a contact, whom the scrubber does not know
// (a shared surname once made "Frank Brandt" read "Frank Polizei").
func TestHandoverMinutesGolden(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		for _, variant := range []string{VariantFull, VariantPseudonymised} {
			h, _ := handoverCase(t, string(lang))
			got := Markdown(h, Options{Lang: lang, Variant: variant, ExportedAt: exportedAt})
			name := "handover_minutes_" + string(lang) + ".md"
			if variant == VariantPseudonymised {
				name = "handover_minutes_pseudonymised_" + string(lang) + ".md"
				// The participants, and those the handover names beside
				// them: the receiving professional (who also confirmed the
				// receipt and takes the actions on) and the contacts with
				// how to reach them.
				secrets := []string{"Frank", "0123 456 78"}
				for _, p := range h.Participants {
					secrets = append(secrets, p.Name)
				}
				for _, s := range secrets {
					if s != "" && strings.Contains(string(got), s) {
						t.Errorf("%s names %q", name, s)
					}
				}
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, got, 0o600); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./internal/export -update creates it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
			}
		}
	}
}
