package export

import (
	"strings"

	"kofa/internal/sanitize"
)

// User text goes into the minutes as literal text only: it can never open a
// heading, list, quote, table, link, image, HTML, code span or code block,
// and never break a table row. The minutes are read by three parsers with
// different extensions (CommonMark/GFM in goldmark for the preview, GitHub, and
// pandoc's own Markdown for the .docx conversion), so the escaping covers
// the union of what any of them treats as markup. CommonMark and pandoc
// both allow a backslash before any ASCII punctuation, so over-escaping is
// harmless and under-escaping is the only risk.

// alwaysEscaped are characters that are markup anywhere in a line:
// emphasis, code, links, HTML and entities, tables, strikethrough, pandoc's
// super- and subscript, math, citations and attributes, and '#' because a
// trailing run of it closes an ATX heading.
const alwaysEscaped = "\\`*_[]<>&|~^$@#{}"

// lineStartEscaped are characters that are markup only at the start of a
// line: list bullets, setext underlines, pandoc definition lists and fenced
// divs.
const lineStartEscaped = "-+=:"

// Inline escapes user text for a place inside one line: a list item, a
// header field, a heading. Line breaks become " / " so the text stays on
// its line; empty lines are dropped.
func Inline(s string) string {
	s = sanitize.Text(s)
	if strings.IndexByte(s, '\n') < 0 { // one line: no slice, no join
		if s = strings.TrimSpace(s); s == "" {
			return ""
		}
		return escapeLine(s)
	}
	return strings.Join(escapedLines(s), " / ")
}

// Cell escapes user text for a table cell. It is Inline, except that an
// empty value shows as a dash so a reader can tell "nothing recorded" from
// a rendering problem.
func Cell(s string) string {
	if out := Inline(s); out != "" {
		return out
	}
	return "–"
}

// Block escapes user text for a paragraph of its own. The user's lines are
// kept as hard line breaks (a backslash at the end of the line, which
// CommonMark and pandoc both read as a break); blank lines are dropped, so
// the text stays one paragraph and cannot escape the list item or section it
// was put in. Continuation lines carry indent, which callers use to keep
// them inside a list item.
func Block(s, indent string) string {
	s = sanitize.Text(s)
	if strings.IndexByte(s, '\n') < 0 { // one line: no break to protect
		if s = strings.TrimSpace(s); s == "" {
			return ""
		}
		return escapeLine(s)
	}
	lines := escapedLines(s)
	for i := range len(lines) - 1 {
		// A user's backslash at the end of a line would stand right before
		// the break's backslash, and some parsers (goldmark among them)
		// then see neither the escape nor the break. As a character
		// reference it is unambiguous everywhere.
		if l, ok := strings.CutSuffix(lines[i], `\\`); ok {
			lines[i] = l + "&#92;"
		}
	}
	return strings.Join(lines, "\\\n"+indent)
}

// escapedLines splits s, already sanitised, into lines, trims each
// (leading spaces would make an indented code block, trailing ones a hard
// break) and escapes what is left. Empty lines are dropped.
func escapedLines(s string) []string {
	out := make([]string, 0, strings.Count(s, "\n")+1)
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, escapeLine(line))
	}
	return out
}

// escClass sorts the bytes escapeLine looks at: those escaped anywhere,
// those escaped at the start of a line, and ':' and '.', which need a look
// at their neighbours. A table lookup per byte instead of a search of the
// character sets: the minutes of a large conference escape a quarter of a
// megabyte.
var escClass = func() (t [256]uint8) {
	for i := range len(alwaysEscaped) {
		t[alwaysEscaped[i]] |= escAlways
	}
	for i := range len(lineStartEscaped) {
		t[lineStartEscaped[i]] |= escLineStart
	}
	t[':'] |= escNeighbours
	t['.'] |= escNeighbours
	return t
}()

const (
	escAlways uint8 = 1 << iota
	escLineStart
	escNeighbours
)

// escapeLine escapes one trimmed, non-empty line. A line with nothing to
// escape, the usual case, is returned as it is.
func escapeLine(line string) string {
	marker := listMarkerEnd(line)
	first := nextEscape(line, 0, marker)
	if first == len(line) {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + 8)
	b.WriteString(line[:first])
	for i := first; i < len(line); {
		next := nextEscape(line, i+1, marker)
		b.WriteByte('\\')
		b.WriteString(line[i:next])
		i = next
	}
	return b.String()
}

// nextEscape returns the index of the first byte from i on that needs a
// backslash, or len(line). The list marker (see listMarkerEnd) sits near
// the start of the line, so it is looked at once instead of at every
// byte: kofa export --all escapes some hundred megabytes.
func nextEscape(line string, i, marker int) int {
	if marker >= i {
		if j := scanEscape(line, i, marker); j < marker {
			return j
		}
		return marker
	}
	return scanEscape(line, i, len(line))
}

// scanEscape returns the index of the first byte in line[i:end] that
// needs a backslash (the list marker aside), or end.
func scanEscape(line string, i, end int) int {
	for ; i < end; i++ {
		if escClass[line[i]] != 0 && escapeAt(line, i, -1) {
			return i
		}
	}
	return end
}

// escapeAt reports whether the byte at i of line needs a backslash before
// it; marker is listMarkerEnd(line).
func escapeAt(line string, i, marker int) bool {
	c := line[i]
	class := escClass[c]
	switch {
	case i == marker:
		return true
	case class&escAlways != 0,
		i == 0 && class&escLineStart != 0:
		return true
	}
	return c == ':' && strings.HasPrefix(line[i:], "://") || c == '.' && isWWW(line, i)
}

// listMarkerEnd finds an ordered-list marker at the start of a line and
// returns the index of the character to escape, or -1. CommonMark knows
// "1." and "1)"; pandoc's fancy lists add single letters and roman
// numerals ("a)", "B.", "iv.") and parenthesised markers ("(1)", "(a)",
// "(@)"), whose opening parenthesis is escaped. A line starting "Table:"
// is a pandoc table caption; its colon is escaped.
func listMarkerEnd(line string) int {
	if len(line) >= 6 && line[0]|0x20 == 't' && strings.EqualFold(line[:6], "table:") {
		return 5
	}
	if strings.HasPrefix(line, "(") {
		if end := strings.IndexByte(line, ')'); end > 1 && (isListMarker(line[1:end]) || line[1] == '@') {
			return 0
		}
		return -1
	}
	// A marker is letters or digits, so only the run of them at the start
	// needs a look (strings.IndexAny would scan the whole line).
	end := 0
	for end < len(line) && isASCIIAlnum(line[end]) {
		end++
	}
	if end == 0 || end == len(line) || line[end] != '.' && line[end] != ')' || !isListMarker(line[:end]) {
		return -1
	}
	if end+1 < len(line) && line[end+1] != ' ' {
		return -1
	}
	return end
}

// isListMarker reports whether s can number a list item: digits, one
// letter, or roman numerals of one case.
func isListMarker(s string) bool {
	switch {
	case s == "":
		return false
	case strings.Trim(s, "0123456789") == "":
		return true
	case len(s) == 1 && isASCIIAlnum(s[0]):
		return true
	}
	return strings.Trim(s, "ivxlcdm") == "" || strings.Trim(s, "IVXLCDM") == ""
}

// isWWW reports whether the '.' at i ends a "www" that GFM's autolinker
// would turn into a link ("www.example.org").
func isWWW(line string, i int) bool {
	if i < 3 || !strings.EqualFold(line[i-3:i], "www") {
		return false
	}
	return i == 3 || !isASCIIAlnum(line[i-4])
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
