package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestQuantileIsNearestRank(t *testing.T) {
	var s sample
	for i := 1; i <= 1000; i++ {
		s = append(s, time.Duration(1001-i)*time.Microsecond) // unsorted
	}
	if got := s.p99(); got != 990*time.Microsecond {
		t.Errorf("p99 = %s, want the 990th smallest", got)
	}
	if got := s.median(); got != 500*time.Microsecond {
		t.Errorf("median = %s, want the 500th smallest", got)
	}
	if got := (sample{}).p99(); got != 0 {
		t.Errorf("p99 of nothing = %s", got)
	}
}

func TestCountGroupsThousands(t *testing.T) {
	for n, want := range map[int]string{7: "7", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}

// A new table from the harness keeps the figures measured apart.
func TestNewTableKeepsTheFiguresMeasuredApart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	apart := measuredApartHeading + "\n\n- BenchmarkX: 1 s\n"
	if err := os.WriteFile(path, []byte("# Benchmarks\n\n| old | table |\n\n"+apart), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := string(measuredApart(path)); got != "\n"+apart {
		t.Errorf("kept %q, want %q", got, "\n"+apart)
	}
	if got := measuredApart(filepath.Join(t.TempDir(), "missing.md")); got != nil {
		t.Errorf("from a missing file: %q", got)
	}
}
