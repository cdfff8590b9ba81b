package workspace

import (
	"testing"

	"kofa/internal/conference"
)

// TestEveryPhaseOfEveryKindHasAnEditor: no phase of a case conference, a
// network meeting or a handover falls back to the placeholder.
func TestEveryPhaseOfEveryKindHasAnEditor(t *testing.T) {
	t.Parallel()
	editors := defaultEditors()
	for _, kind := range []conference.Kind{conference.KindCase, conference.KindNetwork, conference.KindHandover} {
		for _, id := range kind.Phases() {
			if editors[id] == nil {
				t.Errorf("%s: phase %s has no editor", kind, id)
			}
		}
	}
}
