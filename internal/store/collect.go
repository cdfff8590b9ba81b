package store

import "slices"

// collector gathers many values whose number is not known in advance
// (tracker rows, search hits) in chunks, then copies them once into a
// slice of the exact size. Appending to one slice instead would
// copy tens of thousands of rows again at every growth step (Go grows
// large slices by a quarter), which cost more than reading them.
type collector[T any] struct {
	full [][]T
	cur  []T
	n    int
}

// Chunks start small, for the usual handful of results, and double up to
// maxChunk.
const (
	firstChunk = 64
	maxChunk   = 4096
)

func (c *collector[T]) add(v T) {
	if len(c.cur) == cap(c.cur) {
		size := firstChunk
		if c.cur != nil {
			c.full = append(c.full, c.cur)
			size = min(2*cap(c.cur), maxChunk)
		}
		c.cur = make([]T, 0, size)
	}
	c.cur = append(c.cur, v)
	c.n++
}

// each calls fn with every value, in the order added.
func (c *collector[T]) each(fn func(*T)) {
	for _, chunk := range c.full {
		for i := range chunk {
			fn(&chunk[i])
		}
	}
	for i := range c.cur {
		fn(&c.cur[i])
	}
}

// len is the number of values added.
func (c *collector[T]) len() int { return c.n }

// pick returns the values at the given positions (in the order added), in
// the order of positions: sorting positions and picking once moves each
// value once.
func (c *collector[T]) pick(positions []int) []T {
	chunks := append(slices.Clip(c.full), c.cur)
	starts := make([]int, len(chunks))
	for i, n := 1, 0; i < len(chunks); i++ {
		n += len(chunks[i-1])
		starts[i] = n
	}
	out := make([]T, len(positions))
	for i, p := range positions {
		j, found := slices.BinarySearch(starts, p)
		if !found {
			j--
		}
		out[i] = chunks[j][p-starts[j]]
	}
	return out
}

// slice returns everything added, in order; nil when nothing was.
func (c *collector[T]) slice() []T {
	if c.n == 0 {
		return nil
	}
	out := make([]T, 0, c.n)
	for _, chunk := range c.full {
		out = append(out, chunk...)
	}
	return append(out, c.cur...)
}
