package cli

import (
	"runtime"
	"strings"
	"testing"
)

func TestWrongUsageExitsTwoWithOneLine(t *testing.T) {
	t.Setenv("LC_ALL", "en_GB.UTF-8") // the language of a message about a bad --lang
	cases := []struct {
		args []string
		want string // part of the message
	}{
		{[]string{"nosuchcmd"}, `Unknown command "nosuchcmd"`},
		{[]string{"lsit"}, `Did you mean "list"?`},
		{[]string{"list", "--nope"}, "Unknown option --nope. See kofa list --help."},
		{[]string{"list", "-x"}, "Unknown option -x."},
		{[]string{"list", "extra"}, "Too many arguments: extra. See kofa list --help."},
		{[]string{"delete"}, "ID is missing. See kofa delete --help."},
		{[]string{"delete", "a", "b"}, "Too many arguments: b."},
		{[]string{"delete", "abc", "--yes=maybe"}, `"maybe" is not a valid value for --yes.`},
		{[]string{"backup"}, "PATH is missing."},
		{[]string{"version", "now"}, "Too many arguments: now."},
		{[]string{"list", "--db"}, "The option --db needs a value."},
		{[]string{"--lang", "fr", "list"}, `Unknown language "fr". Use --lang de or --lang en.`},
		{[]string{"help", "nosuchcmd"}, `Unknown command "nosuchcmd"`},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			app, call := testApp(t)
			path := dbPath(t)
			args := append([]string{"--db", path}, tc.args...)
			if tc.args[0] != "--lang" {
				args = append([]string{"--lang", "en"}, args...)
			}
			r := run(t, app, "", args...)
			if r.code != ExitUsage {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, ExitUsage, r.stderr)
			}
			wantOneLine(t, r.stderr)
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tc.want)
			}
			if call.called {
				t.Error("the terminal app was opened")
			}
			wantNoFile(t, path)
		})
	}
}

func TestHelpIsTranslatedAndTouchesNoStore(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--lang", "en", "--help"}, []string{"guides you through an interdisciplinary case conference", "List the conferences, newest first", "kofa demo"}},
		{[]string{"--lang", "de", "--help"}, []string{"Konferenzen auflisten, die neueste zuerst", "Befehle", "Probelauf"}},
		{[]string{"--lang", "en", "help", "delete"}, []string{"Deletes the conference with this ID", "--yes"}},
		{[]string{"--lang", "en", "list", "-h"}, []string{"print JSON instead of a table"}},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			app, call := testApp(t)
			path := dbPath(t)
			r := run(t, app, "", append(tc.args, "--db", path)...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			for _, w := range tc.want {
				// Help capitalises titles and flag descriptions.
				if !strings.Contains(strings.ToLower(r.stdout), strings.ToLower(w)) {
					t.Errorf("help lacks %q:\n%s", w, r.stdout)
				}
			}
			if call.called {
				t.Error("the terminal app was opened")
			}
			wantNoFile(t, path)
		})
	}
}

func TestVersionNamesVersionCommitGoAndPlatform(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		app, _ := testApp(t)
		path := dbPath(t)
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"v9.8.7", "0123456789abcdef", runtime.Version(), runtime.GOOS + "/" + runtime.GOARCH} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: %q lacks %q", args, r.stdout, want)
			}
		}
		wantNoFile(t, path)
	}
}

func TestPreparseLang(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	cases := map[string]struct {
		args []string
		want string
	}{
		"environment":     {[]string{"list"}, "en"},
		"flag":            {[]string{"--lang", "de", "list"}, "de"},
		"flag with =":     {[]string{"list", "--lang=DE"}, "de"},
		"after --":        {[]string{"list", "--", "--lang", "de"}, "en"},
		"last flag wins":  {[]string{"--lang", "de", "--lang", "en"}, "en"},
		"missing value":   {[]string{"list", "--lang"}, "en"},
		"locale as value": {[]string{"--lang", "de_AT.UTF-8"}, "de"},
	}
	for name, tc := range cases {
		got, err := preparseLang(tc.args)
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: got %q, %v; want %q", name, got, err, tc.want)
		}
	}
}
