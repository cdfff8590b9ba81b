package assessment

import (
	"fmt"
	"strconv"
	"strings"

	"kofa/internal/conference"
)

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
func plot(s conference.Spread) []string {
	top := 0
	for _, n := range s.PerValue {
		top = max(top, n)
	}
	rows := min(top, maxPlotRows)
	var lines []string
	for level := rows; level >= 1; level-- {
		var b strings.Builder
		for _, n := range s.PerValue {
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
	for v := range s.PerValue {
		fmt.Fprintf(&axis, "%3d", v)
	}
	return append(lines, axis.String())
}
