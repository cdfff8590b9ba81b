package cli

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// fixedNow is the clock of every in-process test run.
var fixedNow = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

// tuiCall records what the fake terminal app was given.
type tuiCall struct {
	called    bool
	path      string
	lang      string
	theme     string
	demo      bool
	openID    conference.ID
	summaries []conference.Summary
}

// testApp returns an App whose terminal app is a fake recording its call,
// with a fixed clock, a short lock wait and stdin never a terminal.
func testApp(t *testing.T) (*App, *tuiCall) {
	t.Helper()
	call := &tuiCall{}
	app := &App{
		RunTUI: func(_ context.Context, env *Env) error {
			call.called = true
			call.path = env.Store.Path()
			call.lang = string(env.Lang)
			call.theme = env.Theme
			call.demo = env.Demo
			call.openID = env.OpenID
			list, err := env.Store.List()
			call.summaries = list
			return err
		},
		Build:        Build{Version: "v9.8.7", Commit: "0123456789abcdef"},
		Now:          func() time.Time { return fixedNow },
		IsTerminal:   func(io.Reader) bool { return false },
		StoreOptions: store.Options{Timeout: 100 * time.Millisecond},
		CrashDir:     t.TempDir(), // never the developer's own data folder
	}
	return app, call
}

type result struct {
	code           int
	stdout, stderr string
}

// run runs the app in-process with stdin as input.
func run(t *testing.T, app *App, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := app.Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// dbPath is a store path in a fresh temp folder; the store does not exist.
func dbPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data", "kofa.db")
}

// wantOneLine fails unless s is exactly one non-empty line.
func wantOneLine(t *testing.T, s string) {
	t.Helper()
	if s == "" || strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") || strings.TrimSpace(s) == "" {
		t.Fatalf("want exactly one line, got %q", s)
	}
}

// seedDemo writes the sample conference into a new store at path via the
// demo command and returns its ID.
func seedDemo(t *testing.T, app *App, path string) conference.ID {
	t.Helper()
	r := run(t, app, "", "--lang", "en", "--db", path, "demo")
	if r.code != 0 {
		t.Fatalf("demo --db: exit %d, stderr %q", r.code, r.stderr)
	}
	list := listStore(t, path)
	if len(list) != 1 {
		t.Fatalf("after demo: %d conferences, want 1", len(list))
	}
	if !strings.Contains(r.stdout, string(list[0].ID)) {
		t.Errorf("demo output %q does not name the ID %s", r.stdout, list[0].ID)
	}
	return list[0].ID
}

// listStore reads the summaries of the store at path and closes it again,
// so that kofa can open the file afterwards.
func listStore(t *testing.T, path string) []conference.Summary {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	return list
}
