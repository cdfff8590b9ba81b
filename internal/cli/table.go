package cli

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// writeTable prints rows under a header in aligned columns separated by
// two spaces. Widths are measured in terminal cells, so umlauts and wide
// characters line up; the last column is not padded, so no line carries
// trailing blanks.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	return writeFitTable(w, header, rows, nil, 0, nil)
}

// minShrunk is the narrowest a shrinkable column gets: enough for a word
// and its "…".
const minShrunk = 8

// writeFitTable prints a table as writeTable does, fitted to width terminal
// cells (0: no limit): the columns listed in shrink give up room, the
// widest first, and their cells end in "…" where cut; the others keep
// theirs (IDs must stay whole to be typed). notes[i], when given, are lines
// printed indented under row i (an action's history), cut to the width.
func writeFitTable(w io.Writer, header []string, rows [][]string, notes [][]string, width int, shrink []int) error {
	widths := make([]int, len(header))
	for _, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	if width > 0 {
		fitWidths(widths, width, shrink)
	}
	var b strings.Builder
	for r, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			if ansi.StringWidth(cell) > widths[i] {
				cell = ansi.Truncate(cell, widths[i], "…")
			}
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		b.WriteByte('\n')
		if r == 0 || r-1 >= len(notes) {
			continue
		}
		for _, note := range notes[r-1] {
			line := "    " + note
			if width > 0 && ansi.StringWidth(line) > width {
				line = ansi.Truncate(line, width, "…")
			}
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fitWidths narrows the shrinkable columns, the widest first, until the
// table (with two cells between columns) fits into width or none can give
// more.
func fitWidths(widths []int, width int, shrink []int) {
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	for total > width {
		widest := -1
		for _, i := range shrink {
			if widths[i] > minShrunk && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		// Down to the next widest, or just enough, whichever is less.
		next := minShrunk
		for _, i := range shrink {
			if i != widest && widths[i] < widths[widest] {
				next = max(next, widths[i])
			}
		}
		cut := min(widths[widest]-next, total-width)
		if cut <= 0 {
			cut = 1
		}
		widths[widest] -= cut
		total -= cut
	}
}
