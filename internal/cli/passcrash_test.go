package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/crash"
)

// passMarker is a passphrase that must never appear in a crash note.
const passMarker = "Passwort-Marker-4711-Kranich"

// panicAfter gives its text one byte per Read, then panics: a fault while
// the passphrase is being read, with part of it in kofa's memory.
type panicAfter struct{ text []byte }

func (p *panicAfter) Read(b []byte) (int, error) {
	if len(p.text) == 0 {
		panic(errors.New("input broke after " + passMarker))
	}
	n := copy(b[:1], p.text)
	p.text = p.text[n:]
	return n, nil
}

// noPassphraseIn fails when the passphrase is in a crash note of dir or in
// what kofa printed, and when there is no note at all.
func noPassphraseIn(t *testing.T, r result, dir string) {
	t.Helper()
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	notes, _ := filepath.Glob(filepath.Join(dir, crash.NotePrefix+"*.txt"))
	if len(notes) == 0 {
		t.Fatalf("no crash note in %s; stderr %q", dir, r.stderr)
	}
	for _, n := range notes {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(passMarker)) || bytes.Contains(data, []byte("Kranich")) {
			t.Errorf("the passphrase reached the crash note %s:\n%s", n, data)
		}
	}
	if strings.Contains(r.stdout+r.stderr, "Kranich") {
		t.Errorf("the passphrase was printed: %q %q", r.stdout, r.stderr)
	}
}

// TestThePassphraseNeverReachesACrashNote: the passphrase is typed (on
// standard input) or given in KOFA_PASSPHRASE, and kofa panics while it
// reads it or once the app runs, with the passphrase in the panic value.
// No crash note holds it, and neither does the one line kofa prints.
func TestThePassphraseNeverReachesACrashNote(t *testing.T) {
	t.Run("typed, panic in the app", func(t *testing.T) {
		app, _ := cryptApp(t)
		path := encryptedWith(t, app, passMarker)
		app.RunTUI = func(context.Context, *Env) error {
			panic(fmt.Errorf("store opened with %q", passMarker))
		}
		noPassphraseIn(t, run(t, app, lines(passMarker), "--lang", "en", "--db", path), app.CrashDir)
	})
	t.Run("typed, panic while reading it", func(t *testing.T) {
		app, _ := cryptApp(t)
		path := encryptedWith(t, app, passMarker)
		var out, errOut bytes.Buffer
		code := app.Run(context.Background(), []string{"--lang", "en", "--db", path, "list"},
			&panicAfter{text: []byte(passMarker)}, &out, &errOut)
		noPassphraseIn(t, result{code: code, stdout: out.String(), stderr: errOut.String()}, app.CrashDir)
	})
	t.Run("from KOFA_PASSPHRASE, panic in the app", func(t *testing.T) {
		app, _ := cryptApp(t)
		path := encryptedWith(t, app, passMarker)
		t.Setenv(passphraseEnv, passMarker)
		app.RunTUI = func(_ context.Context, env *Env) error {
			if _, err := env.Store.List(); err != nil {
				return err
			}
			panic("opened with " + passMarker)
		}
		noPassphraseIn(t, run(t, app, "", "--lang", "en", "--db", path), app.CrashDir)
	})
}

// encryptedWith is a store holding the sample conference, encrypted with
// pass typed twice.
func encryptedWith(t *testing.T, app *App, pass string) string {
	t.Helper()
	path := dbPath(t)
	seedDemo(t, app, path)
	if r := run(t, app, lines(pass, pass), "--lang", "en", "--db", path, "encrypt"); r.code != 0 {
		t.Fatalf("encrypt: exit %d, %q", r.code, r.stderr)
	}
	return path
}
