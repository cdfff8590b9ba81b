package main

import (
	"fmt"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/home"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/workspace"
)

// screen is a model under measurement: what the root model calls on a key.
type screen struct {
	update func(tea.Msg) tea.Cmd
	view   func() string
	typing func() bool
}

// keyStats are the timings of one key stream.
type keyStats struct {
	times        sample
	allocsPerKey float64
	bytesPerKey  float64
}

// timeKeys sends n key presses from keys (cycling) to s, each followed by
// View, as the program does for a key press, and times each pair. The
// commands Update returns are dropped: the program runs them off the
// event loop (saving, timers), so they are not part of the keystroke.
func timeKeys(s screen, keys []tea.KeyPressMsg, n int) keyStats {
	for i := range min(n/10, 200) { // warm up caches and lazily built styles
		s.update(keys[i%len(keys)])
		_ = s.view()
	}
	st := keyStats{times: make(sample, 0, n)}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range n {
		t := time.Now()
		s.update(keys[i%len(keys)])
		_ = s.view()
		st.times = append(st.times, time.Since(t))
	}
	runtime.ReadMemStats(&after)
	st.allocsPerKey = float64(after.Mallocs-before.Mallocs) / float64(n)
	st.bytesPerKey = float64(after.TotalAlloc-before.TotalAlloc) / float64(n)
	return st
}

func (k keyStats) String() string {
	return fmt.Sprintf("p50 %s, p99 %s, %.0f allocs (%.0f KB)/key",
		ms(k.times.median()), ms(k.times.p99()), k.allocsPerKey, k.bytesPerKey/1024)
}

// typed is a stream of key presses that types a contribution and deletes
// it again, so the field stays the size of real notes however long the
// measurement runs.
func typed() []tea.KeyPressMsg {
	const text = "Kind (6) kam heute wieder ohne Frühstück; Mutter sagt, sie schafft es morgens nicht. "
	var keys []tea.KeyPressMsg
	n := 0
	for _, r := range text {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
		n++
	}
	for range n {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	return keys
}

// navigated is a stream of key presses that moves down a list and back.
func navigated() []tea.KeyPressMsg {
	var keys []tea.KeyPressMsg
	for range 25 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyDown})
	}
	for range 25 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyUp})
	}
	return keys
}

// noTimers is the real clock without timers: a timer's command would
// sleep when run, and the measurement runs no timers anyway.
var noTimers = clock.Clock{Now: time.Now, After: func(time.Duration, tea.Msg) tea.Cmd { return nil }}

// discard is a store that forgets: the workspace's saves run as commands,
// which the measurement does not run.
type discard struct{}

func (discard) SaveEncoded(*store.Encoded, ...conference.Change) error { return nil }

// newWorkspace opens the workspace on a large conference standing in
// phase, laid out for a 120x40 terminal, as the root model does.
func newWorkspace(phase conference.PhaseID) *workspace.Model {
	styles := theme.Default(false).Styles(true)
	m := workspace.New(workspace.Config{
		Conf: seed.Large(time.Now(), phase), Store: discard{}, Msgs: i18n.New(i18n.DE),
		Catalogue: catalogue.Builtin(), Styles: &styles, Clock: noTimers,
	})
	m.SetLayout(layout.Compute(120, 40))
	m.Init()
	return m
}

func wsScreen(m *workspace.Model) screen {
	return screen{update: m.Update, view: m.View, typing: m.Typing}
}

// focusKeys are tried, each on a fresh workspace, until one gives a text
// field the keyboard: the phase editor's "new entry" keys first, then the
// parking-lot dialog every phase has.
var focusKeys = []tea.KeyPressMsg{
	{Code: 'n', Text: "n"}, {Code: 'a', Text: "a"}, {Code: tea.KeyEnter}, {Code: 'e', Text: "e"},
	{Code: 'i', Text: "i"}, {Code: tea.KeyTab}, {Code: tea.KeyF6},
}

// typingWorkspace returns a workspace in phase with a text field focused,
// and the key that focused it; nil when no key does.
func typingWorkspace(phase conference.PhaseID) (*workspace.Model, string) {
	for _, k := range focusKeys {
		m := newWorkspace(phase)
		m.Update(k)
		if m.Typing() {
			return m, k.String()
		}
	}
	return nil, ""
}

// keystrokePhases are the phases whose lists grow with the conference.
var keystrokePhases = []conference.PhaseID{
	conference.PhaseOpening, conference.PhasePerspectives, conference.PhaseWorries, conference.PhaseActions,
}

// measureKeystrokes times typing and list navigation in each phase of the
// large conference; the row's figure is the worse of the two.
func measureKeystrokes(n int) []Row {
	var rows []Row
	for _, phase := range keystrokePhases {
		target := fmt.Sprintf("keystroke (Update+View), large conference, %s", phase)
		nav := timeKeys(wsScreen(newWorkspace(phase)), navigated(), n)
		worst := nav.times.p99()
		note := "navigate: " + nav.String()
		if m, focus := typingWorkspace(phase); m != nil {
			typ := timeKeys(wsScreen(m), typed(), n)
			worst = max(worst, typ.times.p99())
			note = fmt.Sprintf("type (field opened with %s): %s; %s", focus, typ, note)
		} else {
			note += "; no key focuses a text field here yet"
		}
		rows = append(rows, Row{Target: target, Budget: "p99 ≤ 2 ms", Measured: "p99 " + ms(worst),
			Ratio: ratio(float64(worst), float64(2*time.Millisecond)), Status: verdict(worst <= 2*time.Millisecond), Note: note})
	}
	return rows
}

// measureHomeKeys times typing into the home screen's filter over every
// conference in the store. The issue sets no budget for it; the keystroke
// budget is given for comparison.
func measureHomeKeys(repo home.Repository, conferences, n int) Row {
	target := fmt.Sprintf("keystroke in home filter, %s conferences", count(conferences))
	styles := theme.Default(false).Styles(true)
	m := home.New(home.Config{Repo: repo, Msgs: i18n.New(i18n.DE), Styles: &styles, Clock: noTimers})
	m.SetLayout(layout.Compute(120, 40))
	deliver(m.Update, m.Init(), 3)
	m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
	if !m.Typing() {
		return Row{Target: target, Budget: "(2 ms)", Measured: "–", Status: Error, Note: "'/' did not open the filter"}
	}
	var keys []tea.KeyPressMsg
	for _, r := range "K-2025-1" {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	for range 8 {
		keys = append(keys, tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	st := timeKeys(screen{update: m.Update, view: m.View, typing: m.Typing}, keys, n)
	return Row{Target: target, Budget: "(2 ms)", Measured: "p99 " + ms(st.times.p99()),
		Ratio: ratio(float64(st.times.p99()), float64(2*time.Millisecond)), Status: Info, Note: st.String()}
}

// deliver runs cmd and feeds what it produces to update, batches included
// (the home list loads through a command), up to depth rounds.
func deliver(update func(tea.Msg) tea.Cmd, cmd tea.Cmd, depth int) {
	if cmd == nil || depth == 0 {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			deliver(update, c, depth)
		}
	case nil:
	default:
		deliver(update, update(msg), depth-1)
	}
}
