package i18n

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// scanFlat reads a flat JSON object of strings, {"key": "text", ...}, as
// the message files are written, and appends its pairs to pairs in order.
// ok is false for anything else (nesting, numbers, a syntax error, an
// escape it does not know): the caller then falls back to encoding/json,
// which also says what is wrong. It is what kofa pays at every start
// instead of json.Unmarshal's reflection: a few times faster, and the keys
// and texts are cut from one copy of the file instead of allocated one by
// one.
func scanFlat(data string, pairs [][2]string) (_ [][2]string, ok bool) {
	s := flatScanner{data: data}
	if !s.skip('{') {
		return pairs, false
	}
	if s.skip('}') {
		return pairs, s.end()
	}
	for {
		key, ok := s.str()
		if !ok || !s.skip(':') {
			return pairs, false
		}
		text, ok := s.str()
		if !ok {
			return pairs, false
		}
		pairs = append(pairs, [2]string{key, text})
		if s.skip(',') {
			continue
		}
		return pairs, s.skip('}') && s.end()
	}
}

type flatScanner struct {
	data string
	i    int
}

// space skips JSON white space.
func (s *flatScanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// skip reads the byte c after white space.
func (s *flatScanner) skip(c byte) bool {
	s.space()
	if s.i < len(s.data) && s.data[s.i] == c {
		s.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (s *flatScanner) end() bool {
	s.space()
	return s.i == len(s.data)
}

// str reads a string after white space: a slice of the data when it has
// no escapes, else a new string.
func (s *flatScanner) str() (string, bool) {
	if !s.skip('"') {
		return "", false
	}
	start := s.i
	end := strings.IndexByte(s.data[start:], '"')
	if end < 0 {
		return "", false
	}
	text := s.data[start : start+end]
	if b := strings.IndexByte(text, '\\'); b >= 0 {
		s.i += b
		return s.escaped(start)
	}
	if hasControl(text) || !utf8.ValidString(text) {
		return "", false
	}
	s.i += end + 1
	return text, true
}

// escaped reads the rest of a string from its first backslash on; start is
// where the string's text began.
func (s *flatScanner) escaped(start int) (string, bool) {
	var b strings.Builder
	b.WriteString(s.data[start:s.i])
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return b.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b.WriteByte(c) // bytes of a UTF-8 sequence one by one
			s.i++
			continue
		}
		if s.i+1 >= len(s.data) {
			return "", false
		}
		s.i += 2
		switch e := s.data[s.i-1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := s.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) { // only as a valid pair; encoding/json says the rest
				if !strings.HasPrefix(s.data[s.i:], `\u`) {
					return "", false
				}
				s.i += 2
				r2, ok := s.hex4()
				if r = utf16.DecodeRune(r, r2); !ok || r == utf8.RuneError {
					return "", false
				}
			}
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	return "", false
}

// hex4 reads the four hex digits of a \u escape.
func (s *flatScanner) hex4() (rune, bool) {
	if s.i+4 > len(s.data) {
		return 0, false
	}
	v, err := strconv.ParseUint(s.data[s.i:s.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	s.i += 4
	return rune(v), true
}

// hasControl reports whether s holds a byte below 0x20, which JSON allows
// in a string only escaped; eight bytes at a time.
func hasControl(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if (w-0x20*ones)&^w&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i] < 0x20 {
			return true
		}
	}
	return false
}
