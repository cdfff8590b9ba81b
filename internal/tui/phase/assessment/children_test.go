package assessment

import (
	"slices"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// Siblings are assessed each on their own (issue 13): with two children
// the result asks each child's category and forms of harm, written as
// chosen, beside the result of the conference.
func TestEachSiblingGetsAResultOfTheirOwn(t *testing.T) {
	c, _ := rated()
	mia := c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020}).ID
	leon := c.AddChild(conference.Child{FirstName: "Leon", BirthYear: 2017}).ID
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 60)
	h.Key("e")
	h.MustShow("Einschätzung für Mia", "Gefährdungsformen für Mia", "Einschätzung für Leon", "Gefährdungsformen für Leon")
	h.Key("tab", "tab", "tab") // the conference's category, forms of harm, note
	h.Type("latent")
	h.Key("enter")
	h.Type("Vernachl")
	h.Key("enter", "tab")
	h.Type("keine Kindeswohl")
	h.Key("enter")
	h.Key("esc")
	if r := c.ChildResult(mia); r == nil || r.Category != conference.CategoryLatent || !slices.Equal(r.HarmForms, []string{conference.HarmNeglect}) {
		t.Errorf("Mia's result %+v", r)
	}
	if r := c.ChildResult(leon); r == nil || r.Category != conference.CategoryNeedForHelp {
		t.Errorf("Leon's result %+v", r)
	}
	paths := map[string]bool{}
	for _, ch := range h.Changes {
		paths[ch.Change.Path] = true
	}
	if !paths["child_results/"+mia+"/category"] || !paths["child_results/"+leon+"/category"] {
		t.Errorf("changes %v", paths)
	}
}

func TestOneChildHasTheConferencesResultOnly(t *testing.T) {
	c, _ := rated()
	c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020})
	h := newHarness(t, c, i18n.EN)
	h.Key("e")
	h.MustNotShow("Result for Mia")
}
