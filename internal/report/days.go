package report

import (
	"maps"
	"slices"

	"kofa/internal/conference"
)

// days counts numbers of days by their value: the median of any number
// of them in memory bounded by how many different values there are, not
// by how many actions or handovers were counted.
type days map[int]int

func (d *days) add(n int) {
	if *d == nil {
		*d = days{}
	}
	(*d)[n]++
}

// median is conference.MedianOf the counted values in order.
func (d days) median() conference.Median {
	total := 0
	for _, k := range d {
		total += k
	}
	if total == 0 {
		return conference.MedianOf(nil)
	}
	// The values at the middle positions: one value twice for an odd
	// count, the two middle ones for an even count.
	middle := make([]int, 0, 2)
	seen := 0
	for _, v := range slices.Sorted(maps.Keys(d)) {
		lo, hi := seen, seen+d[v] // positions lo..hi-1 hold v
		for _, pos := range []int{(total - 1) / 2, total / 2} {
			if pos >= lo && pos < hi {
				middle = append(middle, v)
			}
		}
		seen = hi
		if seen > total/2 {
			break
		}
	}
	return conference.MedianOf(middle)
}
