package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"kofa/internal/cli"
	"kofa/internal/demo"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/tui/tuitest"
)

// words is output as text without escape sequences or blanks: the
// renderer moves the cursor over runs of spaces instead of writing them.
func words(out []byte) string {
	return strings.Join(strings.Fields(ansi.Strip(string(out))), "")
}

// e2eWait bounds every wait for the program on a slow, busy machine.
const e2eWait = 30 * time.Second

// TestRunTUIOpensTheDemoConferenceDirectly starts the app the way "kofa
// demo" does, through the command line's seam with a rehearsal Env that
// names the sample conference: the workspace opens on it without a key
// pressed, marked as a rehearsal, and ctrl+c ends the program.
func TestRunTUIOpensTheDemoConferenceDirectly(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	c := demo.Sample(string(i18n.DE), time.Now())
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	in, keys := io.Pipe()
	out := &tuitest.Output{}
	done := make(chan error, 1)
	go func() {
		done <- runTUI(context.Background(), &cli.Env{Store: s, Lang: i18n.DE, Theme: "default",
			Demo: true, OpenID: c.ID, Stdin: in, Stdout: out})
	}()
	// The terminal's answer to a size query (CSI 8 ; rows ; columns t):
	// without a size there is nothing to draw into. The program sends
	// itself the size of its output (0x0, no terminal) from a goroutine
	// at start, which may come after this answer; so it is repeated until
	// the program draws.
	size := func() {
		if _, err := io.WriteString(keys, "\x1b[8;30;100t"); err != nil {
			t.Error(err)
		}
	}
	size()
	var seen []byte
	teatest.WaitFor(t, out, func(b []byte) bool {
		seen = b
		w := words(b)
		if strings.Contains(w, "K-2026-117·7Abschluss") && strings.Contains(w, "Konferenzabgeschlossenam") {
			return true
		}
		size()
		return false
	}, teatest.WithDuration(e2eWait), teatest.WithCheckInterval(5*time.Millisecond))
	if !strings.Contains(words(seen), "Probelauf") {
		t.Errorf("the rehearsal is not marked:\n%s", ansi.Strip(string(seen)))
	}
	if _, err := io.WriteString(keys, "\x03"); err != nil { // ctrl+c
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("runTUI: %v", err)
		}
	case <-time.After(e2eWait):
		t.Fatal("ctrl+c did not end the program")
	}
	_ = keys.Close()
}
