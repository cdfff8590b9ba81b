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
	widths := make([]int, len(header))
	for _, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range append([][]string{header}, rows...) {
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
