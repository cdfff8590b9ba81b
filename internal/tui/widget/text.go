package widget

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Truncate cuts a (possibly styled) line to width cells, ending in "…" when
// it cut.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Pad fills a line with spaces up to width cells (cutting it when longer).
func Pad(s string, width int) string {
	s = Truncate(s, width)
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// Clip fits a block into width x height: every line truncated, lines past
// height dropped. It never pads, so a short block stays short.
func Clip(block string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(block, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, width)
	}
	return strings.Join(lines, "\n")
}

// Wrap breaks plain or styled text into lines of at most width cells,
// at word boundaries where possible.
func Wrap(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	return strings.Split(ansi.Wrap(s, width, " "), "\n")
}
