package tui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// poison puts hostile text, with a line break, around every string of v
// that reads like prose (holds a space): names, institutions, notes,
// facts, contributions, actions. Codes and IDs stay as they are, so the
// conference still works.
func poison(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			poison(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				poison(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			poison(v.Index(i))
		}
	case reflect.String:
		if s := v.String(); strings.Contains(s, " ") && v.CanSet() {
			v.SetString(hostile + s + "\n" + hostile)
		}
	}
}

// TestStoredHostileTextNeverReachesTheTerminal opens, from a real store, a
// conference whose every text carries escape sequences, controls, bidi
// overrides and line breaks (as a store or archive written by something
// else could), and shows every screen of it at several sizes: each frame
// holds only text and styling, fits the terminal, and the window title
// stays "kofa".
func TestStoredHostileTextNeverReachesTheTerminal(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := demo.Sample("de", start)
	poison(reflect.ValueOf(c))
	if !strings.Contains(c.Facts, "\x1b]52") || !strings.Contains(c.Participants[0].Name, "\n") {
		t.Fatal("the sample was not poisoned")
	}
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: s, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})}
	sizes := [][2]int{{80, 24}, {120, 40}, {60, 20}, {300, 100}, {1, 1}, {45, 12}}
	check := func(where string) {
		t.Helper()
		for _, size := range sizes {
			h.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			v := app.View()
			if v.WindowTitle != "kofa" {
				t.Fatalf("%s: window title %q", where, v.WindowTitle)
			}
			checkFrame(t, v.Content)
			checkWidth(t, v.Content, size[0], size[1])
		}
		h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	}
	h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.Exec(app.Init())
	check("home")
	h.Key("enter")
	if app.Conference() == nil || app.Conference().ID != c.ID {
		t.Fatal("the conference did not open")
	}
	for _, id := range conference.PhaseOrder {
		if !app.Conference().PhaseApplies(id) {
			continue
		}
		h.Key("alt+" + conference.PhaseNumber(id)[:1])
		check(string(id))
		h.Key("f7")
		check(string(id) + " projector")
		h.Key("f7")
		h.Key("?")
		check(string(id) + " help")
		h.Key("esc")
		h.Advance(time.Second)
	}
}

// TestHostilePasteIsCleanedAndCut pastes 1 MB of text laced with escape
// sequences into a single-line and a multi-line field of the running app:
// what is stored holds no control character, stays within the documented
// limits, and the screen says that the paste was cut.
func TestHostilePasteIsCleanedAndCut(t *testing.T) {
	repo := tuitest.NewRepo()
	h := newCase(t, repo, i18n.DE)
	big := strings.Repeat("Die Mutter berichtet über Schlafprobleme."+hostile+" ", 1<<20/120+1) // > 1 MB
	h.Paste(big)
	h.contains(t, "gekürzt")
	h.Key("tab") // to the occasion
	h.Paste(big)
	h.contains(t, "gekürzt")
	checkFrame(t, h.app.View().Content)
	h.Key("tab")
	c := h.stored(t)
	if len(c.CaseCode) == 0 || len(c.CaseCode) > sanitize.MaxLine || len(c.Occasion) < sanitize.MaxText/2 || len(c.Occasion) > sanitize.MaxText {
		t.Fatalf("stored %d and %d bytes, want at most %d and %d", len(c.CaseCode), len(c.Occasion), sanitize.MaxLine, sanitize.MaxText)
	}
	for _, text := range []string{c.CaseCode, c.Occasion} {
		if clean := sanitize.Text(text); clean != text || strings.ContainsAny(text, "\x1b\x07\r\u202e\u009b") {
			t.Errorf("stored text holds control characters: %q", text[:80])
		}
	}
	if strings.Contains(c.CaseCode, "\n") {
		t.Error("a line break reached a single-line field")
	}
}

// TestHostileCaseCodesKeepTheHomeListInShape: case codes and topics with
// line breaks and escapes, as a foreign store could hold them, stay one
// row each on the home screen and in its search: the store cleans what it
// reads.
func TestHostileCaseCodesKeepTheHomeListInShape(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, code := range []string{"K-1\nZeile\nZeile\nZeile", "K-2" + hostile} {
		c := conference.New(conference.ID("idhost0"+string(rune('0'+i))), conference.KindCase, start)
		c.CaseCode = code
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	n := conference.New("idhost09", conference.KindNetwork, start)
	n.Topic = "Thema\n\n\n\nmit Umbrüchen"
	if err := s.Save(n); err != nil {
		t.Fatal(err)
	}
	clk := tuitest.NewClock(start)
	app := newApp(withDefaults(Env{Repo: s, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now}), clk.Clock())
	h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})}
	h.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.Exec(app.Init())
	for _, screen := range []func(){func() {}, func() { h.Key("/"); h.Type("K") }} {
		screen()
		for _, s := range [][2]int{{80, 24}, {60, 20}, {120, 10}, {100, 6}} {
			h.Send(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
			checkWidth(t, h.app.View().Content, s[0], s[1])
			checkFrame(t, h.app.View().Content)
		}
	}
}
