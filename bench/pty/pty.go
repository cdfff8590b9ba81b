// Package pty runs a terminal program under a pseudo-terminal and times how
// long it takes until a given text is on its screen: the first frame as a
// user sees it, measured from outside the program.
//
// Only Linux is supported (Supported reports it); elsewhere Run returns
// ErrUnsupported, so the benchmark harness still builds everywhere.
package pty

import (
	"errors"
	"time"
)

// ErrUnsupported is returned by Run on systems without the Linux
// pseudo-terminal interface.
var ErrUnsupported = errors.New("pty: not supported on this system")

// Spec describes one run.
type Spec struct {
	Path string   // the program
	Args []string // its arguments, without the program name
	Env  []string // its whole environment
	Dir  string   // working directory ("" = the current one)

	Cols, Rows int // terminal size; 0 means 120x40

	// Marker is the text (without escape sequences) that shows the frame
	// has arrived.
	Marker string
	// Timeout ends a run whose marker never appears.
	Timeout time.Duration
}

// Result of one run.
type Result struct {
	// FirstFrame is the time from starting the process to the marker's
	// first appearance in what it wrote to the terminal.
	FirstFrame time.Duration
	// Screen is the program's output with escape sequences stripped, for
	// error messages (at most a few KB; the program's own test data only).
	Screen string
	// MaxRSS is the program's peak resident set size in bytes, up to the
	// first frame (it is killed then).
	MaxRSS int64
}

// MarkerError is a run that ended (exit or timeout) before the marker
// appeared.
type MarkerError struct {
	Marker string
	Reason string // "exited" or "timeout"
	Screen string
}

func (e *MarkerError) Error() string {
	return "pty: " + e.Reason + " before " + e.Marker + " appeared; screen: " + e.Screen
}
