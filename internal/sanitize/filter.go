package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const esc = 0x1B

// filter is the slow path: one pass over the rest of the input, writing
// what is kept.
type filter struct {
	out          strings.Builder
	mode         mode
	nonASCII     bool // out may hold what NFC changes (not only ASCII and stable characters)
	pendingSpace bool // Line mode: a space is due before the next visible rune

	// noTerminatorFrom is the smallest offset from which no control string
	// terminator follows, once known. It keeps repeated unterminated
	// introducers from rescanning the input again and again.
	noTerminatorFrom int
}

func (f *filter) run(s string, i int) {
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			if c == ' ' {
				f.space()
			} else {
				f.visible()
				f.out.WriteByte(c)
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			i = f.control(s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			f.visible()
			f.out.WriteRune(utf8.RuneError)
			f.nonASCII = true
			i++
			continue
		}
		switch classify(r) {
		case classKeep:
			if f.mode == modeLine && unicode.IsSpace(r) {
				f.space()
			} else {
				f.visible()
				f.out.WriteString(s[i : i+size])
				f.nonASCII = true
			}
		case classNewline:
			f.newline()
		case classCSI:
			i = skipCSI(s, i+size)
			continue
		case classString:
			i = f.skipString(s, i+size)
			continue
		}
		i += size
	}
}

// control handles the C0 control or DEL at s[i] and returns where to go on.
func (f *filter) control(s string, i int) int {
	switch s[i] {
	case '\n', '\v', '\f':
		f.newline()
	case '\r':
		f.newline()
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
	case '\t':
		f.space()
	case esc:
		return f.skipEscape(s, i)
	}
	return i + 1
}

func (f *filter) newline() {
	if f.mode == modeLine {
		f.space()
		return
	}
	f.out.WriteByte('\n')
}

func (f *filter) space() {
	if f.mode == modeLine {
		f.pendingSpace = f.out.Len() > 0
		return
	}
	f.out.WriteByte(' ')
}

// visible writes the space that Line mode holds back until it knows that
// more text follows.
func (f *filter) visible() {
	if f.pendingSpace {
		f.out.WriteByte(' ')
		f.pendingSpace = false
	}
}

// skipEscape returns the offset after the escape sequence that starts with
// the ESC at s[i]. Sequence shapes follow ECMA-48 as terminals parse them.
func (f *filter) skipEscape(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return j
	}
	c := s[j]
	switch {
	case c == '[':
		return skipCSI(s, j+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		// OSC, DCS, SOS, PM, APC: a string up to ST.
		return f.skipString(s, j+1)
	case c >= 0x20 && c <= 0x2F:
		// nF: intermediate bytes then one final byte, e.g. ESC ( B.
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7E {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7E:
		// Two-byte sequences such as ESC c (reset), ESC 7, and ST itself.
		return j + 1
	}
	// A lone ESC: drop it and treat what follows normally.
	return j
}

// skipCSI returns the offset after a control sequence whose parameters start
// at s[i]. A byte that cannot occur in a control sequence ends it
// unfinished; that byte is then handled as ordinary input.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7E: // final byte
			return i + 1
		case c >= 0x20 && c <= 0x3F: // parameter and intermediate bytes
			i++
		default:
			return i
		}
	}
	return i
}

// skipString returns the offset after a control string (OSC, DCS, SOS, PM,
// APC) whose payload starts at s[i]. The string ends at ST (ESC \ or
// U+009C), BEL, CAN or SUB, or is cut short by another ESC, as in a terminal. A string that never ends is
// taken for an accident rather than an attack: only its introducer is
// dropped and the rest of the input is kept as text (still cleaned).
func (f *filter) skipString(s string, i int) int {
	if i >= f.noTerminatorFrom {
		return i
	}
	for j := i; j < len(s); j++ {
		switch s[j] {
		case 0x07, 0x18, 0x1A:
			return j + 1
		case esc:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return j
		case 0xC2:
			if j+1 < len(s) && s[j+1] == 0x9C {
				return j + 2
			}
		}
	}
	f.noTerminatorFrom = i
	return i
}
