package tui

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
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
