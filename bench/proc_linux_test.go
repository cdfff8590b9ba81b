//go:build linux

package main

import (
	"context"
	"os"
	"testing"
	"time"
)

// TestMain lets the test binary serve as runProc's go-between, as the
// bench binary does.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == measuredArg {
		os.Exit(runMeasured(os.Args[2:]))
	}
	os.Exit(m.Run())
}

func TestRunProcReportsTheProgramsOwnPeakMemory(t *testing.T) {
	ballast := make([]byte, 64<<20) // the harness is big; the program is not
	for i := range ballast {
		ballast[i] = 1
	}
	r, err := runProc(context.Background(), os.Environ(), time.Minute, "/bin/sh", "-c", "exit 0")
	if err != nil {
		t.Fatal(err)
	}
	// A shell is smaller than the go-between, so only a bound is known;
	// what matters is that the harness's 64 MB are not counted.
	if !r.rssOK || !r.rssAtMost || r.rss <= 0 || r.rss >= 48<<20 {
		t.Errorf("peak RSS %d bytes (known %v, bound %v), want at most the go-between's", r.rss, r.rssOK, r.rssAtMost)
	}
	_ = ballast[len(ballast)-1]
}

func TestRunProcStopsAProgramAtTheLimit(t *testing.T) {
	r, err := runProc(context.Background(), os.Environ(), 200*time.Millisecond, "/bin/sh", "-c", "exec sleep 30")
	if err != nil || !r.stopped {
		t.Fatalf("stopped %v, err %v; want a stopped run without error", r.stopped, err)
	}
}
