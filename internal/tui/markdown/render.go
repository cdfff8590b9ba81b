// Package markdown draws the Markdown kofa writes (its minutes) for the
// terminal: headings, paragraphs, emphasis, bullet, numbered and task
// lists, GFM tables, rules and block quotes, in the looks of the theme.
//
// It is not a general Markdown renderer. What kofa never writes (code
// blocks, links, images, HTML) is shown as the plain text it contains. Its
// promises are those of a screen: no line is wider than the width asked
// for, no line ends in spaces, and no character of the text can control
// the terminal.
package markdown

import (
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser reads CommonMark with GFM tables and task lists, the
// syntax kofa's minutes use. It is built on first use, not at start-up.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(append(parser.DefaultInlineParsers(), util.Prioritized(taskBoxParser{}, 0))...),
		parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(),
			util.Prioritized(tableTransformer{}, 200))...),
	)
})

// Render draws Markdown in lines of at most width cells (at least one
// line; width below 1 counts as 1). It is safe to call from several
// goroutines with the same Styles.
func Render(src []byte, width int, st *Styles) []string {
	width = max(width, 1)
	src = cleaned(src)
	doc := markdownParser().Parse(text.NewReader(src))
	r := &renderer{src: src, st: st, out: make([]string, 0, len(src)/40)}
	r.blocks(doc, width, false)
	if len(r.out) == 0 {
		return []string{""}
	}
	return r.out
}

// renderer holds what one Render works with.
type renderer struct {
	src []byte
	st  *Styles
	out []string // the lines drawn so far

	// first goes before the next line drawn, rest before every line after
	// it: the bullets, indents and bars of the blocks the line is in.
	first, rest string

	// blank is the blank line asked for between two blocks, drawn before
	// the next line (inside a quote it keeps the bar); "" when none is.
	blank     string
	wantBlank bool

	toks []token // the inline text being laid out, reused
	laid lines   // toks laid out in lines, reused
	cols []lines // the cells of a table row laid out, reused
	buf  []byte  // the line being drawn, reused
}

// blocks draws the children of n one below the other, with a blank line
// between them unless tight (the items of a tight list).
func (r *renderer) blocks(n ast.Node, width int, tight bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		before := len(r.out)
		r.block(c, width)
		if len(r.out) > before && !tight && c.NextSibling() != nil {
			r.askBlank()
		}
	}
}

func (r *renderer) block(n ast.Node, width int) {
	switch n := n.(type) {
	case *ast.Heading:
		r.heading(n, width)
	case *ast.Paragraph, *ast.TextBlock:
		r.paragraph(n, lookText, width)
	case *ast.List:
		r.list(n, width)
	case *ast.ThematicBreak:
		r.emit(r.styled(strings.Repeat("─", width), lookRule))
	case *ast.Blockquote:
		r.quote(n, width)
	case *east.Table:
		r.table(n, width)
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		r.verbatim(n, width)
	default:
		r.blocks(n, width, false)
	}
}

// paragraph lays out the inline text of n.
func (r *renderer) paragraph(n ast.Node, lk look, width int) {
	r.toks = r.toks[:0]
	r.inlines(n, lk)
	r.laid.lay(r.toks, width)
	for i := range r.laid.count() {
		r.emitTokens(r.laid.line(i))
	}
}

// heading shows its level as marks ("##") before the title, so the levels
// stay apart without colour; a long title goes on under itself.
func (r *renderer) heading(n *ast.Heading, width int) {
	lk := lookOf(kindHeading) | bold
	if n.Level > 2 {
		lk = lookOf(kindMinor) | bold
	}
	marks := strings.Repeat("#", min(n.Level, 6)) + " "
	if len(marks) > width/2 {
		r.paragraph(n, lk, width)
		return
	}
	defer r.enter(r.styled(marks, lookRule), strings.Repeat(" ", len(marks)))()
	r.paragraph(n, lk, width-len(marks))
}

// list draws each item after its bullet, number or task box, its lines
// indented under the first.
func (r *renderer) list(n *ast.List, width int) {
	number := n.Start
	widest := len(strconv.Itoa(n.Start + n.ChildCount() - 1))
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		var mark string
		switch box := taskBox(item); {
		case box != nil && box.IsChecked:
			mark = "☑ "
		case box != nil:
			mark = "☐ "
		case n.IsOrdered():
			num := strconv.Itoa(number)
			mark = strings.Repeat(" ", widest-len(num)) + num + string(n.Marker) + " "
			number++
		default:
			mark = "• "
		}
		room := cells(mark)
		if room >= width {
			room, mark = 0, ""
		}
		before := len(r.out)
		leave := r.enter(r.styled(mark, lookMark), strings.Repeat(" ", room))
		r.blocks(item, width-room, n.IsTight)
		if len(r.out) == before { // an empty item still shows its bullet
			r.emit("")
		}
		leave()
		if !n.IsTight && item.NextSibling() != nil {
			r.askBlank()
		}
	}
}

// taskBox is the check box a task list item starts with, or nil.
func taskBox(item ast.Node) *east.TaskCheckBox {
	first := item.FirstChild()
	if first == nil {
		return nil
	}
	box, _ := first.FirstChild().(*east.TaskCheckBox)
	return box
}

// quote draws a block quote behind a bar.
func (r *renderer) quote(n ast.Node, width int) {
	if width < 3 {
		r.blocks(n, width, false)
		return
	}
	bar := r.styled("│ ", lookRule)
	defer r.enter(bar, bar)()
	r.blocks(n, width-2, false)
}

// verbatim shows code and HTML blocks as the plain text they hold, their
// lines cut where too long.
func (r *renderer) verbatim(n ast.Node, width int) {
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		l := strings.TrimRight(strings.ReplaceAll(string(seg.Value(r.src)), "\t", "    "), " \r\n")
		if l == "" {
			r.emit("")
			continue
		}
		r.toks = append(r.toks[:0], token{text: l, look: lookText, width: cells(l)})
		r.laid.lay(r.toks, width)
		for i := range r.laid.count() {
			r.emitTokens(r.laid.line(i))
		}
	}
}

// enter starts a block whose first line begins with first and whose other
// lines begin with rest, inside the blocks it is in; the function it
// returns leaves the block again.
func (r *renderer) enter(first, rest string) (leave func()) {
	savedFirst, savedRest, before := r.first, r.rest, len(r.out)
	r.first, r.rest = r.first+first, r.rest+rest
	return func() {
		if len(r.out) > before {
			savedFirst = savedRest
		}
		r.first, r.rest = savedFirst, savedRest
	}
}

// emit adds a line after the blank lines asked for, behind the bullets and
// bars of the blocks it is in.
func (r *renderer) emit(line string) {
	r.flushBlanks()
	prefix := r.first
	r.first = r.rest
	switch {
	case prefix == "":
	case line == "":
		line = trimRight(prefix)
	default:
		line = prefix + line
	}
	r.out = append(r.out, line)
}

// emitTokens draws a laid-out line of tokens and adds it.
func (r *renderer) emitTokens(line []token) {
	r.flushBlanks()
	b := append(r.buf[:0], r.first...)
	r.first = r.rest
	if len(line) == 0 {
		r.out = append(r.out, trimRight(string(b)))
		return
	}
	r.buf = r.draw(b, line)
	r.out = append(r.out, string(r.buf))
}

// askBlank asks for a blank line before the next line drawn, in the
// blocks the last line was in.
func (r *renderer) askBlank() {
	r.blank, r.wantBlank = trimRight(r.rest), true
}

// flushBlanks adds the blank line asked for, if any.
func (r *renderer) flushBlanks() {
	if r.wantBlank {
		r.out = append(r.out, r.blank)
		r.wantBlank = false
	}
}

// styled is s in one look.
func (r *renderer) styled(s string, lk look) string {
	sp := r.st.spans[lk]
	if sp.open == "" {
		return s
	}
	return sp.open + s + sp.close
}
