package store

import (
	"testing"

	"kofa/internal/conference"
)

// openSeeded opens the seeded store of n conferences for a benchmark.
func openSeeded(b *testing.B, n int) *Store {
	b.Helper()
	s, err := Open(seededStore(b, n), testOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}

// BenchmarkOpenActions10k is the action tracker over 10,000 conferences
// (five open actions each): every open action, sorted. Goal: ≤ 50 ms.
func BenchmarkOpenActions10k(b *testing.B) {
	s := openSeeded(b, 10_000)
	today := conference.DateOf(t0).AddDays(400)
	for _, bc := range []struct {
		name string
		q    ActionQuery
		want int
	}{
		{"all", ActionQuery{Today: today}, 50_000},
		{"overdue-owner", ActionQuery{Today: today, Overdue: true, Owner: "cetin"}, -1},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				list, err := s.OpenActions(bc.q)
				if err != nil {
					b.Fatal(err)
				}
				if bc.want >= 0 && len(list) != bc.want {
					b.Fatalf("%d open actions, want %d", len(list), bc.want)
				}
			}
		})
	}
}

// BenchmarkSearch10k is the search over 10,000 conferences: a case code
// that few match, and a name every conference has. Goal: ≤ 50 ms.
func BenchmarkSearch10k(b *testing.B) {
	s := openSeeded(b, 10_000)
	for _, bc := range []struct {
		name, query string
		atLeast     int
	}{
		{"rare", "F-2026-123", 1},
		{"everywhere", "Müller Hämatomen", 0},
		{"all-hits", "Frau Cetin", 10_000},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				hits, err := s.Search(bc.query)
				if err != nil {
					b.Fatal(err)
				}
				if len(hits) < bc.atLeast {
					b.Fatalf("%d hits, want at least %d", len(hits), bc.atLeast)
				}
			}
		})
	}
}
