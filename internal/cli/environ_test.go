package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// quitAfterFirstFrame is a terminal program that draws one line with
// conference text and ends.
type quitAfterFirstFrame struct{}

type drawnMsg struct{}

func (quitAfterFirstFrame) Init() tea.Cmd { return func() tea.Msg { return drawnMsg{} } }

func (m quitAfterFirstFrame) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(drawnMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

func (quitAfterFirstFrame) View() tea.View { return tea.NewView("Sorge um Mia, Kita Sonnenblume") }

// Bubble Tea writes a log of the program to the file TEA_TRACE names (and
// Ultraviolet its renderer's log to UV_DEBUG's): kofa writes no log files,
// so a real Bubble Tea program started by kofa leaves no file behind, and
// no debug switch is left in the environment it runs in.
func TestDebugSwitchesAreGoneBeforeTheAppStarts(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"TEA_TRACE":            filepath.Join(dir, "tea-trace.log"),
		"UV_DEBUG":             filepath.Join(dir, "uv-debug.log"),
		"BASH_COMP_DEBUG_FILE": filepath.Join(dir, "completion.log"),
	}
	for name, file := range files {
		t.Setenv(name, file)
	}
	t.Setenv("TEA_DEBUG", "true")
	app, _ := testApp(t)
	var left []string
	app.RunTUI = func(ctx context.Context, env *Env) error {
		for _, name := range debugSwitches {
			if v, ok := os.LookupEnv(name); ok {
				left = append(left, name+"="+v)
			}
		}
		var screen bytes.Buffer
		p := tea.NewProgram(quitAfterFirstFrame{}, tea.WithContext(ctx),
			tea.WithInput(strings.NewReader("")), tea.WithOutput(&screen), tea.WithWindowSize(80, 24))
		_, err := p.Run()
		return err
	}
	if r := run(t, app, "", "--lang", "en", "--db", dbPath(t)); r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if len(left) > 0 {
		t.Errorf("the terminal app ran with %v in its environment", left)
	}
	for name, file := range files {
		if _, err := os.Stat(file); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %s was written (stat: %v)", name, file, err)
		}
	}
}

// KOFA_PASSPHRASE is read once and then gone from the process: a later
// look into the environment and a child process both find nothing.
func TestKofaPassphraseLeavesTheEnvironmentOnceRead(t *testing.T) {
	app, _ := cryptApp(t)
	path, _ := encryptedDemo(t, app)
	t.Setenv(passphraseEnv, testPass)
	if r := run(t, app, "", "--lang", "en", "--db", path, "list"); r.code != 0 {
		t.Fatalf("list with %s: exit %d, stderr %q", passphraseEnv, r.code, r.stderr)
	}
	if v, ok := os.LookupEnv(passphraseEnv); ok {
		t.Errorf("after the run the environment still holds %s=%q", passphraseEnv, v)
	}
	child := exec.Command(os.Args[0], "-test.run=^TestHelperPrintPassphraseEnv$")
	child.Env = append(os.Environ(), "KOFA_TEST_HELPER=print-env")
	out, err := child.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v: %s", err, out)
	}
	if !strings.Contains(string(out), "unset") || strings.Contains(string(out), testPass) {
		t.Errorf("a child process sees %s: %s", passphraseEnv, out)
	}
}

// TestHelperPrintPassphraseEnv is the child of the test above.
func TestHelperPrintPassphraseEnv(t *testing.T) {
	if os.Getenv("KOFA_TEST_HELPER") != "print-env" {
		t.Skip("run as a child process only")
	}
	if v, ok := os.LookupEnv(passphraseEnv); ok {
		os.Stdout.WriteString(passphraseEnv + "=" + v + "\n")
	} else {
		os.Stdout.WriteString(passphraseEnv + " unset\n")
	}
}

// On Linux others of the same user read a process's starting environment
// in /proc/<pid>/environ for as long as it runs; os.Unsetenv does not
// change it. The real kofa, given the passphrase in KOFA_PASSPHRASE and
// left running (the stress command), shows it there no more.
func TestKofaPassphraseIsNotInProcEnviron(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/<pid>/environ is Linux's")
	}
	bin := kofaBinary(t)
	root := t.TempDir()
	marker := "Marker-Passphrase-Kranich-4711"
	env := append(freshMachine(root), passphraseEnv+"="+marker)
	cmd := exec.Command(bin, "--db", filepath.Join(root, "kofa.db"), stressCommand)
	cmd.Env = env
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	guard := time.AfterFunc(time.Minute, func() { _ = cmd.Process.Kill() }) // never hang the test
	defer guard.Stop()
	// Once it has saved, it runs on until killed.
	line, _ := bufio.NewReader(out).ReadString('\n')
	environ, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", cmd.Process.Pid))
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if !strings.HasPrefix(line, "saved ") {
		t.Fatalf("kofa %s did not start: %q", stressCommand, line)
	}
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(environ, []byte(marker)) {
		t.Errorf("/proc/<pid>/environ of a running kofa holds the passphrase")
	}
	if !bytes.Contains(environ, []byte("XDG_DATA_HOME=")) {
		t.Errorf("the rest of the environment is gone too: %q", environ)
	}
}
