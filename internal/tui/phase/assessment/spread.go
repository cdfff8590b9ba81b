package assessment

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// scaleStats summarises the safety-scale values of the ratings.
type scaleStats struct {
	values   []int // sorted
	min, max int
	counts   [conference.SafetyScaleMax + 1]int
}

func statsOf(ratings []conference.Rating) scaleStats {
	var s scaleStats
	for _, r := range ratings {
		if r.Scale != nil && *r.Scale >= 0 && *r.Scale <= conference.SafetyScaleMax {
			s.values = append(s.values, *r.Scale)
			s.counts[*r.Scale]++
		}
	}
	slices.Sort(s.values)
	if len(s.values) > 0 {
		s.min, s.max = s.values[0], s.values[len(s.values)-1]
	}
	return s
}

// median returns the median as people write it: the middle value, or for
// an even count the mean of the two middle ones ("4,5" in German).
func (s scaleStats) median(lang i18n.Lang) string {
	n := len(s.values)
	if n == 0 {
		return ""
	}
	if n%2 == 1 {
		return strconv.Itoa(s.values[n/2])
	}
	lo, hi := s.values[n/2-1], s.values[n/2]
	if (lo+hi)%2 == 0 {
		return strconv.Itoa((lo + hi) / 2)
	}
	sep := "."
	if lang == i18n.DE {
		sep = ","
	}
	return strconv.Itoa((lo+hi)/2) + sep + "5"
}

// plotWidth is the width of the dot plot: three cells per scale value.
const plotWidth = 3 * (conference.SafetyScaleMax + 1)

// maxPlotRows caps the plot's height; a taller column shows its count.
const maxPlotRows = 4

// plot draws the scale values as dots over an axis from 0 to 10, one dot
// per rating, so clusters and outliers show at a glance:
//
//	            ●
//	      ●     ●  ●        ●
//	0  1  2  3  4  5  6  7  8  9 10
func (s scaleStats) plot() []string {
	top := 0
	for _, n := range s.counts {
		top = max(top, n)
	}
	rows := min(top, maxPlotRows)
	var lines []string
	for level := rows; level >= 1; level-- {
		var b strings.Builder
		for _, n := range s.counts {
			switch {
			case level == rows && n > rows:
				fmt.Fprintf(&b, "%3s", strconv.Itoa(n)) // too many to stack: the count
			case n >= level:
				b.WriteString("  ●")
			default:
				b.WriteString("   ")
			}
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	var axis strings.Builder
	for v := range s.counts {
		fmt.Fprintf(&axis, "%3d", v)
	}
	return append(lines, axis.String())
}
