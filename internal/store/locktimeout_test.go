package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// TestSecondKofaGivesUpWithinTwoSecondsWithTheDefaultTimeout pins issue 2's
// promise with the options a real kofa uses (Options{}, so DefaultTimeout):
// a second Open on a store in use fails with a *LockedError in under 2 s,
// instead of waiting for the first kofa to close.
func TestSecondKofaGivesUpWithinTwoSecondsWithTheDefaultTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	first, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	type result struct {
		s    *Store
		err  error
		took time.Duration
	}
	done := make(chan result, 1)
	go func() {
		start := time.Now()
		s, err := Open(path, Options{})
		done <- result{s, err, time.Since(start)}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second): // a guard against hanging
		t.Fatal("second Open still waiting after 10 s")
	}
	if r.err == nil {
		_ = r.s.Close()
		t.Fatal("second Open succeeded while the first holds the store")
	}
	if _, ok := errors.AsType[*LockedError](r.err); !ok {
		t.Fatalf("second Open: %v, want *LockedError", r.err)
	}
	if r.took >= 2*time.Second {
		t.Errorf("second Open gave up after %v, want under 2 s", r.took)
	}
	if r.took < DefaultTimeout/2 {
		t.Errorf("second Open gave up after %v: it did not wait for the lock at all (DefaultTimeout %v)", r.took, DefaultTimeout)
	}
	if err := first.Save(richConference("", "x", 0)); err != nil {
		t.Errorf("the first kofa cannot save after the refused Open: %v", err)
	}
}
