package workspace

import (
	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/actions"
	"kofa/internal/tui/phase/agenda"
	"kofa/internal/tui/phase/assessment"
	"kofa/internal/tui/phase/closing"
	"kofa/internal/tui/phase/cooperation"
	"kofa/internal/tui/phase/handover"
	"kofa/internal/tui/phase/opening"
	"kofa/internal/tui/phase/perspectives"
	"kofa/internal/tui/phase/prep"
	"kofa/internal/tui/phase/presentation"
	"kofa/internal/tui/phase/reports"
	"kofa/internal/tui/phase/review"
	"kofa/internal/tui/phase/safety"
	"kofa/internal/tui/phase/worries"
)

// defaultEditors registers the phase editors: one line per phase. Phases
// without an editor show a placeholder.
func defaultEditors() map[conference.PhaseID]phase.Factory {
	return map[conference.PhaseID]phase.Factory{
		conference.PhasePreparation:  prep.New,
		conference.PhaseOpening:      opening.New,
		conference.PhaseReview:       review.New,
		conference.PhasePresentation: presentation.New,
		conference.PhasePerspectives: perspectives.New,
		conference.PhaseWorries:      worries.New,
		conference.PhaseAssessment:   assessment.New,
		conference.PhaseSafety:       safety.New,
		conference.PhaseActions:      actions.New,
		conference.PhaseClosing:      closing.New,
		conference.PhaseReports:      reports.New,
		conference.PhaseAgenda:       agenda.New,
		conference.PhaseCooperation:  cooperation.New,
		conference.PhaseHandover:     handover.New,
		conference.PhaseFamily:       handover.NewFamily,
		conference.PhaseTakeover:     handover.NewTakeover,
		conference.PhaseProtection:   handover.NewProtection,
		conference.PhaseContacts:     handover.NewContacts,
		conference.PhaseConfirmation: handover.NewConfirmation,
	}
}
