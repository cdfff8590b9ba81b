package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kofa/internal/sanitize"
)

// safeFrame is the last step of every frame before it reaches the
// terminal. Text typed or pasted into kofa is cleaned on the way in (the
// widgets use package sanitize), but a store or an archive written by
// something else may hold anything: an escape sequence that writes to the
// clipboard (OSC 52), changes the window title, hides a link, clears the
// screen, or a bidi override that reorders what is shown. So the frame is
// cleaned again here, in one place for every screen.
//
// The views style text with SGR sequences (ESC [ params m) and nothing
// else; those are kept, with the line breaks. Everything between them goes
// through sanitize.Text, which drops every other escape sequence with its
// payload, every C0/C1 control and the invisible format characters. A clean
// frame (the usual case) is returned as it is, without a copy, after one
// quick pass over its bytes.
func safeFrame(s string) string {
	if frameIsClean(s) {
		return s
	}
	var out *strings.Builder // made at the first change
	run := 0                 // start of the text not yet written
	text := func(end int) {
		part := s[run:end]
		clean := sanitize.Text(part)
		if out == nil && clean != part {
			out = &strings.Builder{}
			out.Grow(len(s))
			out.WriteString(s[:run])
		}
		if out != nil {
			out.WriteString(clean)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			continue
		}
		end, ok := sgrEnd(s, i)
		if !ok {
			continue // not styling: sanitize.Text removes it with the text
		}
		text(i)
		if out != nil {
			out.WriteString(s[i:end])
		}
		run, i = end, end-1
	}
	text(len(s))
	if out == nil {
		return s
	}
	return out.String()
}

// sgrEnd reports whether an SGR sequence (ESC [ digits ; : m) starts at i,
// and the index just after it.
func sgrEnd(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i+1] != '[' {
		return 0, false
	}
	for j := i + 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == 'm':
			return j + 1, true
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0, false
		}
	}
	return 0, false
}

// frameIsClean reports whether s holds only text, line breaks and SGR
// sequences: nothing sanitize.Text would remove. (It does not ask for NFC,
// which sanitize.Text also gives: that is about comparing text, not about
// what a terminal does with it.)
func frameIsClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			end, ok := sgrEnd(s, i)
			if !ok {
				return false
			}
			i = end
		case c == '\n' || (c >= 0x20 && c < 0x7f):
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || invisible(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// invisible reports the non-ASCII runes sanitize.Text removes or turns
// into line breaks: C1 controls, the soft hyphen, the line and paragraph
// separators and the format characters except ZWNJ and ZWJ.
func invisible(r rune) bool {
	switch {
	case r < 0xa0 || r == 0xad || r == 0x2028 || r == 0x2029:
		return true
	case r < 0x600 || r == 0x200c || r == 0x200d:
		return false
	}
	return unicode.Is(unicode.Cf, r)
}
