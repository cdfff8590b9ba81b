package workspace_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/workspace"
	"kofa/internal/tui/workspace/wstest"
)

var t0 = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// open opens the workspace on c at w x h in German, with the
// placeholder editor, so these tests see the shell only.
func open(t *testing.T, c *conference.Conference, w, h int) (*workspace.Model, *tuitest.Driver) {
	return openStyled(t, c, nil, w, h)
}

// openStyled is open with the styles st, which the test may rebuild.
func openStyled(t *testing.T, c *conference.Conference, st *theme.Styles, w, h int) (*workspace.Model, *tuitest.Driver) {
	t.Helper()
	s := wstest.Open(t, c, st, t0, w, h, nil)
	return s.WS, s.D
}

// endedEarly is a case conference that skipped the case presentation and
// was closed in the round of perspectives: phases 4 to 7 were never
// reached, so they are "not covered".
func endedEarly() *conference.Conference {
	c := conference.New("k1", conference.KindCase, t0)
	c.CaseCode = "K-2026-117"
	c.Start(t0)
	// Five minutes of opening: time spent is not only passed through.
	c.GoTo(conference.PhasePresentation, t0.Add(5*time.Minute))
	c.Skip(conference.PhasePresentation, "Fall allen bekannt", t0.Add(5*time.Minute))
	c.Close(t0.Add(20 * time.Minute))
	return c
}

func lineWith(view, s string) string {
	for _, l := range strings.Split(ansi.Strip(view), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestSidebarShowsSkippedAndNotCoveredInSymbols(t *testing.T) {
	c := endedEarly()
	if c.Phase(conference.PhaseWorries).State != conference.PhaseNotCovered {
		t.Fatalf("fixture: worries %q, want not covered", c.Phase(conference.PhaseWorries).State)
	}
	ws, _ := open(t, c, 100, 30)
	v := ws.View()
	for _, want := range []string{
		"✓ 1 Eröffnung", "⤼ 2 Fallvorstellung", "▸ 3 Perspektiven",
		"✗ 4 Sorgen & Stärken", "✗ 5 Einschätzung", "✗ 6 Vereinbarungen", "✗ 7 Abschluss",
	} {
		if lineWith(v, want) == "" {
			t.Errorf("sidebar lacks %q:\n%s", want, ansi.Strip(v))
		}
	}
	if lineWith(v, "5a ") != "" {
		t.Errorf("5a shows without an acute result:\n%s", ansi.Strip(v))
	}
}

func TestStripShowsSkippedAndNotCoveredInSymbols(t *testing.T) {
	ws, _ := open(t, endedEarly(), 60, 20)
	strip := strings.Split(ansi.Strip(ws.View()), "\n")[1]
	if !strings.HasPrefix(strip, "✓0 ✓1 ⤼2 ▸3 ✗4 ✗5 ✗6 ✗7 ") {
		t.Errorf("strip %q, want ✓0 ✓1 ⤼2 ▸3 ✗4 ✗5 ✗6 ✗7", strip)
	}
}

// stripDigit returns the column of phase number n in the strip (its
// symbol is the column before).
func stripDigit(t *testing.T, ws *workspace.Model, n string) int {
	t.Helper()
	strip := strings.Split(ansi.Strip(ws.View()), "\n")[1]
	i := strings.Index(strip, n+" ")
	if i < 0 {
		t.Fatalf("phase %s not in strip %q", n, strip)
	}
	return ansi.StringWidth(strip[:i])
}

func click(x, y int) tea.Msg { return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft} }

func TestClickOnTheCompactStripGoesToThePhase(t *testing.T) {
	c := conference.New("k1", conference.KindCase, t0)
	c.CaseCode = "K-2026-117"
	c.Start(t0)
	ws, d := open(t, c, 60, 20)
	x := stripDigit(t, ws, "4")
	d.Send(click(x, 1)) // on the number
	if c.CurrentPhase != conference.PhaseWorries {
		t.Fatalf("click at column %d led to %q, want the worries", x, c.CurrentPhase)
	}
	if strip := strings.Split(ansi.Strip(ws.View()), "\n")[1]; !strings.Contains(strip, "▸4") || !strings.Contains(strip, "✓1") {
		t.Errorf("strip after the click %q, want 4 current and 1 done", strip)
	}
	x = stripDigit(t, ws, "2")
	d.Send(click(x-1, 1)) // on the symbol cell
	if c.CurrentPhase != conference.PhasePresentation {
		t.Errorf("click on the symbol of 2 led to %q", c.CurrentPhase)
	}
	d.Send(click(x+1, 1)) // the gap after "2"
	if c.CurrentPhase != conference.PhasePresentation {
		t.Errorf("click on the gap between cells led to %q", c.CurrentPhase)
	}
	d.Send(click(58, 1)) // the parking lot count
	d.Send(click(x, 3))  // the main area, below the strip
	if c.CurrentPhase != conference.PhasePresentation {
		t.Errorf("click outside the cells led to %q", c.CurrentPhase)
	}
}

func TestClickOnTheSidebarGoesToThePhase(t *testing.T) {
	c := conference.New("k1", conference.KindCase, t0)
	c.CaseCode = "K-2026-117"
	c.Start(t0)
	ws, d := open(t, c, 100, 30)
	y := -1
	for i, l := range strings.Split(ansi.Strip(ws.View()), "\n") {
		if strings.Contains(l, "6 Vereinbarungen") {
			y = i
		}
	}
	d.Send(click(3, y))
	if c.CurrentPhase != conference.PhaseActions {
		t.Errorf("click on the sidebar row of 6 led to %q", c.CurrentPhase)
	}
}
