//go:build linux

package pty

import (
	"bytes"
	"regexp"
)

// queryPattern finds the questions a Bubble Tea program asks its terminal
// at start: colours (OSC 10/11), device attributes (DA1), the cursor
// position, mode reports (DECRQM) and the keyboard protocol (kitty).
var queryPattern = regexp.MustCompile(`\x1b\](1[01]);\?(?:\x07|\x1b\\)|\x1b\[0?c|\x1b\[6n|\x1b\[\?(\d+)\$p|\x1b\[\?u`)

// answer is what a dark xterm-compatible terminal replies to the query q
// (one match of queryPattern). A real terminal answers within
// microseconds, so the programs measured see what they would see in use.
func answer(q []byte) string {
	switch {
	case bytes.HasPrefix(q, []byte("\x1b]11;")):
		return "\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\"
	case bytes.HasPrefix(q, []byte("\x1b]10;")):
		return "\x1b]10;rgb:d0d0/d0d0/d0d0\x1b\\"
	case bytes.HasSuffix(q, []byte("c")):
		return "\x1b[?62;22c"
	case bytes.Equal(q, []byte("\x1b[6n")):
		return "\x1b[1;1R"
	case bytes.HasSuffix(q, []byte("$p")):
		mode := q[3 : len(q)-2]
		return "\x1b[?" + string(mode) + ";2$y" // known, currently reset
	case bytes.Equal(q, []byte("\x1b[?u")):
		return "\x1b[?0u"
	}
	return ""
}
