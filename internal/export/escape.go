package export

import (
	"strings"

	"kofa/internal/sanitize"
)

// User text goes into the minutes as literal text only: it can never open a
// heading, list, quote, table, link, image, HTML, code span or code block,
// and never break a table row. The minutes are read by three parsers with
// different extensions (CommonMark/GFM in goldmark and glamour, GitHub, and
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

// escapedLines sanitises s, splits it into lines, trims each (leading
// spaces would make an indented code block, trailing ones a hard break) and
// escapes what is left. Empty lines are dropped.
func escapedLines(s string) []string {
	var out []string
	for line := range strings.SplitSeq(sanitize.Text(s), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, escapeLine(line))
	}
	return out
}

// escapeLine escapes one trimmed, non-empty line.
func escapeLine(line string) string {
	var b strings.Builder
	b.Grow(len(line) + 8)
	marker := listMarkerEnd(line)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case strings.IndexByte(alwaysEscaped, c) >= 0,
			i == 0 && strings.IndexByte(lineStartEscaped, c) >= 0,
			i == marker,
			c == ':' && strings.HasPrefix(line[i:], "://"),
			c == '.' && isWWW(line, i):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// listMarkerEnd finds an ordered-list marker at the start of a line and
// returns the index of the character to escape, or -1. CommonMark knows
// "1." and "1)"; pandoc's fancy lists add single letters and roman
// numerals ("a)", "B.", "iv.") and parenthesised markers ("(1)", "(a)",
// "(@)"), whose opening parenthesis is escaped. A line starting "Table:"
// is a pandoc table caption; its colon is escaped.
func listMarkerEnd(line string) int {
	if len(line) >= 6 && strings.EqualFold(line[:6], "table:") {
		return 5
	}
	if strings.HasPrefix(line, "(") {
		if end := strings.IndexByte(line, ')'); end > 1 && (isListMarker(line[1:end]) || line[1] == '@') {
			return 0
		}
		return -1
	}
	end := strings.IndexAny(line, ".)")
	if end <= 0 || !isListMarker(line[:end]) {
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
