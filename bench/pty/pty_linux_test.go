//go:build linux

package pty

import (
	"context"
	"errors"
	"io"
	"os"
	"testing"
	"time"
)

func TestTerminalAnswersEachQueryOnceEvenWhenSplit(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{out: w}
	// A background-colour query split across two reads, then DA1 and a
	// mode report; the last chunk holds no query.
	for _, chunk := range []string{"\x1b[?1049h\x1b]11", ";?\x07\x1b[c", "\x1b[?2026$p hello", " world"} {
		term.feed([]byte(chunk))
	}
	_ = w.Close()
	replies, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	want := "\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\" + "\x1b[?62;22c" + "\x1b[?2026;2$y"
	if string(replies) != want {
		t.Errorf("replies %q, want %q", replies, want)
	}
	if got := term.screen(); got != " hello world" {
		t.Errorf("screen %q, want the text without escape sequences", got)
	}
}

func TestRunReportsAProgramThatEndsBeforeTheMarker(t *testing.T) {
	_, err := Run(context.Background(), Spec{
		Path: "/bin/sh", Args: []string{"-c", "echo not yet"}, Marker: "never", Timeout: 5 * time.Second,
	})
	var me *MarkerError
	if !errors.As(err, &me) || me.Reason != "exited" {
		t.Fatalf("err = %v, want a MarkerError for a program that exited", err)
	}
}

func TestRunFindsTheMarkerOnTheScreen(t *testing.T) {
	res, err := Run(context.Background(), Spec{
		Path: "/bin/sh", Args: []string{"-c", `printf '\033[1mre\033[0mady\n'; exec cat`}, Marker: "ready", Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.FirstFrame <= 0 || res.FirstFrame > 5*time.Second {
		t.Errorf("first frame after %s", res.FirstFrame)
	}
}

func TestRunReportsThePeakMemoryOfTheProgramItself(t *testing.T) {
	res, err := Run(context.Background(), Spec{
		Path: "/bin/sh", Args: []string{"-c", `echo ready; exec cat`}, Marker: "ready", Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	// A shell needs a few MB; the test binary that started it far more.
	if res.MaxRSS <= 0 || res.MaxRSS > 8<<20 {
		t.Errorf("peak RSS %d bytes, want the shell's own (a few MB)", res.MaxRSS)
	}
}
