package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// copyFixture copies a checked-in store into a temporary folder.
func copyFixture(t *testing.T, name string) (path string, original []byte) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "kofa.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, data
}

func TestOpenMigratesSchema1AfterABackup(t *testing.T) {
	path, original := copyFixture(t, v1Fixture)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	backup := s.MigrationBackup()
	if want := path + ".v1-backup-20260314-093001.db"; backup != want {
		t.Errorf("backup at %q, want %q", backup, want)
	}
	data, err := os.ReadFile(backup)
	if err != nil {
		t.Fatalf("no backup: %v", err)
	}
	if !bytes.Equal(data, original) {
		t.Error("backup differs from the store before the upgrade")
	}
	if runtime.GOOS != "windows" {
		if mode := mustStat(t, backup).Mode().Perm(); mode != 0o600 {
			t.Errorf("backup has mode %o, want 600", mode)
		}
	}

	err = s.view(func(tx *bbolt.Tx) error {
		v, err := readVersion(tx)
		if v != SchemaVersion {
			t.Errorf("schema after upgrade = %d, want %d", v, SchemaVersion)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	want := v1Conferences()
	if len(list) != len(want) {
		t.Fatalf("List after upgrade has %d conferences, want %d", len(list), len(want))
	}
	// Newest first: the network meeting is two weeks later.
	if list[0].ID != want[1].ID || list[0].Topic != want[1].Topic || list[1].CaseCode != want[0].CaseCode || list[1].OpenActions != 1 {
		t.Errorf("List after upgrade = %+v", list)
	}
	got, err := s.Get(want[0].ID)
	if err != nil || got.Facts != want[0].Facts {
		t.Errorf("Get after upgrade: %v, %v", got, err)
	}
	if entries, err := s.Audit(want[0].ID); err != nil || len(entries) != 1 {
		t.Errorf("audit after upgrade: %v, %v", entries, err)
	}

	// The second Open finds nothing to do and makes no second backup.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.MigrationBackup() != "" {
		t.Errorf("second Open made another backup: %s", s2.MigrationBackup())
	}
}

func TestFailedMigrationLeavesTheStoreAsItWas(t *testing.T) {
	path, _ := copyFixture(t, v1Fixture)
	// A conference value that cannot be decoded stops the upgrade.
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketConferences).Put([]byte("zzzzzzzz"), []byte("{not json"))
	})
	if err := errors.Join(err, db.Close()); err != nil {
		t.Fatal(err)
	}
	before := readState(t, path)

	_, err = Open(path, testOptions())
	var damaged *DamagedError
	if !errors.As(err, &damaged) {
		t.Fatalf("Open: %v, want *DamagedError", err)
	}
	assertUnchanged(t, path, before)
}

func TestNewerSchemaIsRefusedAndLeftUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(richConference("", "x", 0)); err != nil {
		t.Fatal(err)
	}
	err = s.update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, formatVersion(SchemaVersion+1))
	})
	if err := errors.Join(err, s.Close()); err != nil {
		t.Fatal(err)
	}
	before := readState(t, path)

	_, err = Open(path, testOptions())
	var schema *SchemaError
	if !errors.As(err, &schema) {
		t.Fatalf("Open: %v, want *SchemaError", err)
	}
	if schema.Found != SchemaVersion+1 || schema.Supported != SchemaVersion || schema.Path != path {
		t.Errorf("SchemaError = %+v", schema)
	}
	if !strings.Contains(schema.Error(), path) {
		t.Errorf("message %q does not name the file", schema.Error())
	}
	assertUnchanged(t, path, before)
	if matches, _ := filepath.Glob(path + ".*backup*"); len(matches) > 0 {
		t.Errorf("a refused store was backed up: %v", matches)
	}
}

func TestUnknownValueFormatIsDamage(t *testing.T) {
	s := openTemp(t)
	err := s.update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketConferences).Put([]byte("k7m2qxa9"), []byte(`{"v":9,"c":{}}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Get("k7m2qxa9")
	var damaged *DamagedError
	if !errors.As(err, &damaged) || damaged.Path != s.Path() {
		t.Errorf("Get of a value from the future: %v, want *DamagedError naming the file", err)
	}
	var c conference.Conference
	if err := plain.decode(bucketConferences, []byte("k"), []byte(`{"v":1,"c":{"id":"k"}}`), &c); err != nil || c.ID != "k" {
		t.Errorf("decode of format 1: %v", err)
	}
}
