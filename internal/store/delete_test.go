package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
)

const marker = "Zebrastreifen-4711-Marker"

func TestDeleteRemovesTheTextFromTheFile(t *testing.T) {
	s := openTemp(t)
	doomed := richConference("", marker, 0)
	kept := richConference("", "bleibt", 1)
	if err := s.Save(doomed, conference.Change{Op: conference.OpCreate}); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(kept); err != nil {
		t.Fatal(err)
	}
	if !fileContains(t, s.Path(), marker) {
		t.Fatal("marker not in the file before deletion: the test proves nothing")
	}
	if err := s.Delete(doomed.ID); err != nil {
		t.Fatal(err)
	}
	if fileContains(t, s.Path(), marker) {
		t.Error("deleted conference's text is still in the store file")
	}
	assertDeleted(t, s, doomed.ID, kept.ID)
}

func TestDeleteAlsoRemovesOldVersionsInFreePages(t *testing.T) {
	s := openTemp(t)
	doomed := richConference("", marker, 0)
	kept := richConference("", "bleibt", 1)
	if err := s.Save(kept); err != nil {
		t.Fatal(err)
	}
	// Every save leaves the previous version in freed pages, and the
	// marker moves so that old versions differ from the current one.
	for i := range 40 {
		doomed.Facts = strings.Repeat("Vorgeschichte ", i) + marker
		if err := s.Save(doomed, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(doomed.ID); err != nil {
		t.Fatal(err)
	}
	if fileContains(t, s.Path(), marker) {
		t.Error("an old version of the deleted conference survives in the file")
	}
	assertDeleted(t, s, doomed.ID, kept.ID)

	// The store keeps working after the file was swapped.
	if err := s.Save(richConference("", "neu", 2)); err != nil {
		t.Fatalf("save after delete: %v", err)
	}
	if list, err := s.List(); err != nil || len(list) != 2 {
		t.Errorf("List after delete and save: %d, %v", len(list), err)
	}
	entries, err := os.ReadDir(filepath.Dir(s.Path()))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".kofa-new-") {
			t.Errorf("Delete left %s behind", e.Name())
		}
	}
}

func TestDeleteKeepsAuditSequencesOfOthers(t *testing.T) {
	s := openTemp(t)
	a, b := richConference("", "a", 0), richConference("", "b", 1)
	for _, c := range []*conference.Conference{a, b} {
		if err := s.Save(c, conference.Change{Op: conference.OpCreate}, conference.Change{Op: conference.OpPhase, Path: "phase"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	// Compaction copies bucket sequences; a reset would overwrite entry 1.
	if err := s.Save(b, conference.Change{Op: conference.OpClose, Path: "status"}); err != nil {
		t.Fatal(err)
	}
	entries, err := s.Audit(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, e := range entries {
		ops = append(ops, e.Op)
	}
	if got := strings.Join(ops, ","); got != "create,phase,close" {
		t.Errorf("audit after delete of another conference: %s", got)
	}
}

func assertDeleted(t *testing.T, s *Store, gone, kept conference.ID) {
	t.Helper()
	if _, err := s.Get(gone); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of deleted conference: %v, want ErrNotFound", err)
	}
	if _, err := s.Audit(gone); !errors.Is(err, ErrNotFound) {
		t.Errorf("Audit of deleted conference: %v, want ErrNotFound", err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != kept {
		t.Errorf("List after delete = %+v, want only %s", list, kept)
	}
	if _, err := s.Get(kept); err != nil {
		t.Errorf("kept conference: %v", err)
	}
}
