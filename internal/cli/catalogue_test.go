package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference/catalogue"
)

// brokenCatalogue writes a user catalogue with a missing comma on line 3
// into $XDG_CONFIG_HOME/kofa and returns its path.
func brokenCatalogue(t *testing.T) string {
	t.Helper()
	isolateUserFolders(t)
	dir := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "kofa")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, catalogue.FileName)
	broken := "{\n  \"roles\": [\n    {\"code\": \"a\" \"de\": \"A\"}\n  ]\n}\n"
	if err := os.WriteFile(path, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantCatalogueReport checks the one stderr line about a broken user
// catalogue: it names the file and the line and says the built-in one is
// used.
func wantCatalogueReport(t *testing.T, stderr, path, line, builtin string) {
	t.Helper()
	wantOneLine(t, stderr)
	for _, want := range []string{path, line, builtin} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr = %q, want it to contain %q", stderr, want)
		}
	}
}

// TestBrokenUserCatalogueIsReportedAndTheAppStartsOnTheBuiltinOne pins a
// bug: plain `kofa` dropped the catalogue's error, so a facilitator whose
// catalogue.json had a typo got the built-in lists without a word.
func TestBrokenUserCatalogueIsReportedAndTheAppStartsOnTheBuiltinOne(t *testing.T) {
	for _, tt := range []struct {
		lang, line, builtin string
		args                []string
	}{
		{"en", "line 3", "kofa uses the built-in catalogue.", nil},
		{"de", "Zeile 3", "Es wird der eingebaute Katalog verwendet.", nil},
		{"en", "line 3", "kofa uses the built-in catalogue.", []string{"demo"}},
	} {
		t.Run(tt.lang+strings.Join(tt.args, ""), func(t *testing.T) {
			path := brokenCatalogue(t)
			app, call := testApp(t)
			var got *catalogue.Catalogue
			inner := app.RunTUI
			app.RunTUI = func(ctx context.Context, env *Env) error {
				got = env.Catalogue
				return inner(ctx, env)
			}
			// Plain kofa on a store, or the rehearsal (which takes no --db).
			args := []string{"--lang", tt.lang, "--db", dbPath(t)}
			if len(tt.args) > 0 {
				args = append([]string{"--lang", tt.lang}, tt.args...)
			}
			r := run(t, app, "", args...)
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q; a broken catalogue must not stop kofa", r.code, r.stderr)
			}
			if !call.called {
				t.Fatal("the terminal app did not start")
			}
			wantCatalogueReport(t, r.stderr, path, tt.line, tt.builtin)
			if got != catalogue.Builtin() {
				t.Error("the app did not get the built-in catalogue")
			}
		})
	}
}

func TestValidUserCatalogueReachesTheAppSilently(t *testing.T) {
	path := brokenCatalogue(t)
	good := `{"roles": [{"code": "facilitator", "de": "Gesprächsleitung", "en": "Chair"}]}`
	if err := os.WriteFile(path, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	app, _ := testApp(t)
	var got *catalogue.Catalogue
	inner := app.RunTUI
	app.RunTUI = func(ctx context.Context, env *Env) error {
		got = env.Catalogue
		return inner(ctx, env)
	}
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t))
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if got == nil || got == catalogue.Builtin() {
		t.Fatal("the app did not get the user's catalogue")
	}
	if e, ok := catalogue.Find(got.Roles, "facilitator"); !ok || e.LabelIn("de") != "Gesprächsleitung" {
		t.Errorf("facilitator in the app's catalogue = %+v, want the user's label", e)
	}
}

func TestExportReportsABrokenUserCatalogueAndStillWritesTheMinutes(t *testing.T) {
	path := brokenCatalogue(t)
	app, _ := testApp(t)
	db := dbPath(t)
	id := seedDemo(t, app, db)

	r := run(t, app, "", "--lang", "en", "--db", db, "export", string(id))
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantCatalogueReport(t, r.stderr, path, "line 3", "kofa uses the built-in catalogue.")
	if !strings.HasPrefix(r.stdout, "# ") {
		t.Errorf("no minutes on stdout: %.80q", r.stdout)
	}
}
