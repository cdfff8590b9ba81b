package preview

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// start is the fixed clock of every test: the afternoon of the demo
// conference's day.
var start = time.Date(2026, 11, 22, 14, 30, 0, 0, time.UTC)

type harness struct {
	*tuitest.Driver
	m    *Model
	repo *tuitest.Repo
	conf *conference.Conference // as stored
	dir  string                 // the folder files go to
}

// newHarness opens the preview of the demo conference, loaded from a fake
// repository, at w x h, writing into a temporary folder. The monochrome
// theme keeps the rendering free of colour, as under NO_COLOR.
func newHarness(t *testing.T, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	return newHarnessOn(t, demo.Sample(string(lang), start), lang, w, h)
}

// newHarnessOn opens the preview of c in the monochrome theme.
func newHarnessOn(t *testing.T, c *conference.Conference, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	return newThemedHarness(t, c, theme.Default(true), lang, w, h)
}

// newThemedHarness opens the preview of c in the theme th, on a dark
// terminal.
func newThemedHarness(t *testing.T, c *conference.Conference, th *theme.Theme, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	repo := tuitest.NewRepo()
	repo.Put(c)
	clk := tuitest.NewClock(start)
	st := th.Styles(true)
	dir := t.TempDir()
	contacts := func() ([]directory.Entry, error) { return demo.Contacts(string(lang)), nil }
	m := New(Config{Repo: repo, Msgs: i18n.New(lang), Styles: &st, Now: clk.Now, ID: c.ID, Dir: dir, Contacts: contacts})
	hs := &harness{m: m, repo: repo, conf: c, dir: dir}
	hs.Driver = tuitest.NewDriver(t, clk, m.Update)
	hs.Exec(m.SetLayout(layout.Compute(w, h)))
	hs.Exec(m.Init())
	return hs
}

// screen is the view as plain text.
func (h *harness) screen() string { return ansi.Strip(h.m.View()) }

// minutes is all of the rendered minutes (not only the visible part), as
// plain text with runs of white space made single spaces, so a name
// wrapped over two lines still counts as a name.
func (h *harness) minutes() string {
	return strings.Join(strings.Fields(ansi.Strip(strings.Join(h.m.lines, "\n"))), " ")
}

func (h *harness) mustShow(t *testing.T, wants ...string) {
	t.Helper()
	s := h.screen()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

// checkFits fails when a line of content is wider than w or there are more
// than hgt lines.
func checkFits(t *testing.T, content string, w, hgt int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) > hgt {
		t.Fatalf("%dx%d: %d lines", w, hgt, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, hgt, i, got, ansi.Strip(l))
		}
	}
}
