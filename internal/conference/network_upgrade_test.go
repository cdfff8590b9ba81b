package conference

import (
	"slices"
	"testing"
	"time"
)

// oldNetwork is a network meeting as kofa stored it before network
// meetings had phases of their own: the case phases, run up to the
// assessment, with a report in the round of perspectives, a parked topic
// from the worries and an action.
func oldNetwork() *Conference {
	c := New("n4t7w2kq", KindNetwork, t0)
	c.Topic = "Runder Tisch"
	c.Phases = DefaultPhases(KindCase)
	c.Start(at(0))
	police := c.AddParticipant(Participant{Name: "Markus Brandt", InstitutionType: "police"}).ID
	c.GoTo(PhasePresentation, at(5))
	c.GoTo(PhasePerspectives, at(10))
	c.AddContribution(Contribution{SpeakerID: police, Text: "Zahl der Einsätze gestiegen"})
	c.GoTo(PhaseWorries, at(30))
	c.Park("Fachtag", police, at(31))
	c.Skip(PhaseWorries, "kein Fall", at(32))
	c.GoTo(PhaseAssessment, at(32))
	c.AddAction(Action{What: "Zahlen schicken", OwnerID: police})
	c.Tick(at(40))
	return c
}

func TestAnOldNetworkMeetingGetsTheNetworkPhases(t *testing.T) {
	t.Parallel()
	c := oldNetwork()
	if !UpgradeNetwork(c) {
		t.Fatal("nothing upgraded")
	}
	want := []PhaseID{PhasePreparation, PhaseOpening, PhaseReports, PhaseAgenda, PhaseCooperation, PhaseClosing}
	if got := phaseIDs(c); !slices.Equal(got, want) {
		t.Fatalf("phases %v, want %v", got, want)
	}
	reports, agenda := c.Phase(PhaseReports), c.Phase(PhaseAgenda)
	if reports.State != PhaseDone || reports.Elapsed != 25*time.Minute || reports.Planned != 25*time.Minute {
		t.Errorf("reports %+v: want done, the 5+20 minutes of presentation and perspectives, planned 10+15", *reports)
	}
	if agenda.State != PhaseCurrent || agenda.Elapsed != 10*time.Minute || agenda.SkipReason != "" {
		t.Errorf("agenda %+v: want current with the 2+8 minutes of worries and assessment", *agenda)
	}
	if c.CurrentPhase != PhaseAgenda || c.Contributions[0].Phase != PhaseReports || c.Parked[0].Phase != PhaseAgenda {
		t.Errorf("current %q, contribution in %q, parked in %q", c.CurrentPhase, c.Contributions[0].Phase, c.Parked[0].Phase)
	}
	if len(c.Actions) != 1 || len(c.ItemActions("")) != 1 || len(c.Reports()) != 1 {
		t.Errorf("the action or the report went missing")
	}
	if c.NextPhase() != PhaseCooperation {
		t.Errorf("next phase %q, want cooperation", c.NextPhase())
	}
	if UpgradeNetwork(c) {
		t.Error("a second upgrade changed something")
	}
}

func TestAClosedOldNetworkMeetingGetsNoCooperationPhase(t *testing.T) {
	t.Parallel()
	c := oldNetwork()
	c.Close(at(60))
	UpgradeNetwork(c)
	if c.Phase(PhaseCooperation) != nil {
		t.Error("a meeting closed before cooperation agreements existed got the phase")
	}
	if got := c.Phase(PhaseAgenda).State; got != PhaseDone {
		t.Errorf("agenda %q, want done", got)
	}
	if got := c.Phase(PhaseClosing).State; got != PhaseNotCovered {
		t.Errorf("closing %q, want not covered as before", got)
	}
}

func TestMergedPhasesAreSkippedOnlyWhenEveryPartWas(t *testing.T) {
	t.Parallel()
	all := mergePhases(PhaseAgenda, []PhaseRecord{{State: PhaseSkipped, SkipReason: "a"}, {State: PhaseSkipped, SkipReason: "b"}})
	if all.State != PhaseSkipped || all.SkipReason != "a" {
		t.Errorf("all skipped: %+v", all)
	}
	some := mergePhases(PhaseAgenda, []PhaseRecord{{State: PhaseSkipped, SkipReason: "a"}, {State: PhaseNotCovered}})
	if some.State != PhaseNotCovered || some.SkipReason != "" {
		t.Errorf("one skipped, one not covered: %+v", some)
	}
	none := mergePhases(PhaseAgenda, []PhaseRecord{{State: PhaseNotStarted}, {State: PhaseNotStarted}})
	if none.State != PhaseNotStarted {
		t.Errorf("none started: %+v", none)
	}
}

func TestUpgradeLeavesCaseConferencesAndNewNetworkMeetingsAlone(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.Start(at(0))
	c.GoTo(PhaseWorries, at(5))
	if UpgradeNetwork(c) || c.CurrentPhase != PhaseWorries {
		t.Error("a case conference was changed")
	}
	n, _, _ := newNetwork()
	if UpgradeNetwork(n) {
		t.Error("a current network meeting was changed")
	}
}
