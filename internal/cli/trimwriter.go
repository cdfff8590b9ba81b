package cli

import (
	"bytes"
	"io"

	"github.com/charmbracelet/x/term"
)

// trimWriter passes text on line by line without the spaces at the end of
// each line. fang lays help out in blocks padded to the width of the
// screen; piped into a file, a pager or grep, every line would carry that
// padding. Spaces followed only by colour sequences (ESC [ ... m) count as
// trailing too; the sequences stay.
type trimWriter struct {
	w    io.Writer
	line []byte // the line begun, not yet ended by "\n"
	err  error
}

func (t *trimWriter) Write(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			t.line = append(t.line, p...)
			break
		}
		t.line = append(t.line, p[:i]...)
		t.line = append(trimTrailingSpaces(t.line), '\n')
		if _, t.err = t.w.Write(t.line); t.err != nil {
			return 0, t.err
		}
		t.line = t.line[:0]
		p = p[i+1:]
	}
	return n, nil
}

// trimmed returns w behind a trimWriter, unless w is a terminal: there
// the padding draws the background of fang's blocks.
func trimmed(w io.Writer) (io.Writer, func() error) {
	if f, ok := w.(term.File); ok && term.IsTerminal(f.Fd()) {
		return w, func() error { return nil }
	}
	t := &trimWriter{w: w}
	return t, t.Flush
}

// Flush writes the last line if it did not end with a line break.
func (t *trimWriter) Flush() error {
	if t.err != nil || len(t.line) == 0 {
		return t.err
	}
	_, t.err = t.w.Write(trimTrailingSpaces(t.line))
	t.line = t.line[:0]
	return t.err
}

// trimTrailingSpaces removes the spaces at the end of line, also those
// before colour sequences at its end, which it keeps.
func trimTrailingSpaces(line []byte) []byte {
	end := len(line)
	var tail []byte // colour sequences after the last visible character
	for end > 0 {
		switch {
		case line[end-1] == ' ':
			end--
		case line[end-1] == 'm':
			start := sgrStart(line[:end])
			if start < 0 {
				return append(line[:end], tail...)
			}
			tail = append(append([]byte{}, line[start:end]...), tail...)
			end = start
		default:
			return append(line[:end], tail...)
		}
	}
	return append(line[:0], tail...)
}

// sgrStart returns where the colour sequence ending s begins, or -1 when s
// does not end in one.
func sgrStart(s []byte) int {
	i := len(s) - 2 // before the final 'm'
	for i >= 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == ';' || s[i] == ':') {
		i--
	}
	if i >= 1 && s[i] == '[' && s[i-1] == 0x1b {
		return i - 1
	}
	return -1
}
