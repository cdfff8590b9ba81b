package prep

import (
	"slices"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// TestChoosingTheKindChangesThePhases chooses "network meeting" while the
// conference is prepared: the topic is asked for and the phases are the
// network's. Once the conference has started, the kind only shows.
func TestChoosingTheKindChangesThePhases(t *testing.T) {
	t.Parallel()
	r := newRig(t, i18n.DE)
	r.Key("shift+tab") // from the case code back to the kind
	r.Type("Netz")
	r.Key("enter")
	c := r.Ctx.Conf
	if c.Kind != conference.KindNetwork || c.Phase(conference.PhaseAgenda) == nil || c.Phase(conference.PhaseWorries) != nil {
		t.Fatalf("kind %q, phases %+v", c.Kind, c.Phases)
	}
	if !r.HasChange("update kind") {
		t.Errorf("changes %v", r.Paths())
	}
	r.MustShow("Thema")
	r.Type("Runder Tisch")
	r.Key("esc")
	if c.Topic != "Runder Tisch" {
		t.Errorf("topic %q", c.Topic)
	}

	c.Start(t0)
	r.Drv.Send(phase.EnterMsg{})
	r.MustShow("Netzwerktreffen")
	if ids := phaseIDs(c); !slices.Contains(ids, conference.PhaseCooperation) {
		t.Errorf("phases %v", ids)
	}
	ed := r.Ed.(*Editor)
	ed.form.FocusFirst()
	if ed.form.Current() == ed.f.kind {
		t.Error("the kind can still be chosen after the start")
	}
}

func phaseIDs(c *conference.Conference) []conference.PhaseID {
	var out []conference.PhaseID
	for _, r := range c.Phases {
		out = append(out, r.ID)
	}
	return out
}

// TestAHandoverInPreparationKeepsItsKind: a handover is one from the
// start; its preparation names the kind and offers no choice that would
// turn it into a case conference.
func TestAHandoverInPreparationKeepsItsKind(t *testing.T) {
	t.Parallel()
	clk := tuitest.NewClock(t0)
	c := conference.New("idprep01", conference.KindHandover, t0)
	c.Handover = &conference.Handover{To: "Jugendamt Süd"}
	r := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 90, 30)
	r.MustShow("Übergabe")
	ed := r.Ed.(*Editor)
	ed.form.FocusFirst()
	if ed.form.Current() == ed.f.kind {
		t.Fatal("the kind of a handover can be chosen")
	}
	r.Key("shift+tab")
	r.Type("Netz")
	r.Key("enter")
	if c.Kind != conference.KindHandover {
		t.Errorf("the handover became a %q", c.Kind)
	}
}
