package phase

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestEveryPhaseOfEveryKindHasAName: the sidebar, the header and the
// help name each phase of a case conference, a network meeting and a
// handover, in both languages (a missing name shows as an empty or
// marked key).
func TestEveryPhaseOfEveryKindHasAName(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs() {
		tr := i18n.New(lang)
		for _, kind := range []conference.Kind{conference.KindCase, conference.KindNetwork, conference.KindHandover} {
			for _, id := range kind.Phases() {
				name := Name(tr, id)
				if name == "" || strings.Contains(name, "!") || strings.Contains(name, ".phase.") {
					t.Errorf("%s, %s: phase %s is named %q", lang, kind, id, name)
				}
			}
		}
	}
}
