package prep

import (
	"slices"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
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
