package tui

import (
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/tuitest"
)

// TestEndToEndCompleteConference runs the real program on an empty store
// file and types a whole case conference the way a facilitator would, from
// the preparation to closing it. After quitting, a new program on the same
// file must find every item again.
func TestEndToEndCompleteConference(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s := openStore(t, path)
	run := startProgram(t, s)
	runConference(run)
	run.key("ctrl+c")
	first := run.finish(t)
	c := first.Conference()
	if c == nil || first.SaveState() != saver.Saved {
		t.Fatalf("after quitting: conference %v, save state %v; want the conference, saved", c != nil, first.SaveState())
	}
	checkConference(t, "the first program", c)
	id := c.ID
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// kofa is started again on the same file: a new program, a new store
	// handle, nothing shared with the first run but the file.
	s = openStore(t, path)
	again := startProgram(t, s)
	again.see("K-2026-117", "abgeschlossen")
	again.key("enter")
	again.see("K-2026-117 · 7 Abschluss", "✓ Konferenz abgeschlossen am 22.11.2026")
	again.key("ctrl+c")
	second := again.finish(t)
	if second.Conference() == nil || second.Conference().ID != id {
		t.Fatal("the second program did not open the conference from the store")
	}
	checkConference(t, "the conference loaded by the second program", second.Conference())
	stored, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	checkConference(t, "the store after the second program", stored)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// screenTap wraps the root model and keeps the text of the last frame, so
// that the test can wait for words on the screen: the renderer writes only
// the cells that changed, which makes the raw output useless for that.
// View runs on the program's goroutine, the test reads from its own.
type screenTap struct {
	*App
	last atomic.Pointer[string]
}

func (s *screenTap) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := s.App.Update(msg)
	return s, cmd
}

func (s *screenTap) View() tea.View {
	v := s.App.View()
	text := ansi.Strip(v.Content)
	s.last.Store(&text)
	return v
}

func (s *screenTap) screen() string {
	if p := s.last.Load(); p != nil {
		return *p
	}
	return ""
}

// program is a running kofa driven through teatest.
type program struct {
	t   *testing.T
	tm  *teatest.TestModel
	tap *screenTap
}

// startProgram starts kofa on s at 120x40, German, on a clock that runs
// from the test's fixed start, so that dates typed as "+14d" are known.
func startProgram(t *testing.T, s *store.Store) *program {
	t.Helper()
	begin := time.Now()
	now := func() time.Time { return start.Add(time.Since(begin)) }
	env := withDefaults(Env{Repo: s, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: now})
	tap := &screenTap{App: newApp(env, clock.Real(now))}
	tm := teatest.NewTestModel(t, tap, teatest.WithInitialTermSize(120, 40))
	return &program{t: t, tm: tm, tap: tap}
}

// e2eWait is generous: the test must pass under -race on a busy machine.
const e2eWait = 30 * time.Second

func (p *program) key(names ...string) {
	for _, n := range names {
		p.tm.Send(tuitest.KeyPress(n))
	}
}

func (p *program) typ(text string) { p.tm.Type(text) }

// see waits until the screen shows every text.
func (p *program) see(texts ...string) {
	p.t.Helper()
	for _, want := range texts {
		tb := &screenFailure{TB: p.t, p: p, want: want}
		teatest.WaitFor(tb, p.tm.Output(), func([]byte) bool { return strings.Contains(p.tap.screen(), want) },
			teatest.WithDuration(e2eWait), teatest.WithCheckInterval(5*time.Millisecond))
	}
}

// finish waits for the program to end and returns its root model.
func (p *program) finish(t *testing.T) *App {
	t.Helper()
	return p.tm.FinalModel(t, teatest.WithFinalTimeout(e2eWait)).(*screenTap).App
}

// screenFailure reports a wait that timed out with the last screen instead
// of the raw terminal output.
type screenFailure struct {
	testing.TB
	p    *program
	want string
}

func (s *screenFailure) Fatal(...any) {
	s.TB.Helper()
	s.TB.Fatalf("the screen did not show %q within %s; it shows:\n%s", s.want, e2eWait, s.p.tap.screen())
}
