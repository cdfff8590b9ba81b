package store

import (
	"testing"
)

func TestKeyboardPersonIsRememberedThroughTheDirectory(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	if _, ok, err := s.KeyboardPerson(); err != nil || ok {
		t.Fatalf("new store remembers someone (%v, %v)", ok, err)
	}
	if err := s.SetKeyboardPerson(DirectoryEntry{Name: "Petra Albers", Institution: "Jugendamt Nord"}); err != nil {
		t.Fatal(err)
	}
	e, ok, err := s.KeyboardPerson()
	if err != nil || !ok || e.Name != "Petra Albers" || e.Institution != "Jugendamt Nord" || e.ID == "" {
		t.Fatalf("keyboard person %+v %v %v", e, ok, err)
	}
	// The same person again (any spelling) is the same entry, not a second.
	if err := s.SetKeyboardPerson(DirectoryEntry{Name: "petra albers", Institution: "JUGENDAMT NORD"}); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Directory(); len(all) != 1 {
		t.Errorf("directory %v, want the one entry", all)
	}
	// Deleting the entry forgets the person.
	if err := s.DeleteDirectoryEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.KeyboardPerson(); err != nil || ok {
		t.Errorf("a deleted entry is still remembered (%v, %v)", ok, err)
	}
	if err := s.SetKeyboardPerson(DirectoryEntry{Name: "Jonas Weber"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetKeyboardPerson(DirectoryEntry{}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.KeyboardPerson(); ok {
		t.Error("an empty name did not forget the person")
	}
}

// TestKeyboardPersonStaysEncrypted: the unencrypted meta bucket holds the
// entry's ID only; the name is in the encrypted directory.
func TestKeyboardPersonStaysEncrypted(t *testing.T) {
	t.Parallel()
	s := openEncrypted(t)
	if err := s.SetKeyboardPerson(DirectoryEntry{Name: "Zoltan Quaderwisch"}); err != nil {
		t.Fatal(err)
	}
	if e, ok, err := s.KeyboardPerson(); err != nil || !ok || e.Name != "Zoltan Quaderwisch" {
		t.Fatalf("keyboard person %+v %v %v", e, ok, err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, path, []string{"Zoltan", "Quaderwisch"})
}
