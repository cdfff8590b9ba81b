package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// leaveForward leaves the round for the next phase, as F4 does.
func (h *harness) leaveForward() {
	h.Drv.Send(leave())
	h.Ctx.Conf.Phase(conference.PhaseWorries).State = conference.PhaseCurrent
}

func TestMissingViewsAskForTheReasonOnLeave(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.leaveForward()
	// Coming back asks, with the focus on the reason; leaving is never
	// blocked.
	h.Drv.Send(enter())
	if view := h.plain(100, 30); strings.Count(view, "⚠ fehlt – Grund?") != 2 {
		t.Errorf("both views should show as missing:\n%s", view)
	}
	if !h.Ed.Typing() {
		t.Fatal("the reason field should have the keyboard")
	}
	if !strings.Contains(h.plain(100, 30), "Die Sicht des Kindes und die Sicht der Eltern fehlen") {
		t.Errorf("no prompt:\n%s", h.plain(100, 30))
	}
	h.TakeChanges()
	h.Drv.Type("Kind ist 6 Monate alt")
	c := h.Ctx.Conf
	if c.ChildView.MissingReason != "Kind ist 6 Monate alt" {
		t.Fatalf("reason = %q", c.ChildView.MissingReason)
	}
	ch := h.TakeChanges()
	if len(ch) == 0 || ch[0].Change.Path != "child_view/missing_reason" || ch[0].Immediate {
		t.Errorf("typing the reason: %+v", ch)
	}
	h.Drv.Key("esc")
	if ch := h.TakeChanges(); len(ch) != 1 || !ch[0].Immediate {
		t.Errorf("leaving the field should commit at once: %+v", ch)
	}
	view := h.plain(100, 30)
	if !strings.Contains(view, "○ Grund vermerkt") || !strings.Contains(view, "⚠ fehlt – Grund?") {
		t.Errorf("child: reason noted, parents: still missing:\n%s", view)
	}
	// Leave again: now only the parents' view is asked for.
	h.leaveForward()
	h.Drv.Send(enter())
	if !strings.Contains(h.plain(100, 30), "Die Sicht der Eltern fehlt.") {
		t.Errorf("prompt for the parents:\n%s", h.plain(100, 30))
	}
}

func TestViewsAreRecorded(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("v")
	if !h.Ed.Typing() {
		t.Fatal("v should open the views")
	}
	h.Drv.Type("Gespräch in der Kita")
	h.Drv.Key("tab")
	h.Drv.Type("Mama ist oft traurig.")
	h.Drv.Key("tab") // the reason row is gone now the view is given
	h.Drv.Type("Hausbesuch")
	h.Drv.Key("tab")
	h.Drv.Type("Wir schaffen das.")
	h.Drv.Key("esc")
	c := h.Ctx.Conf
	want := conference.View{HowObtained: "Gespräch in der Kita", Said: "Mama ist oft traurig."}
	if c.ChildView != want {
		t.Errorf("child view = %+v", c.ChildView)
	}
	if c.ParentsView != (conference.View{HowObtained: "Hausbesuch", Said: "Wir schaffen das."}) {
		t.Errorf("parents view = %+v", c.ParentsView)
	}
	if strings.Count(h.plain(100, 30), "✓ eingebracht") != 2 {
		t.Errorf("views should show as given:\n%s", h.plain(100, 30))
	}
	h.Drv.Send(leave())
	h.Drv.Send(enter())
	if h.Ed.Typing() {
		t.Error("nothing to ask when both views are there")
	}
}

func TestNetworkMeetingHasNoViews(t *testing.T) {
	h := newHarness(t, i18n.DE, networkConference())
	h.Drv.Key("esc")
	h.Drv.Key("v")
	if h.Ed.Typing() {
		t.Error("v should do nothing in a network meeting")
	}
	h.Drv.Send(leave())
	h.Drv.Send(enter())
	if h.Ed.Typing() || strings.Contains(h.plain(100, 30), "Sicht des Kindes") {
		t.Errorf("no views in a network meeting:\n%s", h.plain(100, 30))
	}
	for _, b := range h.Ed.KeyMap().FullHelp() {
		for _, k := range b {
			if k.Enabled() && k.Help().Key == "v" {
				t.Error("v shown in help of a network meeting")
			}
		}
	}
}

func TestMissingViewsAreAskedForAfterARestart(t *testing.T) {
	c := sampleConference()
	c.Phase(conference.PhaseWorries).State = conference.PhaseDone // the round was left before
	h := newHarness(t, i18n.EN, c)
	if !h.Ed.Typing() || !strings.Contains(h.plain(100, 30), "Please record why") {
		t.Errorf("a new editor should ask for the missing views:\n%s", h.plain(100, 30))
	}
}
