package tui

import (
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// TestResizeStorm resizes every screen a thousand times to random sizes,
// 1x1 included: no panic, no line wider than the terminal, no more lines
// than it has.
func TestResizeStorm(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	rng := rand.New(rand.NewPCG(1, 2))
	screens := []func(){
		func() {},                                          // home
		func() { h.Key("enter") },                          // workspace, preparation
		func() { h.Key("f4"); h.Type("Petra") },            // opening with the form
		func() { h.Key("esc"); h.Key("f1") },               // help overlay
		func() { h.Key("esc"); h.Key("f6") },               // park dialog
		func() { h.Key("esc"); h.Key("f7") },               // projector
		func() { h.Key("f7"); h.Advance(6 * time.Minute) }, // over time
		func() { h.Key("alt+5"); h.Key("]") },              // a placeholder phase
	}
	sizes := [][2]int{{1, 1}, {20, 5}, {59, 19}, {60, 20}, {79, 23}, {80, 24}, {300, 100}}
	for i := range 1000 {
		if i%125 == 0 {
			screens[i/125]()
		}
		w, hgt := rng.IntN(320), rng.IntN(110)
		if i < len(sizes) {
			w, hgt = sizes[i][0], sizes[i][1]
		}
		h.Send(tea.WindowSizeMsg{Width: w, Height: hgt})
		checkWidth(t, h.app.View().Content, w, hgt)
	}
}

func TestTooSmallNotice(t *testing.T) {
	h := newHarness(t, tuitest.NewRepo(), i18n.DE, 59, 19)
	h.contains(t, "zu klein")
	h.contains(t, "60×20")
	h.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	h.contains(t, "Fallkonferenzen")
}

func TestWindowTitleNeverNamesTheCase(t *testing.T) {
	h := newCase(t, tuitest.NewRepo(), i18n.DE)
	h.Type("K-2026-117")
	v := h.app.View()
	if v.WindowTitle != "kofa" || !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion {
		t.Errorf("view title %q alt %v mouse %v", v.WindowTitle, v.AltScreen, v.MouseMode)
	}
}

func TestHelpOverlayListsTheKeysThatWorkNow(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.EN)
	h.Key("?")
	s := h.screen()
	for _, want := range []string{"Keys on this screen", "new person", "confidentiality agreed", "]/F4", "park topic", "projector view", "save and quit", "back to overview"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q:\n%s", want, s)
		}
	}
	h.Key("?")
	h.Key("n") // the quick-add form has focus: keys of the list are off
	h.Key("f1")
	s = h.screen()
	if strings.Contains(s, "confidentiality agreed") || strings.Contains(s, "back to overview") {
		t.Errorf("help shows keys that do not work while typing:\n%s", s)
	}
	if !strings.Contains(s, "ctrl+→/F4") {
		t.Errorf("help lacks the phase key that works while typing:\n%s", s)
	}
	h.Key("esc")
	if h.app.showHelp {
		t.Error("esc did not close the help")
	}
}

func TestCompactLayoutShowsThePhaseStrip(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	h.Send(tea.WindowSizeMsg{Width: 70, Height: 21})
	s := h.screen()
	if !strings.Contains(s, "✓0 ▸1  2  3") {
		t.Errorf("compact strip missing:\n%s", s)
	}
	if strings.Contains(s, "│") {
		t.Errorf("compact layout still draws the sidebar:\n%s", s)
	}
}

func TestClickOnASidebarPhaseGoesThere(t *testing.T) {
	h := inOpening(t, tuitest.NewRepo(), i18n.DE)
	h.Send(tea.MouseClickMsg{X: 3, Y: 2 + 4, Button: tea.MouseLeft}) // fifth phase line: 4 worries
	if got := h.app.Conference().CurrentPhase; got != conference.PhaseWorries {
		t.Errorf("click led to %q, want worries", got)
	}
}

func TestProjectorShowsNoFamilyNamesWhenPseudonymised(t *testing.T) {
	repo := tuitest.NewRepo()
	c := conference.New("idproj00", conference.KindCase, start)
	c.CaseCode = "K-7"
	c.Facts = "Vertrauliche Notiz"
	mother := c.AddParticipant(conference.Participant{Name: "Sabine Beispiel", Family: true, Relationship: "Mutter"})
	asd := c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "ASD Nord"})
	c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: asd.ID})
	c.AddAction(conference.Action{What: "Termin Kinderarzt", OwnerID: mother.ID})
	c.Start(start)
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("enter")
	h.Key("f7")
	s := h.screen()
	if strings.Contains(s, "Sabine") || strings.Contains(s, "Vertrauliche") {
		t.Errorf("projector shows family name or notes while pseudonymised:\n%s", s)
	}
	for _, want := range []string{"K-7", "Hausbesuch", "Mutter", "Petra Albers (ASD Nord)", "noch 5 min"} {
		if !strings.Contains(s, want) {
			t.Errorf("projector lacks %q:\n%s", want, s)
		}
	}
}

// panicky is an editor that panics on the key "!".
// panicky is an editor that types the place on "p" (committed after the
// typing pause) and panics on "!".
type panicky struct{ ctx *phase.Context }

func (p panicky) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case ok && k.Text == "p":
		p.ctx.Conf.Place = "Raum 2.14"
		p.ctx.Record(conference.OpUpdate, "place", false)
	case ok && k.Text == "!":
		var words map[string][]string
		_ = words["boom"][3] // a runtime error: index out of range
	}
	return p, nil
}
func (panicky) View(int, int) string { return "" }
func (panicky) KeyMap() help.KeyMap  { return nil }
func (panicky) Typing() bool         { return false }

func TestPanicInUpdateSavesAndEndsWithAnError(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.app.editors = map[conference.PhaseID]phase.Factory{
		conference.PhaseOpening: func(ctx *phase.Context) phase.Editor { return panicky{ctx} },
	}
	h.Key("n")
	h.Key("enter")
	h.Key("f4")
	h.Key("p") // typed a moment ago: its debounce has not fired
	h.Key("!")
	if h.app.crash == nil || !h.Quit {
		t.Fatalf("crash %v quit %v, want the panic recorded and the program ended", h.app.crash, h.Quit)
	}
	if got := h.stored(t); got.CurrentPhase != conference.PhaseOpening || got.Place != "Raum 2.14" {
		t.Errorf("stored phase %q place %q, want everything typed before the crash", got.CurrentPhase, got.Place)
	}
	if strings.Contains(h.app.crash.Error(), "boom") {
		t.Error("the error carries program data")
	}
}

func TestStylesFollowTheTerminalBackground(t *testing.T) {
	h := newHarness(t, tuitest.NewRepo(), i18n.DE, 100, 30)
	h.app.theme = theme.Default(false) // the harness runs monochrome (NO_COLOR)
	h.Send(tea.BackgroundColorMsg{Color: color.Black})
	dark := h.app.styles.App.GetForeground()
	h.Send(tea.BackgroundColorMsg{Color: color.White})
	if light := h.app.styles.App.GetForeground(); light == dark {
		t.Error("styles were not rebuilt for a light background")
	}
}

func TestHomeHelpOverlay(t *testing.T) {
	h := newHarness(t, tuitest.NewRepo(), i18n.DE, 100, 30)
	h.Key("?")
	for _, want := range []string{"neue Fallkonferenz", "neues Netzwerktreffen", "suchen", "speichern und beenden"} {
		h.contains(t, want)
	}
	if strings.Contains(h.screen(), "löschen") {
		t.Error("help offers delete although the list is empty")
	}
}
