package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/crash"
)

// Markers that must never reach a crash note or the error line: one in the
// stored conference, one in the panic value.
const (
	confMarker  = "Fakten-Marker-8231"
	panicMarker = "Panik-Marker-1907"
)

// crashNote returns the only crash note in dir and its content.
func crashNote(t *testing.T, dir string) (string, string) {
	t.Helper()
	notes, err := filepath.Glob(filepath.Join(dir, crash.NotePrefix+"*.txt"))
	if err != nil || len(notes) != 1 {
		t.Fatalf("crash notes in %s: %v (%v), want one", dir, notes, err)
	}
	data, err := os.ReadFile(notes[0])
	if err != nil {
		t.Fatal(err)
	}
	wantPrivateFile(t, notes[0])
	return notes[0], string(data)
}

func checkNote(t *testing.T, r result, dir string) string {
	t.Helper()
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	wantOneLine(t, r.stderr)
	path, note := crashNote(t, dir)
	if !strings.Contains(r.stderr, path) || !strings.Contains(r.stderr, "still in the store") {
		t.Errorf("the line does not name the note: %s", r.stderr)
	}
	for _, m := range []string{confMarker, panicMarker} {
		if strings.Contains(note, m) || strings.Contains(r.stderr, m) || strings.Contains(r.stdout, m) {
			t.Errorf("%s reached the crash note or the output:\n%s", m, note)
		}
	}
	for _, want := range []string{"v9.8.7", "stack:"} {
		if !strings.Contains(note, want) {
			t.Errorf("the note lacks %q:\n%s", want, note)
		}
	}
	return note
}

// TestPanicInACommandWritesACrashNoteWithoutPersonalData: the terminal app
// panics with a value that holds conference text. kofa exits 1 with one
// line naming the crash note, which holds neither that text nor the
// conference's, and the store keeps what was saved.
func TestPanicInACommandWritesACrashNoteWithoutPersonalData(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	app.RunTUI = func(_ context.Context, env *Env) error {
		c, err := env.Store.Get(id)
		if err != nil {
			return err
		}
		c.Facts = confMarker
		if err := env.Store.Save(c, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			return err
		}
		panic(errors.New(panicMarker + ": " + c.Facts))
	}
	note := checkNote(t, run(t, app, "", "--lang", "en", "--db", path), app.CrashDir)
	if !strings.Contains(note, "panic of type *errors.errorString") || !strings.Contains(note, "kofa/internal/cli.TestPanicInACommand") {
		t.Errorf("the note does not say what and where:\n%s", note)
	}
	s := listStore(t, path)
	if len(s) != 1 {
		t.Fatalf("%d conferences after the crash", len(s))
	}
}

// TestPanicReturnedByTheTerminalApp: the terminal app recovers its own
// panics and returns them as a *crash.Panic; kofa writes the note the same
// way.
func TestPanicReturnedByTheTerminalApp(t *testing.T) {
	app, _ := testApp(t)
	app.RunTUI = func(context.Context, *Env) (err error) {
		defer func() { err = crash.Capture(recover()) }()
		var m map[string][]string
		_ = m[panicMarker][2]
		return nil
	}
	note := checkNote(t, run(t, app, "", "--lang", "en", "--db", dbPath(t)), app.CrashDir)
	if !strings.Contains(note, "index out of range [2] with length 0") {
		t.Errorf("the runtime error is missing:\n%s", note)
	}
}

// panicReader panics when read: a fault in the goroutine that reads the
// answer to delete's question.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic(panicMarker) }

func TestPanicInAGoroutineOfOursIsReported(t *testing.T) {
	app, _ := testApp(t)
	app.IsTerminal = func(io.Reader) bool { return true }
	path := dbPath(t)
	id := seedDemo(t, app, path)
	var out, errOut strings.Builder
	code := app.Run(context.Background(), []string{"--lang", "en", "--db", path, "delete", string(id)}, panicReader{}, &out, &errOut)
	// The question ends its line before the error's line.
	lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
	checkNote(t, result{code: code, stdout: out.String(), stderr: lines[len(lines)-1] + "\n"}, app.CrashDir)
	if len(listStore(t, path)) != 1 {
		t.Error("the conference was deleted after the crash")
	}
}

// TestCrashOfTheRealBinary: the built kofa panics (the hidden stress
// command's --panic, with conference text in the value) and leaves a
// private crash note in its data folder.
func TestCrashOfTheRealBinary(t *testing.T) {
	root := t.TempDir()
	env := freshMachine(root)
	db := filepath.Join(root, "store", "kofa.db")
	r := runKofa(t, env, "--lang", "en", "--db", db, stressCommand, "--changes", "3", "--facts", confMarker, "--panic")
	dataDir := filepath.Join(root, "data", "kofa")
	path, note := crashNote(t, dataDir)
	if r.code != 1 || !strings.Contains(r.stderr, path) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if strings.Contains(note, confMarker) || strings.Contains(r.stderr, confMarker) || !strings.Contains(note, "panic of type cli.stressPanic") {
		t.Errorf("crash note:\n%s", note)
	}
	if strings.Count(r.stdout, "saved ") != 3 {
		t.Errorf("stdout %q", r.stdout)
	}
	wantPrivate(t, path)
	// Built like a release (-trimpath): the stack names packages, not the
	// folders of the machine that built kofa.
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(note, "kofa/internal/cli") || strings.Contains(note, root) {
		t.Errorf("the crash note names the folder kofa was built in (%s):\n%s", root, note)
	}
}

func TestStressCommandIsHiddenAndRestoreIsListed(t *testing.T) {
	app, _ := testApp(t)
	for _, args := range [][]string{{"--help"}, {"help"}} {
		r := run(t, app, "", append([]string{"--lang", "en"}, args...)...)
		if strings.Contains(r.stdout, stressCommand) || !strings.Contains(r.stdout, "restore") {
			t.Errorf("%v:\n%s", args, r.stdout)
		}
	}
}

// The stress command writes to the real store until it is killed, or
// panics on purpose: a build without the test tag (a release, and this
// test binary) must not have it at all, hidden or not.
func TestReleaseBuildHasNoStressCommand(t *testing.T) {
	app, _ := testApp(t)
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t), stressCommand, "--changes", "1")
	if r.code != ExitUsage || strings.Contains(r.stdout, "saved") {
		t.Errorf("kofa %s: exit %d, stdout %q, stderr %q; want an unknown command", stressCommand, r.code, r.stdout, r.stderr)
	}
}
