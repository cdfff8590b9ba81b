package perspectives

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// sameAsDrawnAfresh fails when the view with the parts kept from earlier
// frames differs from the view drawn with nothing kept.
func (h *harness) sameAsDrawnAfresh(t *testing.T, step string, w, height int) {
	t.Helper()
	e := h.Ed.(*Editor)
	kept := e.View(w, height)
	e.memo = viewMemos{}
	if fresh := e.View(w, height); kept != fresh {
		t.Errorf("%s: kept view\n%s\nwant, drawn afresh,\n%s", step, ansi.Strip(kept), ansi.Strip(fresh))
	}
}

// TestKeptPartsFollowEveryChange: speaker rows, contributions, titles and
// the lines of the wide layout are kept between frames; every change they
// show draws them again.
func TestKeptPartsFollowEveryChange(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	check := func(step string) {
		t.Helper()
		h.sameAsDrawnAfresh(t, step, 100, 30)
		h.sameAsDrawnAfresh(t, step+", narrow", 50, 24)
	}
	h.Drv.Type("Hämatome an beiden Oberarmen")
	check("typing")
	h.Drv.Key("down")
	h.Drv.Type("U-Untersuchung")
	h.Drv.Key("enter")
	h.Drv.Type("Mia wirkt müde und zieht sich in der Gruppe zurück, seit die Mutter wieder arbeitet")
	h.Drv.Key("tab") // the tag
	h.Drv.Key("enter")
	check("two contributions")
	h.Drv.Key("esc")
	check("order has the keyboard")
	h.tick(75 * time.Second)
	check("speaking time")
	h.Drv.Key("n")
	check("word passed on")
	h.Drv.Key("down")
	check("next speaker selected")
	h.Key("up", "tab")
	check("contributions have the keyboard")
	h.Drv.Key("up")
	check("older contribution selected")
	h.Drv.Key("e")
	h.Drv.Type(" (Kita)")
	h.Drv.Key("enter")
	check("contribution edited")
	h.Ctx.Conf.Participants[0].Name = "Petra Albers-Kunz"
	check("speaker renamed")
	h.Ctx.Conf.ChildView.MissingReason = "zu jung"
	check("child's view")
	*h.Ctx.Styles = theme.Default(false).Styles(false)
	check("styles rebuilt")
}
