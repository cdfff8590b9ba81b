package tui

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// disk is a real store whose disk can fill up: fill reopens the file with
// no room to grow (bbolt's MaxSize), free reopens it without the limit.
// The TUI sees one Repository throughout.
type disk struct {
	*store.Store
	path string
}

func (d *disk) reopen(t *testing.T, maxSize int) {
	t.Helper()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(d.path, store.Options{MaxSize: maxSize})
	if err != nil {
		t.Fatal(err)
	}
	d.Store = s
}

func (d *disk) fill(t *testing.T) {
	t.Helper()
	info, err := os.Stat(d.path)
	if err != nil {
		t.Fatal(err)
	}
	d.reopen(t, int(info.Size()))
}

func (d *disk) free(t *testing.T) { d.reopen(t, 0) }

// pasteText is text that takes its full size in the file: words of random
// letters, n bytes, ending in a marker.
func pasteText(n int, end string) string {
	r := rand.New(rand.NewPCG(7, 8))
	var b strings.Builder
	for b.Len() < n-len(end) {
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteByte(' ')
	}
	return b.String() + end
}

// TestFullDiskShowsNotSavedAndLosesNothing: the disk fills up while the
// facilitator pastes a long text into a real store. The save fails, the
// screen says NOT SAVED at once, typing goes on, the retries fail while
// the disk is full, and the first retry after room was made commits every
// character.
func TestFullDiskShowsNotSavedAndLosesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &disk{Store: s, path: path}
	defer func() { _ = d.Close() }()

	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: d, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now, editors: shellEditors()})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, Driver: tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})}
	h.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	h.Exec(app.Init())
	h.Key("n")
	h.Key("enter")
	h.Type("K-1")
	h.Key("tab") // to the occasion
	h.contains(t, "✓ gespeichert")
	id := app.Conference().ID

	d.fill(t)
	text := pasteText(20_000, " Ende-des-Einfügens")
	h.Paste(text)
	h.Advance(saver.Debounce)
	h.contains(t, "✗ NICHT GESPEICHERT")
	if got := app.Conference().Occasion; got != text {
		t.Fatalf("the pasted text is not kept in memory (%d of %d bytes)", len(got), len(text))
	}
	h.Type(" und weiter") // typing is never blocked
	h.Advance(saver.RetryDelay(1))
	h.contains(t, "NICHT GESPEICHERT") // still full
	if c, err := d.Get(id); err != nil || c.Occasion != "" {
		t.Fatalf("the store changed while full: %v, %d bytes", err, len(c.Occasion))
	}

	d.free(t)
	h.Advance(saver.RetryDelay(2))
	h.contains(t, "✓ gespeichert")
	c, err := d.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if want := text + " und weiter"; c.Occasion != want || c.CaseCode != "K-1" {
		t.Errorf("stored occasion has %d bytes (want %d), case code %q", len(c.Occasion), len(want), c.CaseCode)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := store.Check(path); err != nil {
		t.Errorf("the store after the full disk: %v", err)
	}
}
