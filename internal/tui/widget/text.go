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
	if surelyFits(s, width) || Width(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// surelyFits is a cheap upper bound of the width: escape sequences count
// nothing, ASCII one cell, anything else two (no character is wider). It
// spares the exact, grapheme-aware measure for most lines of a frame.
func surelyFits(s string, width int) bool {
	if len(s) <= width {
		return true // no character takes more cells than bytes
	}
	cells := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == 0x1b:
			i = skipEscape(s, i)
		case b < 0x80:
			cells++
		case b >= 0xc0: // the first byte of a multi-byte character
			cells += 2
		}
		if cells > width {
			return false
		}
	}
	return true
}

// skipEscape returns the index of the last byte of the CSI or OSC sequence
// starting at i (or i for anything else).
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return i
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j
			}
		}
	case ']':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 1
			}
		}
	}
	return i
}

// Pad fills a line with spaces up to width cells (cutting it when longer).
func Pad(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := Width(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = Width(s)
	}
	if w < width {
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

// TruncateWords cuts a plain line to width cells as Truncate does, but at
// the end of a word where one ends far enough in: "Zuständige…" rather
// than "Zuständige:r f…". A label cut short always ends in "…".
func TruncateWords(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if Width(s) <= width {
		return s
	}
	cut := ansi.Truncate(s, width-1, "")
	if i := strings.LastIndexByte(cut, ' '); i > 0 && Width(cut[:i]) >= width/2 {
		cut = strings.TrimRight(cut[:i], " ")
	}
	return cut + "…"
}

// AtFoot draws top from the first line of a width×height area and bottom
// at its foot (a form under a list), the lines between empty; what does
// not fit is cut from the end.
func AtFoot(top, bottom []string, width, height int) string {
	lines := top[:len(top):len(top)]
	for len(lines) < height-len(bottom) {
		lines = append(lines, "")
	}
	return Clip(strings.Join(append(lines, bottom...), "\n"), width, height)
}

// OneLine shows the first line of a text, marking that more follows.
func OneLine(s string) string {
	first, rest, more := strings.Cut(s, "\n")
	if more && strings.TrimSpace(rest) != "" {
		return first + " …"
	}
	return first
}
