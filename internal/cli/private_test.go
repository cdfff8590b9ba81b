package cli

// What a typical session leaves on disk, and that it never touches the
// network: the built binary, run as a user would.

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// machine is a fresh machine for one session: empty home, data and config
// folders, an empty TMPDIR, and a folder of the user's own (out) for
// exports and backups.
type machine struct {
	root, tmp, out, db string
	env                []string
}

func newMachine(t *testing.T) *machine {
	t.Helper()
	root := t.TempDir()
	m := &machine{root: root, tmp: filepath.Join(root, "tmp"), out: filepath.Join(root, "out")}
	for _, dir := range []string{m.tmp, m.out} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	m.env = append(freshMachine(root), "TMPDIR="+m.tmp, "TMP="+m.tmp, "TEMP="+m.tmp)
	m.db = filepath.Join(root, "data", "kofa", "kofa.db") // the default store
	return m
}

// runner runs kofa with args and returns its exit code and output.
type runner func(args ...string) procResult

// typicalSession is what a facilitator does in a week: the sample into the
// store, the list, minutes to a file, all minutes to a folder, an archive
// and a backup. It returns the conference's ID.
func typicalSession(t *testing.T, m *machine, kofa runner) string {
	t.Helper()
	must := func(args ...string) procResult {
		t.Helper()
		r := kofa(append([]string{"--lang", "en"}, args...)...)
		if r.code != 0 {
			t.Fatalf("kofa %v: exit %d: %s", args, r.code, r.stderr)
		}
		return r
	}
	must("demo", "--db", m.db)
	must("list")
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(must("list", "--json").stdout), &list); err != nil || len(list) != 1 {
		t.Fatalf("list --json: %v, %d conferences", err, len(list))
	}
	id := list[0].ID
	must("export", id, "-o", filepath.Join(m.out, "minutes.md"))
	must("export", "--all", "-d", filepath.Join(m.out, "all"))
	must("archive", "export", id, "-o", filepath.Join(m.out, "archive.json"))
	must("backup", filepath.Join(m.out, "backup.db"))
	return id
}

// TestATypicalSessionLeavesOnlyPrivateFiles runs a typical session and
// then walks the machine: every file kofa made is 0600, every folder it
// made 0700, no temporary file is left, and TMPDIR is as empty as before.
func TestATypicalSessionLeavesOnlyPrivateFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits")
	}
	m := newMachine(t)
	typicalSession(t, m, func(args ...string) procResult { return runKofa(t, m.env, args...) })
	terminalSessions(t, m, "")

	made := 0
	err := filepath.WalkDir(m.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == m.root || p == m.tmp || p == m.out {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(m.root, p)
		made++
		switch {
		case strings.HasPrefix(d.Name(), ".kofa-new-"):
			t.Errorf("%s: a temporary file was left", rel)
		case d.IsDir() && info.Mode().Perm() != 0o700:
			t.Errorf("%s/: mode %o, want 700", rel, info.Mode().Perm())
		case !d.IsDir() && info.Mode().Perm() != 0o600:
			t.Errorf("%s: mode %o, want 600", rel, info.Mode().Perm())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if made < 8 {
		t.Errorf("the session made only %d files and folders; it did not run", made)
	}
	if left, _ := os.ReadDir(m.tmp); len(left) != 0 {
		t.Errorf("TMPDIR holds %d entries after the session, want none (first: %s)", len(left), left[0].Name())
	}
}

// terminalSessions opens the terminal app on the store and quits, and
// rehearses with kofa demo, on a real terminal (tmux), each command
// prefixed by wrap (a tracer, or nothing). During the rehearsal its
// throwaway folder in TMPDIR must be private; afterwards it must be gone.
func terminalSessions(t *testing.T, m *machine, wrap string) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Log("tmux is not installed: the terminal app was not run")
		return
	}
	s := startWrapped(t, m.env, wrap, "--lang", "en")
	s.waitFor("Case conferences")
	s.tmux("send-keys", "q")
	if screen := s.waitFor("exit="); !strings.Contains(screen, "exit=0") {
		t.Fatalf("kofa on the store:\n%s", screen)
	}

	s = startWrapped(t, m.env, wrap, "--lang", "en", "demo")
	s.waitFor("Rehearsal")
	dirs, _ := filepath.Glob(filepath.Join(m.tmp, "kofa-demo-*"))
	if len(dirs) != 1 {
		t.Fatalf("the rehearsal's folder in TMPDIR: %v", dirs)
	}
	for _, p := range []string{dirs[0], filepath.Join(dirs[0], "kofa.db")} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]fs.FileMode{true: 0o700, false: 0o600}[info.IsDir()]; info.Mode().Perm() != want {
			t.Errorf("%s: mode %o, want %o", filepath.Base(p), info.Mode().Perm(), want)
		}
	}
	s.tmux("send-keys", "C-c")
	if screen := s.waitFor("exit="); !strings.Contains(screen, "exit=0") {
		t.Fatalf("the rehearsal:\n%s", screen)
	}
}

// startWrapped is startTTY with the command prefixed by wrap.
func startWrapped(t *testing.T, env []string, wrap string, args ...string) *ttySession {
	t.Helper()
	quoted := []string{posixQuote(kofaBinary(t))}
	for _, a := range args {
		quoted = append(quoted, posixQuote(a))
	}
	script := wrap + " " + strings.Join(quoted, " ") + `; echo "exit=$?"; sleep 30`
	s := &ttySession{t: t, socket: fmt.Sprintf("kofa-private-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmd := exec.Command("tmux", "-L", s.socket, "-f", os.DevNull, "new-session", "-d", "-x", "120", "-y", "30", "sh", "-c", script)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v: %s", err, out)
	}
	t.Cleanup(s.end)
	return s
}
