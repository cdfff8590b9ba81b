package worries

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// sameAsDrawnAfresh fails when the view with what is kept from earlier
// frames (rows, tab bar, the grouping) differs from the view drawn with
// nothing kept.
func sameAsDrawnAfresh(t *testing.T, h *harness, step string) {
	t.Helper()
	e := h.Ed.(*Editor)
	kept := e.View(h.W, h.H)
	e.memo, e.grouped, e.lines = viewMemos{}, grouping{}, nil
	if fresh := e.View(h.W, h.H); kept != fresh {
		t.Errorf("%s: kept view\n%s\nwant, drawn afresh,\n%s", step, ansi.Strip(kept), ansi.Strip(fresh))
	}
}

// TestKeptRowsFollowEveryChange: the rows, the tab bar and the grouping
// of the entries are kept between frames; every change they show draws
// them again.
func TestKeptRowsFollowEveryChange(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	sameAsDrawnAfresh(t, h, "opened")
	h.Key("down", "down")
	sameAsDrawnAfresh(t, h, "cursor moved")
	h.Key("w", "a", "3")
	sameAsDrawnAfresh(t, h, "flags and severity")
	h.Key("enter") // edit: a free text in another area
	h.Type("Schulden")
	sameAsDrawnAfresh(t, h, "typing into the form")
	h.Key("up", "tab")
	h.Type("Finanz")
	h.Key("enter")
	sameAsDrawnAfresh(t, h, "entry moved to another area")
	c.Risks[0].Indicator = "risk.care.hygiene"
	sameAsDrawnAfresh(t, h, "indicator changed")
	c.AddRisk(conference.RiskEntry{Area: "care", Text: "Kein Wintermantel"})
	sameAsDrawnAfresh(t, h, "entry added")
	c.Risks = c.Risks[1:]
	sameAsDrawnAfresh(t, h, "entry removed")
	h.Key("tab")
	sameAsDrawnAfresh(t, h, "strengths")
	h.Key("down", "p")
	sameAsDrawnAfresh(t, h, "provenance")
	h.Resize(60, 20)
	sameAsDrawnAfresh(t, h, "resized")
	*h.Ctx.Styles = theme.Default(false).Styles(false)
	sameAsDrawnAfresh(t, h, "styles rebuilt")
}
