package workspace

import (
	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/phase/prep"
)

// defaultEditors registers the phase editors: one line per phase. Phases
// without an editor show a placeholder.
func defaultEditors() map[conference.PhaseID]phase.Factory {
	return map[conference.PhaseID]phase.Factory{
		conference.PhasePreparation: prep.New,
		conference.PhaseOpening:     opening.New,
	}
}
