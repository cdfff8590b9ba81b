package store

import (
	"syscall"
	"testing"
	"time"

	"kofa/internal/conference"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	s, err := Open(seededStore(t, 10_000), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := conference.DateOf(t0).AddDays(400)
	measure := func(name string, f func()) {
		f()
		const n = 20
		c0, w0 := cpuNow(), time.Now()
		for range n {
			f()
		}
		t.Logf("%-28s cpu %6.1f ms/op  wall %6.1f ms/op", name, float64(cpuNow()-c0)/n/1e6, float64(time.Since(w0))/n/1e6)
	}
	measure("OpenActions all", func() { _, _ = s.OpenActions(ActionQuery{Today: today}) })
	measure("OpenActions overdue+owner", func() { _, _ = s.OpenActions(ActionQuery{Today: today, Overdue: true, Owner: "cetin"}) })
	measure("Search rare", func() { _, _ = s.Search("F-2026-123") })
	measure("Search everywhere(none)", func() { _, _ = s.Search("Müller Hämatomen") })
	measure("Search all-hits", func() { _, _ = s.Search("Frau Cetin") })
	measure("List", func() { _, _ = s.List() })
}
