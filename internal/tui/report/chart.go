package report

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// A bar is split into parts, each drawn with its own glyph so the chart
// reads the same without colour (monochrome terminals, NO_COLOR, a
// printout): the colour only repeats what the glyph says.
type part struct {
	n     int
	glyph string
	style lipgloss.Style
}

// bar draws parts in width cells, in proportion to total (at least the
// sum of the parts). A part that is not zero gets at least one cell, so
// a single overdue action is never invisible; the rest of the width is
// left blank (·).
func bar(width, total int, parts ...part) string {
	if width <= 0 {
		return ""
	}
	sum := 0
	for _, p := range parts {
		sum += p.n
	}
	total = max(total, sum)
	if total == 0 {
		return strings.Repeat("·", width)
	}
	// Each part ends where its running sum ends, rounded: the parts
	// together take exactly their share of the width.
	cells := make([]int, len(parts))
	used, cum := 0, 0
	for i, p := range parts {
		cum += max(0, p.n)
		end := (cum*width + total/2) / total
		cells[i] = end - used
		used = end
	}
	// A part that is not zero gets a cell, taken from the largest part.
	for i, p := range parts {
		if p.n <= 0 || cells[i] > 0 {
			continue
		}
		big := 0
		for j := range cells {
			if cells[j] > cells[big] {
				big = j
			}
		}
		if cells[big] > 1 {
			cells[big]--
			cells[i]++
		}
	}
	var b strings.Builder
	for i, p := range parts {
		if cells[i] > 0 {
			b.WriteString(p.style.Render(strings.Repeat(p.glyph, cells[i])))
		}
	}
	if rest := width - used; rest > 0 {
		b.WriteString(strings.Repeat("·", rest))
	}
	return b.String()
}

// The glyphs of the charts, from good to bad.
const (
	glyphGood    = "█"
	glyphMiddle  = "▓"
	glyphBad     = "▒"
	glyphWorst   = "░"
	glyphPending = "│"
)
