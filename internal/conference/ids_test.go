package conference

import "testing"

func TestNewIDIsValidAndVaries(t *testing.T) {
	seen := map[ID]bool{}
	for range 1000 {
		id := NewID()
		if !ValidID(string(id)) {
			t.Fatalf("NewID() = %q is not a valid ID", id)
		}
		seen[id] = true
	}
	// 1000 draws from 31^8 values: a repeat means the randomness is broken.
	if len(seen) != 1000 {
		t.Errorf("%d distinct IDs in 1000 draws", len(seen))
	}
}

func TestValidID(t *testing.T) {
	for s, want := range map[string]bool{
		"k7m2qxa9":  true,
		"23456789":  true,
		"zzzzzzzz":  true,
		"":          false,
		"k7m2qxa":   false, // too short
		"k7m2qxa9x": false, // too long
		"k7m2qxa0":  false, // 0 looks like o
		"k7m2qxl9":  false, // l looks like 1
		"k7m2qxi9":  false,
		"k7m2qxo9":  false,
		"K7M2QXA9":  false, // IDs are lower case
		"k7m2qx-9":  false,
		"../../etc": false,
		"k7m2qxä":   false, // 8 bytes, 7 runes
	} {
		if got := ValidID(s); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNextIDCountsWithinTheConference(t *testing.T) {
	c := newCase()
	if a, b := c.NextID("p"), c.NextID("a"); a != "p1" || b != "a2" {
		t.Errorf("NextID gave %q, %q; want p1, a2", a, b)
	}
}
