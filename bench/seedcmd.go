package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"kofa/bench/seed"
	"kofa/internal/store"
)

// runSeed is `go run ./bench seed`: a store of N realistic conferences
// for trying kofa at scale by hand.
func runSeed(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "store to create or add to (required)")
	n := fs.Int("conferences", 10000, "how many conferences to add")
	shape := fs.Uint64("seed", 1, "seed of the store's shape")
	stage := fs.String("stage", defaultStage(), "build a new store in this folder, then copy it (\"\" = in place)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *db == "" || *n <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: go run ./bench seed --db PATH --conferences N [--seed S] [--stage DIR]")
		return 2
	}
	st, err := seedStore(*db, *n, *shape, time.Now(), *stage, func(done int) {
		fmt.Fprintf(stderr, "\rseeded %d/%d", done, *n)
	})
	fmt.Fprintln(stderr)
	if err != nil {
		fmt.Fprintln(stderr, "bench seed:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d conferences written to %s in %s\n", st.Conferences, *db, st.Took.Round(time.Millisecond))
	return 0
}

// defaultStage is a memory-backed folder where it exists (Linux). The
// store only offers one durable transaction per conference, so 10,000
// conferences cost 10,000 fsyncs on a disk; built in memory and copied,
// the file is byte for byte what store.Save writes.
func defaultStage() string {
	if runtime.GOOS != "linux" {
		return ""
	}
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		return "/dev/shm"
	}
	return ""
}

// seedStore adds n conferences to the store at path. A new store is built
// in the stage folder (if any) and copied into place; an existing one is
// filled in place.
func seedStore(path string, n int, shape uint64, now time.Time, stage string, progress func(int)) (seed.Stats, error) {
	_, err := os.Lstat(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return seed.Stats{}, err
	}
	if exists || stage == "" {
		return fillAt(path, n, shape, now, progress)
	}
	tmpDir, err := os.MkdirTemp(stage, "kofa-seed-")
	if err != nil {
		return seed.Stats{}, err
	}
	defer os.RemoveAll(tmpDir)
	staged := filepath.Join(tmpDir, "kofa.db")
	st, err := fillAt(staged, n, shape, now, progress)
	if err != nil {
		return st, err
	}
	start := time.Now()
	if err := copyNew(staged, path); err != nil {
		return st, err
	}
	st.Took += time.Since(start)
	return st, nil
}

func fillAt(path string, n int, shape uint64, now time.Time, progress func(int)) (seed.Stats, error) {
	s, err := store.Open(path, store.Options{})
	if err != nil {
		return seed.Stats{}, err
	}
	st, err := seed.Fill(s, n, now, shape, progress)
	return st, errors.Join(err, s.Close())
}

// copyNew copies src to a new file dst (0600, folder 0700) through a
// temporary name, synced before it is renamed into place.
func copyNew(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.CreateTemp(filepath.Dir(dst), ".seed-*")
	if err != nil {
		return err
	}
	tmp := out.Name()
	_, err = io.Copy(out, in)
	err = errors.Join(err, out.Chmod(0o600), out.Sync(), out.Close())
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		_ = os.Remove(tmp)
	}
	return err
}
