package phase

import (
	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// nameKeys are the message keys of the phases' names.
var nameKeys = map[conference.PhaseID]string{
	conference.PhasePreparation:  "tui.phase.preparation",
	conference.PhaseOpening:      "tui.phase.opening",
	conference.PhaseReview:       "review.phase",
	conference.PhasePresentation: "tui.phase.presentation",
	conference.PhasePerspectives: "tui.phase.perspectives",
	conference.PhaseWorries:      "tui.phase.worries",
	conference.PhaseAssessment:   "tui.phase.assessment",
	conference.PhaseSafety:       "tui.phase.safety",
	conference.PhaseActions:      "tui.phase.actions",
	conference.PhaseClosing:      "tui.phase.closing",
	conference.PhaseReports:      "network.phase.reports",
	conference.PhaseAgenda:       "network.phase.agenda",
	conference.PhaseCooperation:  "network.phase.cooperation",
	conference.PhaseHandover:     "handover.phase.handover",
	conference.PhaseFamily:       "handover.phase.family",
	conference.PhaseTakeover:     "handover.phase.takeover",
	conference.PhaseProtection:   "handover.phase.protection",
	conference.PhaseContacts:     "handover.phase.contacts",
	conference.PhaseConfirmation: "handover.phase.confirmation",
}

// Name is the name of a phase in tr's language.
func Name(tr *i18n.Messages, id conference.PhaseID) string { return tr.T(nameKeys[id]) }
