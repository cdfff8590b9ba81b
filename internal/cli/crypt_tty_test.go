package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// These tests type the passphrase into the real binary on a real terminal
// (tmux), where kofa reads it without echo.

// ttySession is kofa running in a detached tmux session.
type ttySession struct {
	t      *testing.T
	socket string
}

// startTTY runs kofa with args in a fresh tmux server. After kofa exits
// the shell prints its exit code and then reads a line, so a test can see
// whether echo is back on.
func startTTY(t *testing.T, env []string, args ...string) *ttySession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	bin := kofaBinary(t)
	quoted := []string{posixQuote(bin)}
	for _, a := range args {
		quoted = append(quoted, posixQuote(a))
	}
	// The trap keeps the shell alive through a Ctrl+C meant for kofa (its
	// child gets the default handling back).
	script := "trap : INT; " + strings.Join(quoted, " ") + `; echo "exit=$?"; read -r line; sleep 30`
	s := &ttySession{t: t, socket: fmt.Sprintf("kofa-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmd := exec.Command("tmux", "-L", s.socket, "-f", os.DevNull, "new-session", "-d", "-x", "120", "-y", "30", "sh", "-c", script)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	t.Cleanup(s.end)
	return s
}

// end closes the terminal and waits until the programs that ran in it have
// gone: a kofa closed by the hang-up still saves and may finish its session
// backup, and the test's folders must not be removed under it meanwhile
// (that raced as "directory not empty").
func (s *ttySession) end() {
	var running []string
	if shell, err := exec.Command("tmux", "-L", s.socket, "display", "-p", "#{pane_pid}").Output(); err == nil {
		running = descendants(strings.TrimSpace(string(shell)))
	}
	_ = exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	deadline := time.Now().Add(15 * time.Second)
	for _, pid := range running {
		for time.Now().Before(deadline) && alive(pid) {
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// descendants lists pid and every process below it (kofa may run under a
// wrapper such as strace).
func descendants(pid string) []string {
	all := []string{pid}
	children, _ := os.ReadFile("/proc/" + pid + "/task/" + pid + "/children")
	for _, child := range strings.Fields(string(children)) {
		all = append(all, descendants(child)...)
	}
	return all
}

// alive says whether the process still runs (a zombie has finished).
func alive(pid string) bool {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses: "123 (kofa) S ...".
	rest := string(stat)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 && i+2 < len(rest) {
		return rest[i+2] != 'Z'
	}
	return true
}

func posixQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (s *ttySession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v: %s", args, err, out)
	}
	return string(out)
}

func (s *ttySession) screen() string { return s.tmux("capture-pane", "-p") }

// waitFor polls the screen until it shows want; kofa runs in another
// process, so there is nothing to synchronise on but what it prints.
func (s *ttySession) waitFor(want string) string {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		screen := s.screen()
		if strings.Contains(screen, want) {
			return screen
		}
		select {
		case <-ctx.Done():
			s.t.Fatalf("the terminal never showed %q:\n%s", want, screen)
		case <-tick.C:
		}
	}
}

func (s *ttySession) typeLine(text string) {
	s.t.Helper()
	s.tmux("send-keys", "-l", text)
	s.tmux("send-keys", "Enter")
}

func TestPassphraseIsTypedWithoutEchoOnATerminal(t *testing.T) {
	app, _ := cryptApp(t)
	path, _ := encryptedDemo(t, app)
	// The store was encrypted with a cheap key derivation; the binary
	// uses the store's own parameters, so this stays quick.
	env := freshMachine(t.TempDir())
	id := listStoreWith(t, path)

	s := startTTY(t, env, "--lang", "en", "--db", path, "list")
	s.waitFor("Passphrase for " + path)
	s.typeLine(testPass)
	screen := s.waitFor("exit=")
	if !strings.Contains(screen, "exit=0") || !strings.Contains(screen, string(id)) {
		t.Errorf("list with the passphrase typed in:\n%s", screen)
	}
	if strings.Contains(screen, "Pferd") {
		t.Errorf("the passphrase was echoed:\n%s", screen)
	}

	before, _ := os.ReadFile(path)
	s = startTTY(t, env, "--lang", "en", "--db", path, "list")
	s.waitFor("Passphrase for")
	s.typeLine("Falsches Pferd")
	screen = s.waitFor("exit=")
	if !strings.Contains(screen, "exit=1") || !strings.Contains(screen, "passphrase is wrong") || strings.Contains(screen, "Pferd") {
		t.Errorf("a wrong passphrase:\n%s", screen)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a wrong passphrase changed the store file")
	}
}

func TestCtrlCAtThePassphrasePromptRestoresTheTerminal(t *testing.T) {
	app, _ := cryptApp(t)
	path, _ := encryptedDemo(t, app)
	s := startTTY(t, freshMachine(t.TempDir()), "--lang", "en", "--db", path, "list")
	s.waitFor("Passphrase for")
	s.tmux("send-keys", "C-c")
	screen := s.waitFor("exit=")
	if !strings.Contains(screen, "exit=1") || !strings.Contains(screen, "Interrupted") {
		t.Errorf("Ctrl+C at the prompt:\n%s", screen)
	}
	// Echo is back: what the shell reads next shows as it is typed.
	s.tmux("send-keys", "-l", "sichtbar")
	s.waitFor("sichtbar")
}

// listStoreWith returns the ID of the only conference of the encrypted
// store at path.
func listStoreWith(t *testing.T, path string) string {
	t.Helper()
	app, _ := cryptApp(t)
	r := run(t, app, lines(testPass), "--db", path, "list", "--json")
	if r.code != 0 {
		t.Fatalf("list: %q", r.stderr)
	}
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 1 {
		t.Fatalf("list --json: %v, %q", err, r.stdout)
	}
	return list[0].ID
}
