package store

import (
	"cmp"
	"slices"
	"strings"

	"kofa/internal/conference"
)

// sortNewestFirst orders summaries as conference.Newer does (date, then
// last change, newest first; then ID). Comparing summaries directly copies
// two 200-byte structs per comparison, which dominated List; sorting small
// precomputed keys and permuting once is several times faster. A test
// pins that the order equals conference.Newer.
func sortNewestFirst(list []conference.Summary) []conference.Summary {
	type key struct {
		day  int64 // year*512 + month*32 + day: ordered like Date.Compare
		sec  int64
		nsec int32
		i    int32
		id   string
	}
	keys := make([]key, len(list))
	for i, s := range list {
		keys[i] = key{
			day:  int64(s.Date.Year)*512 + int64(s.Date.Month)*32 + int64(s.Date.Day),
			sec:  s.UpdatedAt.Unix(),
			nsec: int32(s.UpdatedAt.Nanosecond()),
			i:    int32(i),
			id:   string(s.ID),
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(b.day, a.day); c != 0 {
			return c
		}
		if c := cmp.Compare(b.sec, a.sec); c != 0 {
			return c
		}
		if c := cmp.Compare(b.nsec, a.nsec); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	out := make([]conference.Summary, len(list))
	for i, k := range keys {
		out[i] = list[k.i]
	}
	return out
}
