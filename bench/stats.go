package main

import (
	"fmt"
	"slices"
	"time"
)

// sample is a set of timings of one measurement.
type sample []time.Duration

// quantile returns the q-quantile (0..1) by the nearest-rank method: p99
// of 1,000 timings is the 990th smallest.
func (s sample) quantile(q float64) time.Duration {
	if len(s) == 0 {
		return 0
	}
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	rank := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}

func (s sample) median() time.Duration { return s.quantile(0.5) }
func (s sample) p99() time.Duration    { return s.quantile(0.99) }

// ms formats a duration in milliseconds with a precision that suits it.
func ms(d time.Duration) string {
	f := float64(d) / float64(time.Millisecond)
	switch {
	case f < 1:
		return fmt.Sprintf("%.3f ms", f)
	case f < 100:
		return fmt.Sprintf("%.2f ms", f)
	case f < 10000:
		return fmt.Sprintf("%.0f ms", f)
	}
	return fmt.Sprintf("%.1f s", f/1000)
}

// mib formats a byte count in MiB.
func mib(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }
