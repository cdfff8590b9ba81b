package store

import (
	"os"
	"runtime/pprof"
	"testing"

	"kofa/internal/conference"
)

func TestZZProf(t *testing.T) {
	s, err := Open(seededStore(t, 10_000), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := conference.DateOf(t0).AddDays(400)
	f, _ := os.Create("/tmp/oa.prof")
	_ = pprof.StartCPUProfile(f)
	for range 30 {
		_, _ = s.OpenActions(ActionQuery{Today: today})
	}
	pprof.StopCPUProfile()
	f.Close()
	f, _ = os.Create("/tmp/se.prof")
	_ = pprof.StartCPUProfile(f)
	for range 30 {
		_, _ = s.Search("Frau Cetin")
		_, _ = s.Search("F-2026-123")
	}
	pprof.StopCPUProfile()
	f.Close()
}
