package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/store"
)

// bloat leaves much free room in the store file at path (old versions of
// a large conference), so that a change fits into the file while a
// rewritten copy does not fit beside it on a full disk (fullDisk).
func bloat(t *testing.T, path string, opts store.Options) {
	t.Helper()
	opts.KeyFunc = func() ([]byte, error) { return []byte(testPass), nil }
	s, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	big := demo.Sample("de", fixedNow)
	big.ID = ""
	for _, facts := range []string{strings.Repeat("Sachverhalt, ausführlich. ", 20_000), "kurz"} {
		big.Facts = facts
		if err := s.Save(big, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// fullDisk makes the app's store leave no room beside the file at path.
func fullDisk(t *testing.T, app *App, path string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	app.StoreOptions.MaxSize = int(info.Size())
}

// sessionBackups makes n rolling backups of the store at path, as n
// sessions would.
func sessionBackups(t *testing.T, path string, opts store.Options, n int) {
	t.Helper()
	opts.KeyFunc = func() ([]byte, error) { return []byte(testPass), nil }
	s, err := store.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range n {
		if _, err := store.RollingBackup(s, store.BackupDir(path), store.DefaultKeepBackups, fixedNow.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
}

// Issue 17: kofa encrypt on a full disk said "The conference was deleted,
// but ...", kept the plain backups, left plain text in the file, and a
// second encrypt answered "encrypted already". Now it says what happened
// in its own words, the plain backups are gone before the rewrite, and
// the next encrypt (as any start of kofa) finishes the rewrite.
func TestEncryptOnAFullDiskIsFinishedLater(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	text := sampleText(t)
	bloat(t, path, app.StoreOptions)
	sessionBackups(t, path, app.StoreOptions, 2)
	roomy := app.StoreOptions
	fullDisk(t, app, path)

	r := run(t, app, lines(testPass, testPass), "--lang", "en", "--db", path, "encrypt")
	if r.code != 1 || strings.Contains(r.stderr, "conference was deleted") ||
		!strings.Contains(r.stderr, "is encrypted, but its file could not be rewritten") {
		t.Fatalf("encrypt on a full disk: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if got := backupNames(t, store.BackupDir(path)); len(got) != 0 || !strings.Contains(r.stdout, "automatic backups deleted: 2") {
		t.Errorf("plain backups left after the failed rewrite: %v; stdout %q", got, r.stdout)
	}
	if raw, _ := os.ReadFile(path); !bytes.Contains(raw, text) {
		t.Fatal("no plain text left in the file: the test proves nothing")
	}
	if r := run(t, app, lines(testPass), "--lang", "en", "--db", path, "backup", filepath.Join(t.TempDir(), "copy.db")); r.code != 1 ||
		!strings.Contains(r.stderr, "still has to be rewritten") {
		t.Errorf("a copy of the unrewritten file: exit %d, stderr %q", r.code, r.stderr)
	}

	app.StoreOptions = roomy // room again
	r = run(t, app, lines(testPass), "--lang", "en", "--db", path, "encrypt")
	if r.code != 0 || !strings.Contains(r.stderr, "has now rewritten the file") || strings.Contains(r.stderr, "encrypted already") {
		t.Fatalf("encrypt again: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, text) {
		t.Error("plain text is still in the file after the rewrite")
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "encrypt")
	if r.code != 1 || !strings.Contains(r.stderr, "encrypted already") {
		t.Errorf("encrypt once more: exit %d, stderr %q", r.code, r.stderr)
	}
}

// The same for deleting and changing the passphrase: the failure names
// what is done and what is due, and the next start finishes it and says so.
func TestDeleteAndPassphraseOnAFullDiskAreFinishedByTheNextStart(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	bloat(t, path, app.StoreOptions)
	roomy := app.StoreOptions
	fullDisk(t, app, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "delete", "--yes", string(id))
	if r.code != 1 || !strings.Contains(r.stderr, "The conference was deleted, but the store file") {
		t.Fatalf("delete on a full disk: exit %d, stderr %q", r.code, r.stderr)
	}
	app.StoreOptions = roomy
	r = run(t, app, "", "--lang", "en", "--db", path, "list", "--json")
	if r.code != 0 || !strings.Contains(r.stderr, "nothing of the deleted conference remains") || !json.Valid([]byte(r.stdout)) {
		t.Fatalf("the next start: exit %d, stdout %q (the notice goes to stderr), stderr %q", r.code, r.stdout, r.stderr)
	}
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, sampleText(t)) {
		t.Error("the deleted conference's text is still in the file")
	}

	path, _ = encryptedDemo(t, app)
	bloat(t, path, app.StoreOptions)
	fullDisk(t, app, path)
	r = run(t, app, lines(testPass, newPass, newPass), "--lang", "en", "--db", path, "passphrase")
	if r.code != 1 || !strings.Contains(r.stderr, "was changed, but its file could not be rewritten") {
		t.Fatalf("passphrase on a full disk: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	app.StoreOptions = roomy
	r = run(t, app, lines(newPass), "--lang", "en", "--db", path, "list")
	if r.code != 0 || !strings.Contains(r.stderr, "nothing under the old passphrase remains") {
		t.Fatalf("the next start: exit %d, stderr %q", r.code, r.stderr)
	}
}

// Changing the passphrase says that it works while it re-encrypts, and
// deletes the automatic backups, which open with the old passphrase, and
// says so.
func TestPassphraseChangeDeletesTheBackupsThatOpenWithTheOldOne(t *testing.T) {
	app, _ := cryptApp(t)
	path, _ := encryptedDemo(t, app)
	sessionBackups(t, path, app.StoreOptions, 3)
	r := run(t, app, lines(testPass, newPass, newPass), "--lang", "en", "--db", path, "passphrase")
	if r.code != 0 {
		t.Fatalf("passphrase: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"new key; with many conferences this takes some seconds", "was changed",
		"Automatic backups deleted because they open with the old passphrase: 3."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout %q lacks %q", r.stdout, want)
		}
	}
	if i, j := strings.Index(r.stdout, "takes some seconds"), strings.Index(r.stdout, "was changed"); i < 0 || i > j {
		t.Errorf("the working line does not come first: %q", r.stdout)
	}
	if got := backupNames(t, store.BackupDir(path)); len(got) != 0 {
		t.Errorf("backups that open with the old passphrase are left: %v", got)
	}
}

// Every copy kofa makes beside the store is named by encrypt (the plain
// ones) and delete (all), with what it is; none is deleted behind the
// user's back, and nothing else is named.
func TestEncryptAndDeleteNameTheCopiesKofaMadeBesideTheStore(t *testing.T) {
	app, _ := cryptApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	dir := filepath.Dir(path)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copies := map[string]string{
		"kofa.db.v3-backup-20261120-081500.db":   "copy made before an upgrade of kofa",
		"kofa.db.before-restore-20261121-090000": "the store a restore replaced",
		"kofa.db.damaged-20261121-090000-2":      "damaged file moved aside",
	}
	for name := range copies {
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "kofa.db.notes"), []byte("not kofa's"), 0o600); err != nil {
		t.Fatal(err)
	}

	r := run(t, app, lines(testPass, testPass), "--lang", "en", "--db", path, "encrypt")
	if r.code != 0 || !strings.Contains(r.stdout, "These copies kofa made next to the store are not encrypted") {
		t.Fatalf("encrypt: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for name, kind := range copies {
		if !strings.Contains(r.stdout, filepath.Join(dir, name)+" ("+kind+")") {
			t.Errorf("encrypt does not name %s as %q:\n%s", name, kind, r.stdout)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v; kofa must not delete it on its own", name, err)
		}
	}
	if strings.Contains(r.stdout, "kofa.db.notes") {
		t.Errorf("encrypt names a file that is not kofa's: %s", r.stdout)
	}

	id := listStoreWith(t, path)
	r = run(t, app, lines(testPass), "--lang", "en", "--db", path, "delete", "--yes", string(id))
	if r.code != 0 || !strings.Contains(r.stdout, "may still hold the deleted conference") {
		t.Fatalf("delete: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for name := range copies {
		if !strings.Contains(r.stdout, filepath.Join(dir, name)) {
			t.Errorf("delete does not name %s:\n%s", name, r.stdout)
		}
	}
}

// Issue 17: restoring a plain copy in place of an encrypted store turned
// the store plain without a word. It is refused with the reason and the
// way to do it anyway.
func TestRestoreRefusesAPlainCopyOverAnEncryptedStore(t *testing.T) {
	app, _ := cryptApp(t)
	plain := dbPath(t)
	seedDemo(t, app, plain)
	path, _ := encryptedDemo(t, app)
	before, _ := os.ReadFile(path)

	r := run(t, app, "", "--lang", "en", "--db", path, "restore", plain)
	if r.code != 1 || !strings.Contains(r.stderr, "is not encrypted, but the store") || !strings.Contains(r.stderr, "restore --plain") {
		t.Fatalf("restore plain over encrypted: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	wantOneLine(t, r.stderr)
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the refused restore changed the store")
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "restore", "--plain", plain)
	if r.code != 0 {
		t.Fatalf("restore --plain: exit %d, stderr %q", r.code, r.stderr)
	}
	if enc, err := store.IsEncrypted(path); err != nil || enc {
		t.Errorf("after restore --plain: encrypted %v, %v", enc, err)
	}
}
