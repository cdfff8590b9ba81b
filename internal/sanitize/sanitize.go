// Package sanitize makes text typed or pasted by a user safe to show in a
// terminal and to export as Markdown.
//
// A paste can carry terminal control: escape sequences that clear the
// screen, change the window title, write to the clipboard (OSC 52) or hide a
// link target (OSC 8), and Unicode format characters that reorder or hide
// text (bidi overrides, zero-width characters). Text and Line remove all of
// that, replace invalid UTF-8 and normalise to NFC, so that what the
// facilitator sees is what is stored and exported.
package sanitize

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

const (
	// MaxText is the documented limit, in bytes, for one free-text field.
	MaxText = 64 * 1024
	// MaxLine is the limit, in bytes, for one single-line field such as a
	// name or a case code.
	MaxLine = 200
)

// Text cleans a multi-line free-text field. It removes escape sequences with
// their payloads, C0 and C1 controls, DEL and invisible format characters
// (bidi controls, BOM, zero-width space, soft hyphen, tag characters; ZWJ and
// ZWNJ are kept because emoji and some scripts need them). Line breaks
// (CR LF, CR, VT, FF, NEL, U+2028, U+2029) become "\n" and a tab becomes one
// space. Invalid UTF-8 bytes become U+FFFD. The result is in NFC.
//
// Text returns s itself, without allocating, when s is already clean.
func Text(s string) string { return clean(s, modeText) }

// Line cleans a single-line field (names, case codes). It removes what Text
// removes, turns every line break and whitespace character into a space,
// collapses runs of spaces into one and trims both ends.
//
// Line returns s itself, without allocating, when s is already clean.
func Line(s string) string { return clean(s, modeLine) }

// Clean is Limit(Text(s), maxBytes): the usual treatment of a free-text
// field.
func Clean(s string, maxBytes int) (string, bool) { return Limit(Text(s), maxBytes) }

type mode uint8

const (
	modeText mode = iota
	modeLine
)

// clean scans the clean prefix of s cheaply and only builds a new string
// from the first byte that needs a change on.
func clean(s string, m mode) string {
	i, nfc := cleanPrefix(s, m)
	if i == len(s) {
		if nfc || isNFC(s) {
			return s
		}
		return norm.NFC.String(s)
	}
	f := filter{mode: m, noTerminatorFrom: len(s) + 1, nonASCII: !nfc}
	f.out.Grow(len(s))
	prefix := s[:i]
	if m == modeLine && strings.HasSuffix(prefix, " ") {
		// The prefix may end in the first space of a run or a trailing
		// space; whether it is written depends on what follows.
		prefix = prefix[:len(prefix)-1]
		f.pendingSpace = true
	}
	f.out.WriteString(prefix)
	f.run(s, i)
	out := f.out.String()
	if f.nonASCII && !isNFC(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isNFC reports whether s is in NFC. QuickSpanString does not allocate and
// settles almost every input; IsNormalString decides the rest.
func isNFC(s string) bool {
	return norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}
