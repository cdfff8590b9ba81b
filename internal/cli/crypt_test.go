package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/store"
)

const (
	testPass = "Korrekt Pferd Batterie"
	newPass  = "Heftklammer am Montag"
)

// cryptApp is testApp with a cheap key derivation (the cost is the
// store's business, measured there) and KOFA_PASSPHRASE unset.
func cryptApp(t *testing.T) (*App, *tuiCall) {
	t.Helper()
	t.Setenv(passphraseEnv, "") // restores the variable after the test
	if err := os.Unsetenv(passphraseEnv); err != nil {
		t.Fatal(err)
	}
	app, call := testApp(t)
	app.StoreOptions.KDF = store.KDFParams{Time: 1, Memory: 64, Threads: 1}
	return app, call
}

func lines(s ...string) string { return strings.Join(s, "\n") + "\n" }

// encryptedDemo is a store holding the sample conference, encrypted with
// testPass through the command line.
func encryptedDemo(t *testing.T, app *App) (path string, text []byte) {
	t.Helper()
	path = dbPath(t)
	seedDemo(t, app, path)
	text = sampleText(t)
	r := run(t, app, lines(testPass, testPass), "--lang", "en", "--db", path, "encrypt")
	if r.code != 0 || !strings.Contains(r.stdout, "is now encrypted") || !strings.Contains(r.stdout, "cannot recover") {
		t.Fatalf("encrypt: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, text) || bytes.Contains(raw, []byte(testPass)) {
		t.Fatal("the encrypted store file holds the sample's text or the passphrase")
	}
	return path, text
}

func TestEncryptedStoreOpensOnlyWithItsPassphrase(t *testing.T) {
	app, call := cryptApp(t)
	path, _ := encryptedDemo(t, app)

	r := run(t, app, lines(testPass), "--lang", "en", "--db", path, "list", "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"id"`) {
		t.Fatalf("list with the passphrase: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// The terminal app gets the store opened with the passphrase asked
	// before it starts.
	r = run(t, app, lines(testPass), "--lang", "en", "--db", path)
	if r.code != 0 || !call.called || len(call.summaries) != 1 {
		t.Fatalf("terminal app: exit %d, called %v, %d conferences, stderr %q", r.code, call.called, len(call.summaries), r.stderr)
	}

	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for stdin, want := range map[string]string{
		lines("korrekt Pferd Batterie"): "passphrase is wrong",
		"":                              "input ended",
	} {
		r := run(t, app, stdin, "--lang", "en", "--db", path, "list")
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("stdin %q: exit %d, stderr %q; want exit 1 and %q", stdin, r.code, r.stderr, want)
		}
		wantOneLine(t, r.stderr)
		if strings.Contains(r.stderr, "Could not open") {
			t.Errorf("a passphrase problem is worded as a store that does not open: %q", r.stderr)
		}
		if strings.Contains(r.stderr, "Pferd") {
			t.Errorf("the message repeats the passphrase: %q", r.stderr)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a failed open changed the store file")
	}
}

func TestKofaPassphraseFromTheEnvironment(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	t.Setenv(passphraseEnv, testPass)
	r := run(t, app, "", "--lang", "en", "--db", path, "encrypt")
	if r.code != 0 {
		t.Fatalf("encrypt with %s: exit %d, stderr %q", passphraseEnv, r.code, r.stderr)
	}
	t.Setenv(passphraseEnv, testPass) // the run took it out of the environment
	r = run(t, app, "", "--lang", "en", "--db", path, "list")
	if r.code != 0 || !strings.Contains(r.stdout, string(id)) {
		t.Errorf("list with %s: exit %d, stdout %q, stderr %q", passphraseEnv, r.code, r.stdout, r.stderr)
	}
	t.Setenv(passphraseEnv, "falsch")
	r = run(t, app, lines(testPass), "--lang", "de", "--db", path, "list")
	if r.code != 1 || !strings.Contains(r.stderr, "Passphrase ist falsch") {
		t.Errorf("a wrong %s: exit %d, stderr %q; the variable wins over the input", passphraseEnv, r.code, r.stderr)
	}
	wantOneLine(t, r.stderr)
}

func TestPassphraseCommandChangesThePassphrase(t *testing.T) {
	app, _ := cryptApp(t)
	path, _ := encryptedDemo(t, app)

	before, _ := os.ReadFile(path)
	r := run(t, app, lines("falsch", newPass, newPass), "--lang", "en", "--db", path, "passphrase")
	if r.code != 1 || !strings.Contains(r.stderr, "passphrase is wrong") {
		t.Errorf("wrong current passphrase: exit %d, stderr %q", r.code, r.stderr)
	}
	r = run(t, app, lines(testPass, newPass, "Heftklammer am Dienstag"), "--lang", "en", "--db", path, "passphrase")
	if r.code != 1 || !strings.Contains(r.stderr, "differ") {
		t.Errorf("new passphrases differ: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a failed change altered the store file")
	}

	r = run(t, app, lines(testPass, newPass, newPass), "--lang", "en", "--db", path, "passphrase")
	if r.code != 0 || !strings.Contains(r.stdout, "was changed") {
		t.Fatalf("passphrase: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := run(t, app, lines(testPass), "--lang", "en", "--db", path, "list"); r.code != 1 {
		t.Errorf("the old passphrase still opens the store: %q", r.stdout)
	}
	if r := run(t, app, lines(newPass), "--lang", "en", "--db", path, "list"); r.code != 0 {
		t.Errorf("the new passphrase does not open the store: %q", r.stderr)
	}
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, []byte(newPass)) {
		t.Error("the store file holds the new passphrase")
	}
}

func TestEncryptRefusesWhatWouldNotProtect(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	for stdin, want := range map[string]string{
		lines(testPass, "Korrekt Pferd Batterie!"): "differ",
		lines("kurz", "kurz"):                      "at least 10 characters",
		lines(testPass):                            "input ended",
	} {
		r := run(t, app, stdin, "--lang", "en", "--db", path, "encrypt")
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("stdin %q: exit %d, stderr %q; want %q", stdin, r.code, r.stderr, want)
		}
		wantOneLine(t, r.stderr)
	}
	if enc, err := store.IsEncrypted(path); err != nil || enc {
		t.Fatalf("after refusals the store is encrypted: %v, %v", enc, err)
	}
	if r := run(t, app, "", "--lang", "en", "--db", path, "passphrase"); r.code != 1 || !strings.Contains(r.stderr, "not encrypted") {
		t.Errorf("passphrase on a plain store: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := run(t, app, "", "--lang", "en", "--db", dbPath(t), "passphrase"); r.code != 1 || !strings.Contains(r.stderr, "no store") {
		t.Errorf("passphrase without a store: exit %d, stderr %q", r.code, r.stderr)
	}

	enc, _ := encryptedDemo(t, app)
	r := run(t, app, "", "--lang", "en", "--db", enc, "encrypt")
	if r.code != 1 || !strings.Contains(r.stderr, "encrypted already") {
		t.Errorf("encrypt twice: exit %d, stderr %q", r.code, r.stderr)
	}
}

// Each start of the terminal app leaves one backup and keeps five;
// encrypting deletes the plain ones, and later backups are encrypted.
func TestSessionBackupsAndEncryption(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	text := sampleText(t)
	dir := store.BackupDir(path)
	for range 7 {
		if r := run(t, app, "", "--lang", "en", "--db", path); r.code != 0 || r.stderr != "" {
			t.Fatalf("terminal app: exit %d, stderr %q", r.code, r.stderr)
		}
	}
	if got := backupNames(t, dir); len(got) != store.DefaultKeepBackups {
		t.Fatalf("after 7 sessions the backup folder holds %v, want %d backups", got, store.DefaultKeepBackups)
	}
	newest, err := store.NewestBackup(dir)
	if err != nil {
		t.Fatal(err)
	}
	wantPrivate(t, newest)
	if raw, _ := os.ReadFile(newest); !bytes.Contains(raw, text) {
		t.Fatal("the plain backup lacks the sample's text: the test proves nothing")
	}

	r := run(t, app, lines(testPass, testPass), "--lang", "en", "--db", path, "encrypt")
	if r.code != 0 || !strings.Contains(r.stdout, "Unencrypted automatic backups deleted: 5") {
		t.Fatalf("encrypt: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got := backupNames(t, dir); len(got) != 0 {
		t.Errorf("plain backups left after encrypting: %v", got)
	}
	if r := run(t, app, lines(testPass), "--lang", "en", "--db", path); r.code != 0 {
		t.Fatalf("terminal app on the encrypted store: exit %d, stderr %q", r.code, r.stderr)
	}
	newest, err = store.NewestBackup(dir)
	if err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(newest); bytes.Contains(raw, text) {
		t.Error("the backup of the encrypted store holds the sample's text")
	}
	if _, err := store.Open(newest, store.Options{}); !errors.Is(err, store.ErrPassphraseRequired) {
		t.Errorf("the backup opens without a passphrase: %v", err)
	}
}

func TestRawLineEditing(t *testing.T) {
	for in, want := range map[string]string{
		"Pferd\r":              "Pferd",
		"Pferd\n":              "Pferd",
		"abä\x7f\x7fc\r":       "ac", // Backspace removes whole characters
		"falsch\x15richtig\r":  "richtig",
		"a\x1b[Ab\x1bOBc\r":    "abc", // arrow keys are not part of it
		"a\x00\x01b\r":         "ab",
		"\x7fa\r":              "a",
		"ohne Ende":            "ohne Ende",
		"Pferd\rnächste Zeile": "Pferd",
	} {
		got, err := readRawLine(strings.NewReader(in))
		if err != nil || string(got) != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
	if got, err := readRawLine(strings.NewReader("Pfe\x03rd\r")); got != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("Ctrl+C: %q, %v; want context.Canceled", got, err)
	}
	for _, in := range []string{"\x04", ""} {
		if got, err := readRawLine(strings.NewReader(in)); got != nil || err != nil {
			t.Errorf("%q: %q, %v; want no input", in, got, err)
		}
	}
}

func backupNames(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "kofa-*.db"))
	if err != nil {
		t.Fatal(err)
	}
	return names
}
