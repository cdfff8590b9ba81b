// Package layout divides the terminal into the named areas every kofa
// screen draws into. It is a pure function of the terminal size, so every
// size can be tested without a terminal.
package layout

// Minimum sizes: the full layout from 80x24, the compact one from 60x20;
// below that only a "window too small" notice.
const (
	FullWidth     = 80
	FullHeight    = 24
	CompactWidth  = 60
	CompactHeight = 20
)

// Mode is the kind of layout a size allows.
type Mode int

const (
	// TooSmall: only a notice fits.
	TooSmall Mode = iota
	// Compact: no sidebar; the phases show as a one-line strip.
	Compact
	// Full: phase sidebar beside the main area.
	Full
)

// Rect is an area of the screen in cells; X and Y from the top left.
type Rect struct{ X, Y, W, H int }

// Empty reports whether the area has no cells.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Contains reports whether the cell x, y lies in the area.
func (r Rect) Contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Layout names the areas of the screen.
type Layout struct {
	Mode          Mode
	Width, Height int
	// Header is the top line: title, phase, timers.
	Header Rect
	// TopRule and BottomRule are the horizontal separators (full only).
	TopRule, BottomRule Rect
	// Body is everything between header and footer, full width (home
	// and dialogs use it whole).
	Body Rect
	// Sidebar is the phase list (full only) with the vertical rule at its
	// right edge, SidebarRule.
	Sidebar, SidebarRule Rect
	// Strip is the one-line phase strip (compact only).
	Strip Rect
	// Main is where the phase editor draws.
	Main Rect
	// Footer is the bottom line: save state and the short help.
	Footer Rect
}

// SidebarWidth is the width of the phase list in the full layout.
func SidebarWidth(width int) int { return min(30, max(22, width/5)) }

// Compute returns the layout for a terminal of width x height cells.
func Compute(width, height int) Layout {
	l := Layout{Width: max(0, width), Height: max(0, height)}
	switch {
	case width >= FullWidth && height >= FullHeight:
		l.Mode = Full
		l.Header = Rect{0, 0, width, 1}
		l.TopRule = Rect{0, 1, width, 1}
		l.Body = Rect{0, 2, width, height - 4}
		l.BottomRule = Rect{0, height - 2, width, 1}
		l.Footer = Rect{0, height - 1, width, 1}
		sw := SidebarWidth(width)
		l.Sidebar = Rect{0, 2, sw, l.Body.H}
		l.SidebarRule = Rect{sw, 2, 1, l.Body.H}
		l.Main = Rect{sw + 2, 2, width - sw - 2, l.Body.H}
	case width >= CompactWidth && height >= CompactHeight:
		l.Mode = Compact
		l.Header = Rect{0, 0, width, 1}
		l.Strip = Rect{0, 1, width, 1}
		l.Body = Rect{0, 1, width, height - 2}
		l.Main = Rect{0, 2, width, height - 3}
		l.Footer = Rect{0, height - 1, width, 1}
	default:
		l.Mode = TooSmall
	}
	return l
}
