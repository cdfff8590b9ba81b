//go:build linux

package cli

// (Linux only: kofa's process is found through /proc.)

// A terminal window closed, an SSH connection dropped, a `kill` from
// another shell: kofa ends, but first it saves what was typed, gives the
// terminal back as it found it and removes the rehearsal's folder.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/store"
)

// typedWord is typed into the case presentation's facts, a field that is
// committed after the typing pause; the signal comes before that pause
// ends.
const typedWord = " ZEBRAWORT"

// kofaPID is the process ID of kofa, the child of the shell in the tmux
// pane.
func (s *ttySession) kofaPID() int {
	s.t.Helper()
	shell := strings.TrimSpace(s.tmux("display", "-p", "#{pane_pid}"))
	data, err := os.ReadFile("/proc/" + shell + "/task/" + shell + "/children")
	if err != nil {
		s.t.Fatalf("children of the shell: %v", err)
	}
	fields := strings.Fields(string(data))
	if len(fields) != 1 {
		s.t.Fatalf("the shell has children %q, want kofa alone", fields)
	}
	pid, err := strconv.Atoi(fields[0])
	if err != nil {
		s.t.Fatal(err)
	}
	return pid
}

// typeIntoFacts goes from the rehearsal's phase 3 back to the case
// presentation and types into its facts, until the word is on screen.
func (s *ttySession) typeIntoFacts() {
	s.t.Helper()
	s.waitFor("3 Perspectives")
	s.tmux("send-keys", "C-Left")
	s.waitFor("Clarifying questions")
	s.tmux("send-keys", "-l", typedWord)
	s.waitFor(strings.TrimSpace(typedWord))
}

// requireLinuxTTY skips a test that finds kofa's process through /proc
// where there is none. (The files that use it build on Linux only; this
// keeps the reason in one place.)
// rehearsalStore is a new store file holding the English rehearsal, which
// stands in the round of perspectives.
func rehearsalStore(t *testing.T) (string, *conference.Conference) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := demo.Rehearsal("en", time.Now())
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, c
}

func requireLinuxTTY(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/proc/self"); err != nil {
		t.Skip("no /proc: kofa's process cannot be found")
	}
}

// running reports whether the process lives and is not a zombie waiting
// for its parent.
func running(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	_, rest, _ := strings.Cut(string(data), ") ")
	return !strings.HasPrefix(rest, "Z")
}

func TestSignalSavesTypedTextAndRestoresTheTerminal(t *testing.T) {
	t.Parallel()
	requireLinuxTTY(t)
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			path, c := rehearsalStore(t)
			facts := c.Facts

			tty := startTTY(t, freshMachine(t.TempDir()), "--lang", "en", "--db", path)
			tty.waitFor("Case conferences")
			tty.tmux("send-keys", "Enter")
			tty.typeIntoFacts()
			pid := tty.kofaPID()
			if err := syscall.Kill(pid, sig); err != nil {
				t.Fatal(err)
			}
			// Every signal ends kofa alike: not killed by it (129, 143,
			// 130), but saying it was interrupted.
			screen := tty.waitFor("exit=")
			if !strings.Contains(screen, "Interrupted.") || !strings.Contains(screen, "exit=1") {
				t.Errorf("kofa did not end as interrupted:\n%s", screen)
			}
			if alt := strings.TrimSpace(tty.tmux("display", "-p", "#{alternate_on}")); alt != "0" {
				t.Errorf("the terminal is still on the alternate screen (%s)", alt)
			}

			s, err := store.Open(path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = s.Close() }()
			got, err := s.Get(c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Facts != facts+typedWord {
				t.Errorf("facts after %s:\n%q\nwant\n%q", sig, got.Facts, facts+typedWord)
			}
		})
	}
}

// TestClosedTerminalRemovesTheRehearsal closes the terminal window that
// a rehearsal runs in: kofa gets SIGHUP, and its folder with the
// throwaway store must be gone.
func TestClosedTerminalRemovesTheRehearsal(t *testing.T) {
	t.Parallel()
	requireLinuxTTY(t)
	m := newMachine(t)
	tty := startTTY(t, m.env, "--lang", "en", "demo")
	tty.typeIntoFacts()
	if dirs, _ := filepath.Glob(filepath.Join(m.tmp, "kofa-demo-*")); len(dirs) != 1 {
		t.Fatalf("the rehearsal's folder in TMPDIR: %v", dirs)
	}
	pid := tty.kofaPID()
	tty.tmux("kill-server") // the window closes: the terminal hangs up
	deadline := time.Now().Add(20 * time.Second)
	for running(pid) {
		if time.Now().After(deadline) {
			t.Fatal("kofa is still running after its terminal was closed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if left, _ := os.ReadDir(m.tmp); len(left) != 0 {
		t.Errorf("TMPDIR holds %d entries after the terminal was closed, want none (first: %s)", len(left), left[0].Name())
	}
}
