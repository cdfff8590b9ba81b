package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

func TestMain(m *testing.M) {
	code := m.Run()
	removeSeeds()
	os.Exit(code)
}

var seeds struct {
	sync.Mutex
	dir   string
	paths map[int]string
}

// seededStore returns a closed store file holding n mid-size conferences,
// written once per test binary: seeding 10,000 takes longer than the
// benchmark itself.
func seededStore(tb testing.TB, n int) string {
	tb.Helper()
	seeds.Lock()
	defer seeds.Unlock()
	if path, ok := seeds.paths[n]; ok {
		return path
	}
	if seeds.dir == "" {
		dir, err := os.MkdirTemp("", "kofa-bench-")
		if err != nil {
			tb.Fatal(err)
		}
		seeds.dir, seeds.paths = dir, map[int]string{}
	}
	path := filepath.Join(seeds.dir, fmt.Sprintf("seed-%d.db", n))
	s, err := Open(path, testOptions())
	if err != nil {
		tb.Fatal(err)
	}
	err = s.update(func(tx *bbolt.Tx) error {
		for i := range n {
			c := richConference(conference.ID(fmt.Sprintf("s%07d", i)), "x", i%900)
			if err := putConference(tx, s.cd, c, []conference.Change{{Op: conference.OpCreate}}, t0); err != nil {
				return err
			}
		}
		return nil
	})
	if err := errors.Join(err, s.Close()); err != nil {
		tb.Fatal(err)
	}
	seeds.paths[n] = path
	return path
}

func removeSeeds() {
	if seeds.dir != "" {
		_ = os.RemoveAll(seeds.dir)
	}
}

// BenchmarkOpenList10k is the start of kofa with a full store: open (with
// its read-only check), list every conference, close. Goal: ≤ 50 ms on two
// cores.
func BenchmarkOpenList10k(b *testing.B) {
	path := seededStore(b, 10_000)
	for b.Loop() {
		s, err := Open(path, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		list, err := s.List()
		if err != nil {
			b.Fatal(err)
		}
		if len(list) != 10_000 {
			b.Fatalf("listed %d conferences", len(list))
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	if info, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(info.Size())/(1<<20), "MiB/file")
	}
}

// BenchmarkSave is one edit during a conference: a mid-size conference
// with one change, committed and synced.
func BenchmarkSave(b *testing.B) {
	s := openTemp(b)
	c := richConference("", "x", 0)
	if err := s.Save(c); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		c.Facts = fmt.Sprintf("Sachverhalt, Fassung %d", i)
		if err := s.Save(c, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			b.Fatal(err)
		}
	}
}
