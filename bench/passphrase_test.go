package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"kofa/internal/store"
)

const benchPassphrase = "Korrekt Pferd Batterie Heftklammer"

// BenchmarkChangePassphrase is `kofa passphrase` on the store of 10,000
// conferences: both key derivations at the default cost, every value
// re-sealed under a new data key in one transaction, and the file
// rewritten. Each run starts from a fresh copy of the same encrypted
// store (copying and opening are not timed). Run it alone, a few times:
//
//	go test ./bench -run '^$' -bench ChangePassphrase -benchtime 3x
func BenchmarkChangePassphrase(b *testing.B) {
	dir := b.TempDir()
	sealed := filepath.Join(dir, "sealed.db")
	if _, err := seedStore(sealed, 10_000, 1, time.Now(), defaultStage(), nil); err != nil {
		b.Fatal(err)
	}
	opts := store.Options{KeyFunc: func() ([]byte, error) { return []byte(benchPassphrase), nil }}
	s, err := store.Open(sealed, opts)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Encrypt([]byte(benchPassphrase)); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	var (
		heapPeak uint64
		cpu      time.Duration // user and system, all goroutines
	)
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "kofa.db")
		_ = os.Remove(path)
		if err := copyNew(sealed, path); err != nil {
			b.Fatal(err)
		}
		s, err := store.Open(path, opts)
		if err == nil {
			err = s.Verified()
		}
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		stop := sampleHeap(&heapPeak)
		cpuBefore := selfCPU()
		b.StartTimer()
		if _, err := s.ChangePassphrase([]byte(benchPassphrase), []byte("Heftklammer am Montag")); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += selfCPU() - cpuBefore
		stop()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(heapPeak)/(1<<20), "MiB-heap-peak")
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
	if info, err := os.Stat(sealed); err == nil {
		b.ReportMetric(float64(info.Size())/(1<<20), "MiB/file")
	}
}

// sampleHeap records the highest live heap into peak every few
// milliseconds until stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			*peak = max(*peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
