package tui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/tui/tuitest"
)

// TestDamageFoundByTheCheckEndsTheApp: the check of the store file runs
// beside the app; when it reports damage, the app ends at once (no key
// needed), restores the terminal and returns the damage, which the
// command line reports with the newest backup.
func TestDamageFoundByTheCheckEndsTheApp(t *testing.T) {
	damaged := &store.DamagedError{Path: "/data/kofa.db", Err: errors.New("page 6: unexpected page type")}
	release := make(chan struct{})
	in, keep := io.Pipe() // a terminal that sends nothing
	defer keep.Close()
	var out bytes.Buffer
	env := Env{Repo: tuitest.NewRepo(), Lang: i18n.EN, In: in, Out: &out, size: [2]int{100, 30},
		Verified: func() error { <-release; return damaged }}
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), env) }()
	select {
	case err := <-done:
		t.Fatalf("the app ended before the check did: %v", err)
	case <-time.After(50 * time.Millisecond): // the app runs meanwhile
	}
	close(release)
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second): // a guard against hanging, not a wait
		t.Fatal("the app did not end after the check found damage")
	}
	if !errors.Is(err, damaged) {
		t.Fatalf("Run returned %v, want the damage", err)
	}
	if o := out.String(); !strings.Contains(o, "\x1b[?1049l") {
		t.Errorf("terminal not restored:\n%q", o[max(0, len(o)-200):])
	}
}

func TestASoundStoreKeepsTheAppRunning(t *testing.T) {
	in, keys := io.Pipe()
	var out bytes.Buffer
	checked := make(chan struct{})
	env := Env{Repo: tuitest.NewRepo(), Lang: i18n.EN, In: in, Out: &out, size: [2]int{100, 30},
		Verified: func() error { close(checked); return nil }}
	done := make(chan error, 1)
	go func() { done <- Run(context.Background(), env) }()
	<-checked
	select {
	case err := <-done:
		t.Fatalf("the app ended after a clean check: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	_, _ = io.WriteString(keys, "q")
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("quit: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("q did not quit")
	}
}
