package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// TestTypedTextNeverReachesAnEncryptedFileInClear types distinctive text
// through the app into a real encrypted store, field after field, and
// then reads the raw file: none of it may be there, although all of it is
// stored (it reads back with the passphrase).
func TestTypedTextNeverReachesAnEncryptedFileInClear(t *testing.T) {
	const pass = "Korrekt Pferd Batterie Heftklammer"
	opts := store.Options{
		KDF:     store.KDFParams{Time: 1, Memory: 64, Threads: 1}, // cheap: the cost is not under test
		KeyFunc: func() ([]byte, error) { return []byte(pass), nil },
	}
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Encrypt([]byte(pass)); err != nil {
		t.Fatal(err)
	}
	// Case code, occasion, key question (typed, then a paste), place:
	// the preparation's text fields in their tab order.
	caseCode, occasion, question, place := "Quastenflosser-7", "Gürteltier-Anlass-4711", "Ölkännchen-Frage ", "Pfifferling-Ort"
	pasted := "Eingefügter Sachverhalt über Familie Mondschein"

	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: s, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})}
	h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.Exec(app.Init())
	h.Key("n")
	h.Key("enter")
	if app.Conference() == nil {
		t.Fatal("n did not open a new conference")
	}
	h.Type(caseCode)
	h.Advance(saver.Debounce) // saved while typing, not only on leaving
	h.Key("tab")
	h.Type(occasion)
	h.Key("tab")
	h.Type(question)
	h.Paste(pasted)
	h.Key("tab")
	h.Key("ctrl+u") // the date, cleared
	h.Type("+1w")
	h.Key("tab")
	h.Type("930")
	h.Key("tab")
	h.Type(place)
	h.Key("tab")
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatal("ctrl+c did not quit")
	}
	id := app.Conference().ID
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{caseCode, occasion, question, place, pasted, "Mondschein", pass} {
		if bytes.Contains(raw, []byte(m)) {
			t.Errorf("the store file holds %q in clear", m)
		}
	}

	// The test proves something only if the text was stored.
	s2, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	c, err := s2.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if c.CaseCode != caseCode || c.Occasion != occasion || c.KeyQuestion != question+pasted || c.Place != place {
		t.Errorf("not everything typed was stored: %q, %q, %q, %q", c.CaseCode, c.Occasion, c.KeyQuestion, c.Place)
	}
}
