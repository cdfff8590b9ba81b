package report

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/i18n"
	rep "kofa/internal/report"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

// now is the day the seeded conferences are made and the report is read.
var now = time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)

type rig struct {
	*tuitest.Driver
	m      *Model
	closed bool
}

// seeded returns the conferences of n seeded cases (and the handovers of
// some), the same as the report's golden Markdown is made from.
func seeded(n int) []*conference.Conference {
	rng := rand.New(rand.NewPCG(15, 2026))
	var out []*conference.Conference
	for i := range n {
		out = append(out, seed.Cooperation(i, now, rng)...)
	}
	return out
}

// store holds the conferences; the screen only reads it, so tests share
// one.
func store(t testing.TB, confs []*conference.Conference) *tuitest.Repo {
	t.Helper()
	repo := tuitest.NewRepo()
	for _, c := range confs {
		if err := repo.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	return repo
}

// facts is what the screen reads of the conferences (its Init, done once
// for the tests that only look at the drawing).
func facts(confs []*conference.Conference) *rep.Collector {
	col := rep.NewCollector()
	for _, c := range confs {
		col.Add(rep.Digest(c))
	}
	return col
}

// show is open with the facts already read.
func show(t testing.TB, col *rep.Collector, lang i18n.Lang, w, h int, noColor bool) *rig {
	t.Helper()
	r := newRig(t, store(t, nil), lang, w, h, noColor)
	r.Send(loadedMsg{screen: r.m, col: col})
	return r
}

// open shows the screen over the store, in colour or without, reading it
// as the app does.
func open(t testing.TB, repo *tuitest.Repo, lang i18n.Lang, w, h int, noColor bool) *rig {
	t.Helper()
	r := newRig(t, repo, lang, w, h, noColor)
	r.Exec(r.m.Init())
	return r
}

func newRig(t testing.TB, repo *tuitest.Repo, lang i18n.Lang, w, h int, noColor bool) *rig {
	t.Helper()
	clk := tuitest.NewClock(now)
	st := theme.Default(noColor).Styles(true)
	r := &rig{}
	r.m = New(Config{Repo: repo, Msgs: i18n.New(lang), Styles: &st, Clock: clk.Clock()})
	r.m.SetLayout(layout.Compute(w, h))
	r.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		if _, ok := msg.(CloseMsg); ok {
			r.closed = true
			return nil
		}
		return r.m.Update(msg)
	})
	return r
}

func (r *rig) screen() string { return ansi.Strip(r.m.View()) }

// all is the whole report at width w, without colour codes.
func (r *rig) all(w int) string { return ansi.Strip(strings.Join(r.m.lines(w), "\n")) }

func mustShow(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

// TestGolden pins the screen at 80x24 and 120x40 in German and English,
// the top of the report and its end (the check), drawn without colour:
// what a monochrome terminal shows.
func TestGolden(t *testing.T) {
	t.Parallel()
	col := facts(seeded(200))
	for _, lang := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, part := range []struct {
				name string
				keys []string
			}{{"top", nil}, {"end", []string{"end"}}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", part.name, lang, size[0], size[1]), func(t *testing.T) {
					r := show(t, col, lang, size[0], size[1], true)
					for _, k := range part.keys {
						r.Key(k)
					}
					tuitest.CheckFits(t, r.m.View(), size[0], size[1])
					golden.RequireEqual(t, r.screen())
				})
			}
		}
	}
}

// TestTheChartsReadWithoutColour: with colour or without, the screen
// shows the same characters, and every part of a bar has its own glyph.
func TestTheChartsReadWithoutColour(t *testing.T) {
	t.Parallel()
	col := facts(seeded(200))
	colour := show(t, col, i18n.EN, 120, 40, false)
	mono := show(t, col, i18n.EN, 120, 40, true)
	if colour.all(120) != mono.all(120) {
		t.Errorf("the charts differ without colour:\n%s\n---\n%s", colour.all(120), mono.all(120))
	}
	if !strings.Contains(colour.m.View(), "\x1b[") {
		t.Error("the colour screen has no colour: the comparison proves nothing")
	}
	got := bar(20, 10, part{n: 4, glyph: glyphGood}, part{n: 3, glyph: glyphMiddle}, part{n: 2, glyph: glyphBad}, part{n: 1, glyph: glyphWorst})
	if got != "████████▓▓▓▓▓▓▒▒▒▒░░" {
		t.Errorf("bar %q", got)
	}
	// One overdue action among hundreds still shows.
	if got := bar(10, 500, part{n: 499, glyph: glyphGood}, part{n: 1, glyph: glyphBad}); got != "█████████▒" {
		t.Errorf("bar %q: the single overdue action vanished", got)
	}
}

// TestTheScreenHoldsNoNameCaseCodeOrText: a marker in every text of the
// conferences, none on screen, in any period.
func TestTheScreenHoldsNoNameCaseCodeOrText(t *testing.T) {
	t.Parallel()
	confs := seeded(120)
	n := 0
	for _, c := range confs {
		c.MarkTexts(func() string { n++; return fmt.Sprintf("MARK%07dX", n) })
	}
	repo := store(t, confs)
	for _, lang := range i18n.Langs() {
		r := open(t, repo, lang, 120, 40, true)
		for range numPeriods {
			s := r.screen() + r.all(120)
			if i := strings.Index(s, "MARK"); i >= 0 {
				t.Fatalf("%s: the screen shows a text of a conference: %q", lang, s[i:min(len(s), i+20)])
			}
			for _, c := range confs {
				if strings.Contains(s, string(c.ID)) {
					t.Fatalf("%s: the screen names conference %s", lang, c.ID)
				}
			}
			r.Key("right")
		}
	}
}

// TestThePeriodChangesTheFigures: ←/→ choose the period; the figures
// are those of the period shown.
func TestThePeriodChangesTheFigures(t *testing.T) {
	t.Parallel()
	r := show(t, facts(seeded(200)), i18n.EN, 120, 40, true)
	mustShow(t, r.screen(), "Last 12 months (2025-12-08 – 2026-12-07)")
	year := r.m.report.Conferences
	r.Key("right")
	mustShow(t, r.screen(), "Last 3 years")
	r.Key("right")
	mustShow(t, r.screen(), "All conferences")
	all := r.m.report.Conferences
	if year == 0 || all <= year {
		t.Errorf("closed conferences: last year %d, all %d", year, all)
	}
	mustShow(t, r.all(120), fmt.Sprintf("closed case conferences: %d", all))
	r.Key("left")
	r.Key("left")
	mustShow(t, r.screen(), "Last 12 months")
	r.Key("end")
	mustShow(t, r.screen(), "As Markdown with tables: kofa report")
	r.Key("home")
	mustShow(t, r.screen(), "Numbers only")
	r.Key("esc")
	if !r.closed {
		t.Error("esc did not go back")
	}
}

// TestAnEmptyStoreSaysSo: no conference, no chart, the words of the
// Markdown report.
func TestAnEmptyStoreSaysSo(t *testing.T) {
	t.Parallel()
	r := open(t, store(t, nil), i18n.DE, 80, 24, true)
	mustShow(t, r.screen(), "Im Zeitraum wurden keine Vereinbarungen getroffen.", "Im Zeitraum wurde keine Fallkonferenz abgeschlossen.")
}
