package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

var _ Repository = (*store.Store)(nil)

// TestDemoOnTheRealStore opens the sample conference from a real store the
// way "kofa demo" does, walks through every phase at two sizes and in both
// languages, and checks each screen fits.
func TestDemoOnTheRealStore(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := demo.Rehearsal(string(lang), start)
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
		clk := tuitest.NewClock(start)
		env := withDefaults(Env{Repo: s, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), OpenID: c.ID, Demo: true})
		app := newApp(env, clk.Clock())
		h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
			_, cmd := app.Update(msg)
			return cmd
		})}
		h.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
		h.Exec(app.Init())
		if app.Conference() == nil || app.Conference().ID != c.ID {
			t.Fatal("the demo conference was not opened")
		}
		if !strings.Contains(h.screen(), map[i18n.Lang]string{i18n.DE: "Probelauf", i18n.EN: "Rehearsal"}[lang]) {
			t.Errorf("%s: the rehearsal is not marked:\n%s", lang, h.screen())
		}
		for _, id := range conference.PhaseOrder {
			if !app.Conference().PhaseApplies(id) {
				continue
			}
			h.Key("alt+" + conference.PhaseNumber(id)[:1])
			for _, size := range [][2]int{{80, 24}, {60, 20}, {140, 45}} {
				h.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				checkWidth(t, app.View().Content, size[0], size[1])
				h.Key("f7")
				checkWidth(t, app.View().Content, size[0], size[1])
				h.Key("f7")
			}
			h.Advance(time.Second)
		}
		h.Key("ctrl+c")
		if !h.Quit {
			t.Fatalf("%s: did not quit", lang)
		}
		got, err := s.Get(c.ID)
		if err != nil || len(got.Participants) != len(c.Participants) {
			t.Errorf("%s: after the walk-through: %v, %d participants", lang, err, len(got.Participants))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
