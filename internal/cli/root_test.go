package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestKofaOpensTheTerminalAppOnTheChosenStore(t *testing.T) {
	app, call := testApp(t)
	path := dbPath(t)
	r := run(t, app, "", "--lang", "en", "--db", path, "--theme", "high-contrast")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !call.called || call.path != path || call.lang != "en" || call.theme != "high-contrast" || call.demo || call.openID != "" {
		t.Errorf("terminal app got %+v", call)
	}
}

func TestNoColorChoosesTheMonochromeTheme(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	app, call := testApp(t)
	if r := run(t, app, "", "--db", dbPath(t)); r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if call.theme != "monochrome" {
		t.Errorf("theme = %q, want monochrome", call.theme)
	}
}

func TestUnknownThemeIsRefusedBeforeTheStoreIsCreated(t *testing.T) {
	isolateUserFolders(t)
	app, call := testApp(t)
	path := dbPath(t)
	r := run(t, app, "", "--lang", "en", "--db", path, "--theme", "nosuchtheme")
	if r.code != 1 || call.called {
		t.Fatalf("exit %d, app called %v", r.code, call.called)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "nosuchtheme") || !strings.Contains(r.stderr, "--theme default") {
		t.Errorf("stderr = %q, want the theme named and a way out", r.stderr)
	}
	wantNoFile(t, path)
}

func TestDefaultAppSaysTheTerminalAppIsMissing(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main(context.Background(), []string{"--lang", "en", "--db", dbPath(t)}, strings.NewReader(""), &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	wantOneLine(t, errOut.String())
	if !strings.Contains(errOut.String(), "terminal app is not available") {
		t.Errorf("stderr = %q", errOut.String())
	}
}

func TestPanicBecomesOneLineWithoutDetails(t *testing.T) {
	app, _ := testApp(t)
	app.RunTUI = func(context.Context, *Env) error { panic("Kevin M., born 2019") }
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t))
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	if strings.Contains(r.stderr, "Kevin") || strings.Contains(r.stderr, "goroutine") {
		t.Errorf("stderr shows details: %q", r.stderr)
	}
}

func TestErrorsOfTheAppAreOneLine(t *testing.T) {
	app, _ := testApp(t)
	app.RunTUI = func(context.Context, *Env) error { return errors.New("first\nsecond") }
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t))
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
}

// wantNoFile fails if path exists.
func wantNoFile(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s exists (err %v), want no file", path, err)
	}
}
