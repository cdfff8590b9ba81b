package workspace_test

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
)

// freshView draws c as a workspace opened on it just now, with nothing
// kept from an earlier frame: what a workspace that keeps parts of its
// frame must show too.
func freshView(c *conference.Conference, st *theme.Styles, w, h int, now time.Time) string {
	ws := workspace.New(workspace.Config{
		Conf: c, Store: tuitest.NewRepo(), Msgs: i18n.New(i18n.DE), Catalogue: catalogue.Builtin(), Styles: st,
		Clock: tuitest.NewClock(now).Clock(), Editors: map[conference.PhaseID]phase.Factory{},
	})
	ws.SetLayout(layout.Compute(w, h))
	return ws.View()
}

// TestKeptPartsOfTheFrameFollowWhatTheyShow: header, sidebar, rules and
// footer are kept between frames; each change they show (the clocks, a
// phase change, a parked topic, a resize, styles rebuilt for the
// terminal's background) draws them again.
func TestKeptPartsOfTheFrameFollowWhatTheyShow(t *testing.T) {
	c := conference.New("k1", conference.KindCase, t0)
	c.CaseCode = "K-2026-117"
	c.Start(t0)
	st := theme.Default(false).Styles(true)
	ws, d := openStyled(t, c, &st, 100, 30)
	now := t0
	check := func(step string, w, h int) {
		t.Helper()
		d.Exec(ws.SetLayout(layout.Compute(w, h)))
		if got, want := ws.View(), freshView(c, &st, w, h, now); got != want {
			t.Errorf("%s: the frame differs from a fresh one:\n%s\nwant\n%s", step, ansi.Strip(got), ansi.Strip(want))
		}
	}
	check("opened", 100, 30)
	d.Advance(90 * time.Second)
	now = now.Add(90 * time.Second)
	check("90 s later", 100, 30)
	d.Key("]")
	check("next phase", 100, 30)
	d.Key("+")
	d.Key("down") // clears the notice that says so, which a fresh frame lacks
	check("time box extended", 100, 30)
	c.Park("Schulweg", "", now)
	check("a topic parked", 100, 30)
	check("resized", 120, 40)
	check("compact", 60, 20)
	check("full again", 120, 40)
	st = theme.Default(false).Styles(false)
	check("light styles", 120, 40)
}
