package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestRollingBackupKeepsTheNewestFive(t *testing.T) {
	s := openTemp(t)
	if err := s.Save(richConference("", marker, 0)); err != nil {
		t.Fatal(err)
	}
	dir := BackupDir(s.Path())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "meine-notiz.txt") // not a rolling backup: left alone
	if err := os.WriteFile(mine, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	var made []string
	for i := range 8 {
		at := t0.Add(time.Duration(i) * time.Hour)
		if i == 7 {
			at = t0.Add(6 * time.Hour) // a second session in the same second
		}
		name, err := RollingBackup(s, dir, DefaultKeepBackups, at)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, name)
	}
	if filepath.Base(made[0]) != "kofa-20260314T083000Z.db" || filepath.Base(made[7]) != "kofa-20260314T143000Z-2.db" {
		t.Errorf("names %s, %s", filepath.Base(made[0]), filepath.Base(made[7]))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"meine-notiz.txt"}
	for _, m := range made[3:] {
		want = append(want, filepath.Base(m))
	}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("backup folder holds\n%v\nwant\n%v", names, want)
	}
	newest, err := NewestBackup(dir)
	if err != nil || newest != made[7] {
		t.Errorf("NewestBackup = %s, %v; want %s", newest, err, made[7])
	}
	// A backup is a working store with the data.
	b, err := Open(newest, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if list, err := b.List(); err != nil || len(list) != 1 {
		t.Errorf("the backup lists %d conferences, %v", len(list), err)
	}
	if runtime.GOOS != "windows" {
		assertMode(t, dir, 0o700)
		assertMode(t, newest, 0o600)
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", filepath.Base(path), got, want)
	}
}

func TestNewestBackupWithoutBackups(t *testing.T) {
	dir := t.TempDir()
	if _, err := NewestBackup(filepath.Join(dir, "fehlt")); !errors.Is(err, ErrNoBackup) {
		t.Errorf("missing folder: %v", err)
	}
	for _, name := range []string{"kofa-gestern.db", "kofa-20260314T083000Z-1.db", "kofa-20260314T083000Z.db.bak"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := NewestBackup(dir); !errors.Is(err, ErrNoBackup) {
		t.Errorf("folder without rolling backups: %s, %v", got, err)
	}
}

func TestBackupDir(t *testing.T) {
	dir := filepath.Join("daten", "kofa")
	for path, want := range map[string]string{
		filepath.Join(dir, "kofa.db"):  filepath.Join(dir, "backups"),
		filepath.Join(dir, "probe.db"): filepath.Join(dir, "backups", "probe"),
	} {
		if got := BackupDir(path); got != want {
			t.Errorf("BackupDir(%s) = %s, want %s", path, got, want)
		}
	}
}

func TestBackupOfAnEncryptedStoreStaysEncrypted(t *testing.T) {
	s := openEncrypted(t)
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	name, err := RollingBackup(s, BackupDir(s.Path()), DefaultKeepBackups, t0)
	if err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, name, personalTexts(c))
	if _, err := Open(name, testOptions()); !errors.Is(err, ErrPassphraseRequired) {
		t.Errorf("backup opened without a passphrase: %v", err)
	}
	b, err := Open(name, cryptOptions(passphrase, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if got, err := b.Get(c.ID); err != nil || got.Facts != c.Facts {
		t.Errorf("Get from the backup: %v", err)
	}
}
