package tui

import (
	"context"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/home"
	"kofa/internal/tui/tuitest"
)

// slowList is a store whose List takes until release is closed, as
// reading and sorting 10,000 summaries takes its time.
type slowList struct {
	*tuitest.Repo
	release chan struct{}
}

func (s *slowList) List() ([]conference.Summary, error) {
	<-s.release
	return s.Repo.List()
}

// TestHomeShowsTheNewestBeforeTheWholeList: the first frame shows the
// newest conferences from the first page, without waiting for all.
func TestHomeShowsTheNewestBeforeTheWholeList(t *testing.T) {
	repo := &slowList{Repo: tuitest.NewRepo(), release: make(chan struct{})}
	seed(repo.Repo)
	in, keys := io.Pipe()
	out := &tuitest.Output{}
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), Env{Repo: repo, Lang: i18n.EN, In: in, Out: out, size: [2]int{100, 30}})
	}()
	deadline := time.Now().Add(20 * time.Second) // a guard against hanging, not a wait
	var screen strings.Builder
	for !strings.Contains(screen.String(), "K-2026-098") {
		if time.Now().After(deadline) {
			close(repo.release)
			t.Fatalf("the newest conference did not show while the list was read:\n%s", screen.String())
		}
		time.Sleep(5 * time.Millisecond)
		_, _ = io.Copy(&screen, out)
	}
	close(repo.release)
	_, _ = io.WriteString(keys, "q")
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("q did not quit")
	}
}

// timedList is a store that notes when the first page was read and when
// the whole list was asked for.
type timedList struct {
	*tuitest.Repo
	mu              sync.Mutex
	newest, listing time.Time
	listed          chan struct{}
}

func (s *timedList) Newest(n int) ([]conference.Summary, error) {
	defer func() { s.mu.Lock(); s.newest = time.Now(); s.mu.Unlock() }()
	return s.Repo.Newest(n)
}

func (s *timedList) List() ([]conference.Summary, error) {
	s.mu.Lock()
	s.listing = time.Now()
	s.mu.Unlock()
	defer close(s.listed)
	return s.Repo.List()
}

// TestHomeReadsTheRestAfterAPause: the rest of the list is read only a
// while after the first page, so that reading 10,000 summaries does not
// compete with the frame that shows the first page.
func TestHomeReadsTheRestAfterAPause(t *testing.T) {
	repo := &timedList{Repo: tuitest.NewRepo(), listed: make(chan struct{})}
	seed(repo.Repo)
	in, keys := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), Env{Repo: repo, Lang: i18n.EN, In: in, Out: io.Discard, size: [2]int{100, 30}})
	}()
	select {
	case <-repo.listed:
	case <-time.After(20 * time.Second): // a guard against hanging, not a wait
		t.Fatal("the whole list was never read")
	}
	_, _ = io.WriteString(keys, "q")
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	repo.mu.Lock()
	defer repo.mu.Unlock()
	if repo.newest.IsZero() || repo.listing.Sub(repo.newest) < home.RestPause {
		t.Errorf("the whole list was read %v after the first page, want at least %v", repo.listing.Sub(repo.newest), home.RestPause)
	}
}

// countingNewest counts the reads of the first page and of the whole list.
type countingNewest struct {
	*tuitest.Repo
	newest, list atomic.Int32
}

func (s *countingNewest) List() ([]conference.Summary, error) {
	s.list.Add(1)
	return s.Repo.List()
}

func (s *countingNewest) Newest(n int) ([]conference.Summary, error) {
	s.newest.Add(1)
	return s.Repo.Newest(n)
}

// TestFirstPageIsInTheFirstView: Run reads the first page before the
// program starts (ReadFirstPage), so the first view, drawn before any
// command has run, lists the newest conference; Init then reads only the
// rest.
func TestFirstPageIsInTheFirstView(t *testing.T) {
	repo := &countingNewest{Repo: tuitest.NewRepo()}
	seed(repo.Repo)
	clk := tuitest.NewClock(start)
	app := newApp(withDefaults(Env{Repo: repo, Lang: i18n.EN, Now: clk.Now}), clk.Clock())
	app.home.ReadFirstPage()
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if view := ansi.Strip(app.View().Content); !strings.Contains(view, "K-2026-098") {
		t.Fatalf("the first view lacks the newest conference:\n%s", view)
	}
	d := tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	d.Exec(app.Init())
	d.Advance(time.Second)
	if n := repo.newest.Load(); n != 1 {
		t.Errorf("the first page was read %d times, want once", n)
	}
	if n := repo.list.Load(); n != 1 {
		t.Errorf("the whole list was read %d times, want once", n)
	}
}
