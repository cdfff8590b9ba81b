package cli

// These tests build the real kofa binary and run it as a user would, to
// check what only a separate process shows: the exit code os.Exit gets,
// the files a fresh machine ends up with, and a second kofa meeting the
// lock of the first.

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"kofa/internal/demo"
)

const binaryVersion = "v1.2.3-test"

var buildOnce struct {
	sync.Once
	path string
	err  error
}

// stressTag builds the hidden stress command into the binary the tests
// run (stress.go); a release build leaves it out.
const stressTag = "kofa_stress"

// kofaBinary builds cmd/kofa once per test run like a release build
// (-trimpath, the version set by the linker), plus the stress command.
func kofaBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kofa-bin-")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.path = filepath.Join(dir, "kofa")
		if runtime.GOOS == "windows" {
			buildOnce.path += ".exe"
		}
		cmd := exec.Command(goTool, "build", "-trimpath", "-tags", stressTag,
			"-ldflags", "-X main.version="+binaryVersion, "-o", buildOnce.path, "kofa/cmd/kofa")
		// Pure Go, as the README builds it: no C library call (a user
		// lookup that asks nscd over a socket) is in it.
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildOnce.err = errors.New(string(out))
		}
	})
	if buildOnce.err != nil {
		t.Fatalf("building kofa: %v", buildOnce.err)
	}
	return buildOnce.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildOnce.path != "" {
		_ = os.RemoveAll(filepath.Dir(buildOnce.path))
	}
	os.Exit(code)
}

// freshMachine returns an environment whose home, data and config folders
// are empty folders under root, with no KOFA_DB, no language and no
// NO_COLOR from the developer's own environment.
func freshMachine(root string) []string {
	drop := map[string]bool{
		"HOME": true, "USERPROFILE": true, "XDG_DATA_HOME": true, "XDG_CONFIG_HOME": true,
		"LOCALAPPDATA": true, "APPDATA": true, "KOFA_DB": true, "KOFA_PASSPHRASE": true, "NO_COLOR": true,
		"LANG": true, "LC_ALL": true, "LC_MESSAGES": true,
	}
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !drop[strings.ToUpper(k)] {
			env = append(env, kv)
		}
	}
	return append(env,
		"HOME="+filepath.Join(root, "home"),
		"USERPROFILE="+filepath.Join(root, "home"),
		"XDG_DATA_HOME="+filepath.Join(root, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(root, "config"),
		"LOCALAPPDATA="+filepath.Join(root, "local"),
		"APPDATA="+filepath.Join(root, "roaming"),
	)
}

type procResult struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

// runKofa runs the binary; a kofa that hangs fails the test after 20 s.
func runKofa(t *testing.T, env []string, args ...string) procResult {
	t.Helper()
	bin := kofaBinary(t) // the build does not count against the time limit
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	r := procResult{stdout: out.String(), stderr: errOut.String(), took: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("kofa %v did not finish: it waits instead of giving up", args)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return r
}

func TestBinaryOnAFreshMachineCreatesOnlyThePrivateStore(t *testing.T) {
	root := t.TempDir()
	env := freshMachine(root)

	r := runKofa(t, env, "--lang", "en", "list")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "No conferences yet.") {
		t.Errorf("stdout = %q", r.stdout)
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || filepath.Base(files[0]) != "kofa.db" {
		t.Fatalf("kofa created %v, want one file kofa.db", files)
	}
	wantPrivate(t, files[0])

	r = runKofa(t, env, "list", "--json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("list --json: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestBinarySecondKofaGivesUpOnAStoreInUse(t *testing.T) {
	env := freshMachine(t.TempDir())
	path := dbPath(t)
	held := holdStore(t, path)

	// Issue 2: the second kofa exits within 2 s. The store waits one
	// second for the lock (about 1.0 s in all here on an idle machine,
	// see also TestSecondKofaGivesUpWithinTwoSecondsWithTheDefaultTimeout
	// in internal/store). CI runs this beside the race-enabled tests of
	// every package, where a starved process has needed 2.1 s once, so a
	// run over the bound is repeated once: a kofa that really waits longer
	// (or waits for the other one to finish) fails both runs.
	r := runKofa(t, env, "--lang", "en", "--db", path, "list")
	if r.took >= 2*time.Second {
		t.Logf("the second kofa took %v to give up; trying once more", r.took)
		r = runKofa(t, env, "--lang", "en", "--db", path, "list")
	}
	if r.took >= 2*time.Second {
		t.Errorf("the second kofa took %v to give up, want under 2 s", r.took)
	}
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "in use by another kofa") {
		t.Errorf("stderr = %q, want the file named and the reason", r.stderr)
	}
	if err := held.Save(demo.Sample("en", fixedNow)); err != nil {
		t.Errorf("the first kofa can no longer save: %v", err)
	}
}

func TestBinaryWrongUsageExitsTwoWithOneLine(t *testing.T) {
	env := freshMachine(t.TempDir())
	for _, args := range [][]string{{"nosuchcmd"}, {"list", "--nope"}} {
		r := runKofa(t, env, append([]string{"--lang", "en"}, args...)...)
		if r.code != 2 || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q", args, r.code, r.stdout)
		}
		wantOneLine(t, r.stderr)
	}
}

func TestBinaryVersionComesFromTheLinker(t *testing.T) {
	r := runKofa(t, freshMachine(t.TempDir()), "version")
	if r.code != 0 || !strings.Contains(r.stdout, binaryVersion) {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
}
