package worries

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// Each area with a worry is rated for the quality of care as a whole, apart
// from the intensity of its indicators (issue 13), written as chosen.
func TestAreasAreRatedApartFromTheirIndicators(t *testing.T) {
	c, _ := fixture()
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 50)
	h.Key("b")
	if !h.Ed.Typing() {
		t.Fatal("b did not open the rating of the areas")
	}
	h.MustShow("Einstufung der Bereiche")
	v := h.View()
	if strings.Contains(v, "Entwicklung und Bildung") || !strings.Contains(v, "Sexuelle Gewalt") {
		t.Error("the areas offered are not those with a worry")
	}
	h.Type("unzureich")
	h.Key("enter")
	if got := c.AreaRatings; len(got) != 1 || got[0].Quality != conference.SeverityPoor {
		t.Fatalf("area ratings %+v, want the first area poor", got)
	}
	if r := c.Risks[0]; r.Intensity != conference.IntensityMarked {
		t.Errorf("rating the area changed the indicator's intensity to %q", r.Intensity)
	}
	if last := h.Changes[len(h.Changes)-1].Change; last.Path != "area_ratings/"+c.AreaRatings[0].Area {
		t.Errorf("last change %+v", last)
	}
	h.Key("esc")
	if h.Ed.Typing() {
		t.Error("esc did not close the rating of the areas")
	}
}
