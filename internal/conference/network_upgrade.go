package conference

import "slices"

// Before network meetings had phases of their own, kofa ran them through
// the phases of a case conference. upgradeNetworkPhases maps such a
// meeting onto the network phases, keeping every minute and every word:
//
//   - the case presentation and the round of perspectives become the
//     reports from the institutions (their contributions with them);
//   - worries, assessment, immediate safety and actions become the agenda
//     (the actions stay, as actions of no agenda item);
//   - the cooperation agreements are added while the meeting can still
//     hold them; a meeting closed before they existed gets no such phase,
//     since it had none.
//
// Times are summed, skip reasons kept, and the merged phase takes the
// state that says most (current, then done, then not covered; skipped
// only when every part was). The current phase and every contribution and
// parked topic follow their phase. Text recorded in a case phase of the
// old meeting (facts, worries, ...) stays in the conference; the network
// minutes show it under "recorded in earlier versions".
func upgradeNetworkPhases(c *Conference) bool {
	if c.Kind != KindNetwork || !slices.ContainsFunc(c.Phases, func(r PhaseRecord) bool { return networkTarget[r.ID] != "" }) {
		return false
	}
	merged := map[PhaseID][]PhaseRecord{}
	for _, r := range c.Phases {
		to := r.ID
		if t := networkTarget[r.ID]; t != "" {
			to = t
		}
		merged[to] = append(merged[to], r)
	}
	var phases []PhaseRecord
	for _, id := range NetworkPhaseOrder {
		parts, ok := merged[id]
		switch {
		case ok:
			phases = append(phases, mergePhases(id, parts))
		case id == PhaseCooperation && c.Status != StatusClosed:
			phases = append(phases, defaultPhase(id))
		}
	}
	c.Phases = phases
	c.CurrentPhase = networkPhase(c.CurrentPhase)
	for i := range c.Contributions {
		c.Contributions[i].Phase = networkPhase(c.Contributions[i].Phase)
	}
	for i := range c.Parked {
		c.Parked[i].Phase = networkPhase(c.Parked[i].Phase)
	}
	return true
}

// networkTarget maps each case phase a network meeting no longer has to
// the network phase that takes its place.
var networkTarget = map[PhaseID]PhaseID{
	PhasePresentation: PhaseReports,
	PhasePerspectives: PhaseReports,
	PhaseWorries:      PhaseAgenda,
	PhaseAssessment:   PhaseAgenda,
	PhaseSafety:       PhaseAgenda,
	PhaseActions:      PhaseAgenda,
}

// networkPhase is where a phase of an old network meeting went.
func networkPhase(id PhaseID) PhaseID {
	if t := networkTarget[id]; t != "" {
		return t
	}
	return id
}

// mergePhases makes one record of the records of the phases that became
// phase id.
func mergePhases(id PhaseID, parts []PhaseRecord) PhaseRecord {
	out := PhaseRecord{ID: id, State: PhaseNotStarted}
	skipped := true
	has := map[PhaseState]bool{}
	for _, r := range parts {
		out.Planned += r.Planned
		out.Extended += r.Extended
		out.Elapsed += r.Elapsed
		has[r.State] = true
		if r.State != PhaseSkipped {
			skipped = false
		} else if out.SkipReason == "" {
			out.SkipReason = r.SkipReason
		}
	}
	switch {
	case has[PhaseCurrent]:
		out.State = PhaseCurrent
	case has[PhaseDone]:
		out.State = PhaseDone
	case skipped:
		out.State = PhaseSkipped
	case has[PhaseNotCovered]:
		out.State = PhaseNotCovered
	}
	if out.State != PhaseSkipped {
		out.SkipReason = ""
	}
	return out
}

// UpgradeNetwork upgrades a network meeting written before network
// meetings had phases of their own (upgradeNetworkPhases); it reports
// whether it changed anything. The store and the archive import call it
// for every conference they decode, beside UpgradeStatus.
func UpgradeNetwork(c *Conference) bool { return upgradeNetworkPhases(c) }
