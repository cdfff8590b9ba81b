package privatefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// addAll adds n files named 00.md, 01.md, ... from several goroutines, as
// kofa export --all does, and returns their paths.
func addAll(t *testing.T, b *Batch, dir string, n int) []string {
	t.Helper()
	paths := make([]string, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		paths[i] = filepath.Join(dir, fmt.Sprintf("%02d.md", i))
		wg.Go(func() { errs <- b.Add(paths[i], []byte(fmt.Sprintf("file %d\n", i))) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

func TestBatchPlacesFilesOnlyOnCommit(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	defer b.Abort()
	paths := addAll(t, b, dir, 40)
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			t.Fatalf("%s exists before Commit", p)
		}
	}
	placed, failed, err := b.Commit()
	if err != nil || failed != "" {
		t.Fatalf("Commit: %v (%s)", err, failed)
	}
	if !slices.Equal(placed, paths) { // in the order of the names
		t.Errorf("placed %v, want %v", placed, paths)
	}
	for i, p := range paths {
		got, err := os.ReadFile(p)
		if err != nil || string(got) != fmt.Sprintf("file %d\n", i) {
			t.Errorf("%s: %q, %v", p, got, err)
		}
		if info, err := os.Stat(p); runtime.GOOS != "windows" && (err != nil || info.Mode().Perm() != FileMode) {
			t.Errorf("%s: mode %v, %v; want 0600", p, info.Mode().Perm(), err)
		}
	}
	if names := onlyFiles(t, dir); len(names) != len(paths) {
		t.Errorf("folder holds %v, want only the %d files", names, len(paths))
	}
	if err := b.Add(filepath.Join(dir, "late.md"), nil); err == nil {
		t.Error("Add after Commit succeeded")
	}
}

func TestBatchNeverReplacesAFileThatAppearedWithoutForce(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	paths := addAll(t, b, dir, 5)
	// Someone writes the third file after it was added.
	if err := os.WriteFile(paths[2], []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	placed, failed, err := b.Commit()
	if !errors.Is(err, ErrExists) || failed != paths[2] {
		t.Fatalf("Commit: %v at %q, want ErrExists at %s", err, failed, paths[2])
	}
	if !slices.Equal(placed, paths[:2]) {
		t.Errorf("placed %v, want the two before it", placed)
	}
	if got, _ := os.ReadFile(paths[2]); string(got) != "precious" {
		t.Errorf("the file in the way was changed to %q", got)
	}
	b.Abort()
	names := onlyFiles(t, dir)
	slices.Sort(names)
	if want := []string{"00.md", "01.md", "02.md"}; !slices.Equal(names, want) {
		t.Errorf("after Abort the folder holds %v, want %v (no temporary files)", names, want)
	}
}

func TestBatchWithForceReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "minutes.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := NewBatch(dir, true)
	defer b.Abort()
	if err := b.Add(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("replaced before Commit: %q", got)
	}
	if _, _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("content %q, want new", got)
	}
	if info, err := os.Stat(path); runtime.GOOS != "windows" && (err != nil || info.Mode().Perm() != FileMode) {
		t.Errorf("mode %v, %v; want 0600", info.Mode().Perm(), err)
	}
}

func TestBatchAbortLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	addAll(t, b, dir, 10)
	b.Abort()
	b.Abort() // harmless twice
	if names := onlyFiles(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v after Abort", names)
	}
	if _, _, err := b.Commit(); err != nil {
		t.Errorf("Commit after Abort: %v", err)
	}
	if names := onlyFiles(t, dir); len(names) != 0 {
		t.Errorf("Commit after Abort placed %v", names)
	}
}

func TestBatchRefusesAPathOutsideItsFolder(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	defer b.Abort()
	if err := b.Add(filepath.Join(t.TempDir(), "x.md"), nil); err == nil {
		t.Error("Add outside the folder succeeded")
	}
}

// TestBatchSyncsFileByFileWithoutSyncfs: where the file system cannot be
// flushed at once (other systems, old Linux), Commit syncs each file and
// places them all the same.
func TestBatchSyncsFileByFileWithoutSyncfs(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	b.fs.close()
	b.fs = nil
	defer b.Abort()
	paths := addAll(t, b, dir, 50)
	placed, _, err := b.Commit()
	if err != nil || !slices.Equal(placed, paths) {
		t.Fatalf("Commit: %v, placed %d of %d", err, len(placed), len(paths))
	}
	if names := onlyFiles(t, dir); len(names) != len(paths) {
		t.Errorf("folder holds %d entries, want %d", len(names), len(paths))
	}
}

// Flush places what was added so far while the batch takes more, and a
// later Flush or Commit places only what came after.
func TestBatchFlushPlacesWhatWasAddedSoFar(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	defer b.Abort()
	first := addAll(t, b, dir, 10)
	placed, failed, err := b.Flush()
	if err != nil || failed != "" || !slices.Equal(placed, first) {
		t.Fatalf("Flush: placed %v, %v (%s); want %v", placed, err, failed, first)
	}
	for _, p := range first {
		if _, err := os.Lstat(p); err != nil {
			t.Fatalf("%s not placed by Flush: %v", p, err)
		}
	}
	late := filepath.Join(dir, "late.md")
	if err := b.Add(late, []byte("late\n")); err != nil {
		t.Fatalf("Add after Flush: %v", err)
	}
	if placed, _, err = b.Commit(); err != nil || !slices.Equal(placed, []string{late}) {
		t.Fatalf("Commit placed %v, %v; want only %s", placed, err, late)
	}
	if names := onlyFiles(t, dir); len(names) != 11 {
		t.Errorf("folder holds %v, want the 11 files", names)
	}
}

// Adds running while Flush syncs and places are not lost: each file is
// placed by exactly one of the flushes.
func TestBatchFlushWhileAdding(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	defer b.Abort()
	const n = 200
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		placed []string
	)
	flush := func(f func() ([]string, string, error)) {
		p, _, err := f()
		if err != nil {
			t.Error(err)
		}
		mu.Lock()
		placed = append(placed, p...)
		mu.Unlock()
	}
	wg.Go(func() {
		for range 20 {
			flush(b.Flush)
		}
	})
	want := addAll(t, b, dir, n)
	wg.Wait()
	flush(b.Commit)
	slices.Sort(placed)
	slices.Sort(want)
	if !slices.Equal(placed, want) {
		t.Errorf("placed %d files, want each of the %d once", len(placed), n)
	}
}

// A flush that finds a file in the way places the others before it and
// leaves the rest for Abort, which removes their temporary files.
func TestBatchFlushFailureLeavesTheRestForAbort(t *testing.T) {
	dir := t.TempDir()
	b := NewBatch(dir, false)
	paths := addAll(t, b, dir, 6)
	if err := os.WriteFile(paths[3], []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	placed, failed, err := b.Flush()
	if !errors.Is(err, ErrExists) || failed != paths[3] || !slices.Equal(placed, paths[:3]) {
		t.Fatalf("Flush: placed %v, %v at %q", placed, err, failed)
	}
	b.Abort()
	if names := onlyFiles(t, dir); len(names) != 4 {
		t.Errorf("folder holds %v, want the three placed files and the one in the way", names)
	}
}
