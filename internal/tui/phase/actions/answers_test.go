package actions

import (
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// An action names the weighty worries it answers (issue 13: every weighty
// indication has an answer); the closing and the minutes flag the rest.
func TestAnActionNamesTheWeightyWorriesItAnswers(t *testing.T) {
	c, _ := fixture()
	u9 := c.AddRisk(conference.RiskEntry{Area: "health", Text: "U9 versäumt", Weighty: true}).ID
	bruise := c.AddRisk(conference.RiskEntry{Area: "appearance", Text: "Hämatome am Oberarm", Acute: true}).ID
	c.AddRisk(conference.RiskEntry{Area: "care", Text: "oft müde"}) // not weighty: nothing to answer
	h := newHarness(t, c, i18n.DE)
	newAction(h, "U9 nachholen")
	h.Key("tab", "tab", "tab", "tab", "tab") // owner, institution, due, report back, if not done
	h.MustShow("Antwort auf")
	h.MustShow("U9 versäumt – gewichtiger Anhaltspunkt")
	if strings.Contains(h.View(), "oft müde") {
		t.Error("a worry that is not weighty is offered")
	}
	h.Type("U9")
	h.Key("enter", "ctrl+s")
	a := c.Actions[len(c.Actions)-1]
	if got := c.Answered(a.ID); !slices.Equal(got, []string{u9}) {
		t.Fatalf("the new action answers %v, want the missed U9", got)
	}
	if left := c.UnansweredWeighty(); len(left) != 1 || left[0].ID != bruise {
		t.Errorf("unanswered %v, want the bruises only", left)
	}

	// Editing the first action: it answers the bruises too, saved as
	// picked.
	h.Key("esc", "home", "enter")
	h.Key("tab", "tab", "tab", "tab", "tab", "tab")
	h.Type("Hämatome")
	h.Key("enter")
	if got := c.Answered(c.Actions[0].ID); !slices.Equal(got, []string{bruise}) {
		t.Errorf("the first action answers %v, want the bruises", got)
	}
	if last := h.Changes[len(h.Changes)-1].Change; last.Path != "actions/"+c.Actions[0].ID+"/answers" {
		t.Errorf("last change %+v", last)
	}
	if left := c.UnansweredWeighty(); len(left) != 0 {
		t.Errorf("still unanswered: %v", left)
	}
}

func TestNoAnswersAskedWithoutWeightyWorries(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	newAction(h, "Home visit")
	if strings.Contains(h.View(), "Answers") {
		t.Error("answers asked though no worry is weighty")
	}
}
