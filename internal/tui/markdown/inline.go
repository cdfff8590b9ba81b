package markdown

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"kofa/internal/sanitize"
	"kofa/internal/tui/widget"
)

// tokenKind tells words from the space between them and from line breaks.
type tokenKind uint8

const (
	tokWord  tokenKind = iota // a word, or the part of one in one look
	tokSpace                  // white space between words: one space, or a line end
	tokBreak                  // a hard line break
)

// token is a piece of inline text in one look. A word written in two
// looks ("**1**st") is two word tokens with no space between them, and
// wraps as one word.
type token struct {
	text  string
	width int // the cells text takes
	look  look
	kind  tokenKind
}

// inlines appends the text of n's inline children to r.toks, in the look
// base with the emphasis the Markdown adds. What kofa does not write is
// shown as its text: code spans, links and images by their text, raw HTML
// as it stands.
func (r *renderer) inlines(n ast.Node, base look) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			r.text(r.unescape(c.Segment.Value(r.src), !c.IsRaw()), base)
			switch {
			case c.HardLineBreak():
				r.toks = append(r.toks, token{kind: tokBreak})
			case c.SoftLineBreak():
				r.space(base)
			}
		case *ast.String:
			r.text(r.unescape(c.Value, !c.IsRaw() && !c.IsCode()), base)
		case *ast.Emphasis:
			e := italic
			if c.Level >= 2 {
				e = bold
			}
			r.inlines(c, base|e)
		case *ast.CodeSpan:
			r.inlines(c, base) // its text nodes are raw
		case *ast.AutoLink:
			r.text(r.unescape(c.Label(r.src), false), base)
		case *ast.RawHTML:
			for i := range c.Segments.Len() {
				seg := c.Segments.At(i)
				r.text(r.unescape(seg.Value(r.src), false), base)
			}
		case *east.TaskCheckBox:
			// The list item shows the box in place of its bullet.
		default: // links, images and anything else: their text
			r.inlines(c, base)
		}
	}
}

// text appends s split into words and spaces.
func (r *renderer) text(s string, lk look) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\n' {
			continue
		}
		if i > start {
			r.toks = append(r.toks, token{text: s[start:i], width: cells(s[start:i]), look: lk})
		}
		r.space(lk)
		start = i + 1
	}
	if start < len(s) {
		r.toks = append(r.toks, token{text: s[start:], width: cells(s[start:]), look: lk})
	}
}

// cells is the width of plain text on the screen.
func cells(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return widget.Width(s)
		}
	}
	return len(s) // printable ASCII: the text was cleaned of controls
}

// space appends a space, unless one is there already.
func (r *renderer) space(lk look) {
	if n := len(r.toks); n > 0 && r.toks[n-1].kind == tokSpace {
		return
	}
	r.toks = append(r.toks, token{text: " ", width: 1, look: lk, kind: tokSpace})
}

// unescape turns Markdown source text into the text it stands for:
// backslash escapes and character references resolved (when markdown is
// set; code and raw HTML keep them). The Markdown was cleaned as a whole
// before parsing; a character reference is cleaned again, so that "&#27;"
// cannot smuggle a control character to the terminal.
func (r *renderer) unescape(b []byte, markdown bool) string {
	if !markdown || !hasEscape(b) {
		return string(b)
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]):
			out.WriteByte(b[i+1])
			i++
		case c == '&':
			if s, n := reference(b[i:]); n > 0 {
				out.WriteString(sanitize.Line(s))
				i += n - 1
				continue
			}
			out.WriteByte(c)
		default:
			out.WriteByte(c)
		}
	}
	return out.String()
}

func hasEscape(b []byte) bool {
	for _, c := range b {
		if c == '\\' || c == '&' {
			return true
		}
	}
	return false
}

// reference reads a character reference ("&#92;", "&#x5C;", "&amp;") at
// the start of b and returns its text and length, or n = 0 when there is
// none.
func reference(b []byte) (s string, n int) {
	end := 1
	for end < len(b) && end < 40 && b[end] != ';' {
		end++
	}
	if end >= len(b) || b[end] != ';' || end < 2 {
		return "", 0
	}
	name := string(b[1:end])
	if name[0] != '#' {
		e, ok := util.LookUpHTML5EntityByName(name)
		if !ok {
			return "", 0
		}
		return string(e.Characters), end + 1
	}
	base, digits := 10, name[1:]
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	v, err := strconv.ParseUint(digits, base, 32)
	if err != nil || digits == "" || len(digits) > 7 {
		return "", 0
	}
	r := rune(v)
	if r == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return string(r), end + 1
}
