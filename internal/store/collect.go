package store

// collector gathers many values whose number is not known in advance
// (tracker rows, search hits) in fixed-size chunks, then copies them once
// into a slice of the exact size. Appending to one slice instead would
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
