package cli

import (
	"strings"
	"testing"
)

func TestCompletionScriptsForEveryShell(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "bash completion V2 for kofa",
		"zsh":        "#compdef kofa",
		"fish":       "complete -c kofa",
		"powershell": "Register-ArgumentCompleter",
	} {
		app, call := testApp(t)
		path := dbPath(t)
		r := run(t, app, "", "--lang", "en", "--db", path, "completion", shell)
		if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, marker) {
			t.Errorf("completion %s: exit %d, stderr %q, %d bytes without %q", shell, r.code, r.stderr, len(r.stdout), marker)
		}
		if call.called {
			t.Error("the terminal app was opened")
		}
		wantNoFile(t, path)
	}
	app, _ := testApp(t)
	r := run(t, app, "", "--lang", "en", "completion", "tcsh")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "no completion for the shell “tcsh”") {
		t.Errorf("an unknown shell: exit %d, %q", r.code, r.stderr)
	}
}

// TestShellCompletesInTheUsersLanguage asks kofa what the completion
// scripts ask it: commands with their descriptions, and the values of
// --lang even while the value is still empty.
func TestShellCompletesInTheUsersLanguage(t *testing.T) {
	app, _ := testApp(t)
	r := run(t, app, "", "__complete", "--lang", "de", "li")
	if r.code != 0 || !strings.Contains(r.stdout, "list\tKonferenzen auflisten") {
		t.Errorf("commands: exit %d, %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, app, "", "__complete", "--lang", "")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "de\nen\n") {
		t.Errorf("--lang values: exit %d, %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, app, "", "__complete", "completion", "")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "bash\nzsh\nfish\npowershell\n") {
		t.Errorf("shells: exit %d, %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestManPageIsInTheUsersLanguage(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	r := run(t, app, "", "--lang", "de", "--db", path, "man")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{".TH KOFA 1", "Konferenzen auflisten", `\fBexport\fP`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the manual page lacks %q:\n%s", want, r.stdout)
		}
	}
	wantNoFile(t, path)
}

// TestPipedHelpHasNoTrailingSpaces: help piped into a file or a pager
// carried the padding of fang's layout on every line.
func TestPipedHelpHasNoTrailingSpaces(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"list", "--help"}, {"help", "export"}, {"directory", "-h"}, {"completion", "--help"}, {"version"},
	} {
		for _, lang := range []string{"de", "en"} {
			app, _ := testApp(t)
			r := run(t, app, "", append([]string{"--lang", lang}, args...)...)
			if r.code != 0 || r.stdout == "" {
				t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
			}
			for i, line := range strings.Split(r.stdout, "\n") {
				if strings.TrimRight(line, " \t") != line {
					t.Errorf("%s %v, line %d ends in blanks: %q", lang, args, i+1, line)
				}
			}
		}
	}
}

func TestTrimWriterKeepsColoursAndTheLastLine(t *testing.T) {
	var out strings.Builder
	w := &trimWriter{w: &out}
	for _, part := range []string{"  USAGE  ", "\x1b[m   \n", "a \x1b[1;38;5;63mb  \x1b[0m\x1b[39m  \n\n   x", "yz   "} {
		if _, err := w.Write([]byte(part)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "  USAGE\x1b[m\na \x1b[1;38;5;63mb\x1b[0m\x1b[39m\n\n   xyz"
	if out.String() != want {
		t.Errorf("got  %q\nwant %q", out.String(), want)
	}
}
