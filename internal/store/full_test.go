package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSaveOnAFullDiskFailsAndLosesNothing lets the file grow no further
// (bbolt's MaxSize, as a full disk would): a Save that needs more room
// fails, everything committed before stays as it was, the file passes the
// consistency check, and once there is room again the same Save succeeds.
func TestSaveOnAFullDiskFailsAndLosesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	first := richConference("", "erste Fassung", 1)
	if err := s.Save(first); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	opts := testOptions()
	opts.MaxSize = int(info.Size())
	full, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	grown := first.Clone()
	grown.Facts = "zweite Fassung " + strings.Repeat("Sachverhalt, ausführlich. ", 10_000) // ~270 kB
	if err := full.Save(grown); err == nil {
		t.Fatal("a Save beyond the size limit succeeded")
	}
	if got, err := full.Get(first.ID); err != nil || got.Facts != first.Facts {
		t.Fatalf("after the failed Save: %v, facts %.30q", err, got.Facts)
	}
	if err := full.Close(); err != nil {
		t.Fatal(err)
	}
	if err := Check(path); err != nil {
		t.Fatalf("after the failed Save the file is damaged: %v", err)
	}

	room, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer room.Close()
	if err := room.Save(grown); err != nil {
		t.Fatalf("with room again: %v", err)
	}
	if got, err := room.Get(first.ID); err != nil || got.Facts != grown.Facts {
		t.Errorf("the retried Save did not keep the new text: %v", err)
	}
}
