package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
)

// archived returns n conferences with IDs as an archive carries them, each
// with a small audit log; pad makes each one about that many bytes larger.
func archived(n, pad int) []Imported {
	items := make([]Imported, n)
	for i := range items {
		c := richConference(importID(i), fmt.Sprintf("Import %d", i), i)
		c.Facts += strings.Repeat("Sachverhalt, ausführlich. ", pad/26)
		items[i] = Imported{Conference: c, Audit: []conference.AuditEntry{{At: t0, Op: conference.OpCreate}}}
	}
	return items
}

// importID is the i-th of a run of valid conference IDs.
func importID(i int) conference.ID {
	const digits = "abcdefghjkmnpqrstuvwxyz23456789"
	id := []byte("kmpaaaaa")
	for p := len(id) - 1; i > 0; p-- {
		id[p] = digits[i%len(digits)]
		i /= len(digits)
	}
	return conference.ID(id)
}

// wantNothingImported checks that none of items is in the store.
func wantNothingImported(t *testing.T, s *Store, items []Imported) {
	t.Helper()
	for _, it := range items {
		if _, err := s.Get(it.Conference.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("conference %s after the failed import: %v, want not found", it.Conference.ID, err)
		}
		if log, err := s.Audit(it.Conference.ID); err == nil && len(log) > 0 {
			t.Errorf("conference %s has %d audit entries after the failed import", it.Conference.ID, len(log))
		}
	}
}

// TestImportAllIsAllOrNothingWhenALaterConferenceExists pins a bug: each
// archived conference had its own transaction, so an archive whose fourth
// conference already existed left the first three imported.
func TestImportAllIsAllOrNothingWhenALaterConferenceExists(t *testing.T) {
	s := openTemp(t)
	items := archived(5, 0)
	existing := items[3].Conference.Clone()
	existing.Facts = "the version already in the store"
	if err := s.Save(existing); err != nil {
		t.Fatal(err)
	}

	err := s.ImportAll(items, false)
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), string(existing.ID)) {
		t.Fatalf("ImportAll: %v, want ErrExists naming %s", err, existing.ID)
	}
	others := append(append([]Imported(nil), items[:3]...), items[4:]...)
	wantNothingImported(t, s, others)
	if got, err := s.Get(existing.ID); err != nil || got.Facts != existing.Facts {
		t.Errorf("the existing conference changed: %v", err)
	}
	if list, err := s.List(); err != nil || len(list) != 1 {
		t.Errorf("List after the failed import: %d conferences (%v), want 1", len(list), err)
	}

	if err := s.ImportAll(items, true); err != nil {
		t.Fatalf("ImportAll with replace: %v", err)
	}
	if list, err := s.List(); err != nil || len(list) != len(items) {
		t.Errorf("List after the import: %d conferences (%v), want %d", len(list), err, len(items))
	}
}

// TestImportAllOnAFullDiskWritesNothing: an archive larger than the room
// left on the disk (bbolt's MaxSize) fails as a whole; not one of its
// conferences is in the store, the file passes the consistency check, and
// with room again the same import succeeds.
func TestImportAllOnAFullDiskWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	opts := testOptions()
	opts.MaxSize = 1 << 20
	s, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	items := archived(30, 40_000) // about twice the room, with the search index
	if err := s.ImportAll(items[:1], false); err != nil {
		t.Fatalf("one conference must fit: %v", err)
	}
	err = s.ImportAll(items[1:], false)
	if err == nil {
		t.Fatal("an import beyond the size limit succeeded")
	}
	wantNothingImported(t, s, items[1:])
	if list, err := s.List(); err != nil || len(list) != 1 {
		t.Errorf("List after the failed import: %d conferences (%v), want 1", len(list), err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := Check(path); err != nil {
		t.Fatalf("after the failed import the file is damaged: %v", err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() > int64(opts.MaxSize) {
		t.Fatalf("file size %v (err %v), limit %d", info.Size(), err, opts.MaxSize)
	}

	room, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer room.Close()
	if err := room.ImportAll(items[1:], false); err != nil {
		t.Fatalf("with room again: %v", err)
	}
	if list, err := room.List(); err != nil || len(list) != len(items) {
		t.Errorf("List with room again: %d conferences (%v), want %d", len(list), err, len(items))
	}
}
