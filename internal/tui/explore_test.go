package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

type syncTypist struct {
	t   *testing.T
	h   *harness
	log *strings.Builder
}

func (s *syncTypist) key(names ...string) {
	for _, n := range names {
		s.h.Key(n)
	}
	fmt.Fprintf(s.log, "KEYS %v\n%s\n", names, s.h.screen())
}
func (s *syncTypist) typ(text string) {
	s.h.Type(text)
	fmt.Fprintf(s.log, "TYPE %q\n%s\n", text, s.h.screen())
}
func (s *syncTypist) see(texts ...string) {
	s.t.Helper()
	for _, x := range texts {
		if !strings.Contains(s.h.screen(), x) {
			os.WriteFile("/tmp/explore.log", []byte(s.log.String()), 0o600)
			s.t.Fatalf("screen lacks %q:\n%s", x, s.h.screen())
		}
	}
}

func TestExplore(t *testing.T) {
	if os.Getenv("EXPLORE") == "" {
		t.Skip()
	}
	s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: s, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin()})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})}
	h.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.Exec(app.Init())
	f := &syncTypist{t: t, h: h, log: &strings.Builder{}}
	runConference(f)
	os.WriteFile("/tmp/explore.log", []byte(f.log.String()), 0o600)
}
