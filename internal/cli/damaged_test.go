package cli

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/store"
)

// damageKinds turn a whole store (its bytes) into a damaged file.
var damageKinds = map[string]func(whole []byte) []byte{
	"truncated":      func(b []byte) []byte { return b[:len(b)/4] }, // into the pages in use
	"empty file":     func([]byte) []byte { return nil },
	"not a database": func([]byte) []byte { return []byte("Protokoll der Fallkonferenz vom 3. März\n") },
	"random bytes": func(b []byte) []byte {
		r := rand.New(rand.NewPCG(5, 6))
		out := make([]byte, len(b))
		for i := range out {
			out[i] = byte(r.Uint32())
		}
		return out
	},
	"zeroed meta pages": func(b []byte) []byte {
		out := bytes.Clone(b)
		clear(out[:min(len(out), 2*4096)])
		return out
	},
	"zeroed data pages": func(b []byte) []byte {
		out := bytes.Clone(b)
		clear(out[min(len(out), 2*4096):])
		return out
	},
}

// damagedWithBackup makes a store with the sample conference, a rolling
// backup of it, and then damages the store. It returns the store path,
// the backup and the damaged bytes.
func damagedWithBackup(t *testing.T, app *App, damage func([]byte) []byte) (path, backup string, damaged []byte) {
	t.Helper()
	path = dbPath(t)
	seedDemo(t, app, path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	backup, err = store.RollingBackup(s, store.BackupDir(path), store.DefaultKeepBackups, fixedNow)
	if err := joinErr(err, s.Close()); err != nil {
		t.Fatal(err)
	}
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damaged = damage(whole)
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, backup, damaged
}

func joinErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// runWithin runs the app and fails the test if it does not return within
// the limit (a guard against hanging, not a wait).
func runWithin(t *testing.T, app *App, args ...string) result {
	t.Helper()
	done := make(chan result, 1)
	go func() {
		var out, errOut bytes.Buffer
		code := app.Run(context.Background(), args, strings.NewReader(""), &out, &errOut)
		done <- result{code: code, stdout: out.String(), stderr: errOut.String()}
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(20 * time.Second):
		t.Fatalf("kofa %v hangs", args)
		return result{}
	}
}

// TestDamagedStoreIsLeftAloneAndTheBackupOffered starts kofa (the terminal
// app and the commands that open the store) on each kind of damaged file:
// no panic, no hang, the file unchanged to the byte and its time, and one
// line that says the file is damaged and names the newest automatic
// backup with the two ways to use it. kofa restore then puts the backup in
// place and keeps the damaged file aside.
func TestDamagedStoreIsLeftAloneAndTheBackupOffered(t *testing.T) {
	for name, damage := range damageKinds {
		t.Run(name, func(t *testing.T) {
			app, call := testApp(t)
			path, backup, damaged := damagedWithBackup(t, app, damage)
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{}, // the terminal app
				{"list"},
				{"list", "--json"},
				{"backup", filepath.Join(t.TempDir(), "copy.db")},
				{"export", "--all", "-d", t.TempDir()},
				{"delete", "x", "--yes"},
			} {
				r := runWithin(t, app, append([]string{"--lang", "en", "--db", path}, args...)...)
				if r.code != ExitFailure {
					t.Errorf("%v: exit %d, want %d", args, r.code, ExitFailure)
				}
				wantOneLine(t, r.stderr)
				for _, want := range []string{path, "is damaged", backup, "kofa --db " + backup, "kofa restore " + backup} {
					if !strings.Contains(r.stderr, want) {
						t.Errorf("%v: the message lacks %q: %s", args, want, r.stderr)
					}
				}
				if strings.Contains(r.stderr, "internal error") {
					t.Errorf("%v: kofa crashed: %s", args, r.stderr)
				}
			}
			if call.called {
				t.Error("the terminal app was started on a damaged store")
			}
			now, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(now, damaged) {
				t.Fatalf("the damaged file was changed (%v)", err)
			}
			if after, err := os.Stat(path); err != nil || !after.ModTime().Equal(info.ModTime()) {
				t.Errorf("the damaged file's time changed (%v)", err)
			}

			r := runWithin(t, app, "--lang", "en", "--db", path, "restore", backup)
			if r.code != 0 {
				t.Fatalf("restore: exit %d, %s", r.code, r.stderr)
			}
			aside := path + ".damaged-20261122-093000"
			if !strings.Contains(r.stdout, aside) {
				t.Errorf("restore does not say where the damaged file is: %s", r.stdout)
			}
			if kept, err := os.ReadFile(aside); err != nil || !bytes.Equal(kept, damaged) {
				t.Errorf("the damaged file was not kept as it was (%v)", err)
			}
			wantPrivateFile(t, path)
			if list := listStore(t, path); len(list) != 1 {
				t.Errorf("after restore: %d conferences, want the backup's 1", len(list))
			}
			if r := runWithin(t, app, "--db", path); r.code != 0 || !call.called {
				t.Errorf("after restore kofa does not start: exit %d, %s", r.code, r.stderr)
			}
		})
	}
}

func TestDamagedStoreWithoutBackupSaysSo(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("kein Datenbestand"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runWithin(t, app, "--lang", "en", "--db", path, "list")
	wantOneLine(t, r.stderr)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "is damaged or is not a kofa store") || strings.Contains(r.stderr, "kofa restore") {
		t.Errorf("exit %d, %s", r.code, r.stderr)
	}
}

func TestRestoreRefusesADamagedBackup(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	before, _ := os.ReadFile(path)
	bad := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(bad, before[:len(before)/4], 0o600); err != nil {
		t.Fatal(err)
	}
	r := runWithin(t, app, "--lang", "en", "--db", path, "restore", bad)
	wantOneLine(t, r.stderr)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "nothing was restored") {
		t.Errorf("exit %d, %s", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Error("the store changed")
	}
	if m, _ := filepath.Glob(path + ".*"); len(m) != 0 {
		t.Errorf("files appeared next to the store: %v", m)
	}
}

// TestDamagedStoreWithTheRealBinary: the built kofa, without a terminal,
// on a damaged store: one line, exit 1, the file untouched.
func TestDamagedStoreWithTheRealBinary(t *testing.T) {
	root := t.TempDir()
	env := freshMachine(root)
	app, _ := testApp(t)
	path, backup, damaged := damagedWithBackup(t, app, damageKinds["zeroed data pages"])
	for _, args := range [][]string{{}, {"list"}} {
		r := runKofa(t, env, append([]string{"--lang", "en", "--db", path}, args...)...)
		wantOneLine(t, r.stderr)
		if r.code != 1 || !strings.Contains(r.stderr, "kofa restore "+backup) {
			t.Errorf("%v: exit %d, %s", args, r.code, r.stderr)
		}
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, damaged) {
		t.Error("the damaged file was changed")
	}
}

// sampleConferencesRoot is the page of testdata/sample.db (the sample
// conference, as kofa demo --db writes it) that holds the conferences
// bucket; the summaries, the meta pages and the freelist live elsewhere.
const sampleConferencesRoot = 6

// TestDamageFoundBesideTheAppEndsItAndChangesNothing: damage that Open
// does not see (a zeroed page of whole conferences; the summaries are
// intact) is found by the check that runs beside the app. The commands
// refuse the store, the terminal app ends with the same one line, and
// nothing is written: not the file, not a rolling backup of it.
func TestDamageFoundBesideTheAppEndsItAndChangesNothing(t *testing.T) {
	app, call := testApp(t)
	path := dbPath(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	sound, err := os.ReadFile("testdata/sample.db")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, sound, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	backup, err := store.RollingBackup(s, store.BackupDir(path), store.DefaultKeepBackups, fixedNow)
	if err := joinErr(err, s.Close()); err != nil {
		t.Fatal(err)
	}
	damaged := bytes.Clone(sound)
	clear(damaged[sampleConferencesRoot*4096 : (sampleConferencesRoot+1)*4096])
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	// Open itself lets it pass: only the check finds it.
	s, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("Open found the damage itself (%v): the test needs damage only the check finds", err)
	}
	if list, err := s.List(); err != nil || len(list) != 1 {
		t.Fatalf("the summaries should be readable: %d, %v", len(list), err)
	}
	if _, ok := errors.AsType[*store.DamagedError](s.Verified()); !ok {
		t.Fatalf("the check: %v, want damage", s.Verified())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	for _, args := range [][]string{{}, {"list"}, {"export", "--all", "-d", t.TempDir()}} {
		r := runWithin(t, app, append([]string{"--lang", "en", "--db", path}, args...)...)
		if r.code != ExitFailure {
			t.Errorf("%v: exit %d, want %d", args, r.code, ExitFailure)
		}
		wantOneLine(t, r.stderr)
		for _, want := range []string{path, "is damaged", "kofa restore " + backup} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("%v: the message lacks %q: %s", args, want, r.stderr)
			}
		}
	}
	if !call.called {
		t.Error("the terminal app should start while the check runs beside it")
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, damaged) {
		t.Error("the damaged file was changed")
	}
	if list, _ := filepath.Glob(filepath.Join(store.BackupDir(path), "*.db")); len(list) != 1 {
		t.Errorf("backups %v: the session must not copy a damaged store", list)
	}
}
