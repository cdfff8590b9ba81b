package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// The two GFM extensions the minutes use, tables and task list items, read
// into goldmark's own nodes (extension/ast). goldmark's extension package
// has them too, but importing it compiles the regular expressions of all
// its extensions when kofa starts (linkify's alone take about half a
// millisecond), whether or not a preview is ever opened. These read what
// GFM specifies for the two, without regular expressions.

// tableTransformer turns a paragraph whose second line is a delimiter row
// ("| --- | :-: |") into a table, as GFM does.
type tableTransformer struct{}

func (tableTransformer) Transform(node *ast.Paragraph, reader text.Reader, _ parser.Context) {
	lines := node.Lines()
	if lines.Len() < 2 {
		return
	}
	source := reader.Source()
	for i := 1; i < lines.Len(); i++ {
		delim := lines.At(i)
		aligns := delimiterRow(delim.Value(source))
		if aligns == nil {
			continue
		}
		header := tableRow(lines.At(i-1), aligns, true, source)
		if header == nil || header.ChildCount() != len(aligns) {
			return
		}
		table := east.NewTable()
		table.Alignments = aligns
		table.SetPos(node.Pos())
		table.AppendChild(table, east.NewTableHeader(header))
		for j := i + 1; j < lines.Len(); j++ {
			table.AppendChild(table, tableRow(lines.At(j), aligns, false, source))
		}
		// What came before the header stays a paragraph.
		lines.SetSliced(0, i-1)
		parent := node.Parent()
		parent.InsertAfter(parent, node, table)
		if lines.Len() == 0 {
			parent.RemoveChild(parent, node)
		} else {
			last := lines.At(i - 2)
			last.Stop-- // the line break
			lines.Set(i-2, last)
		}
		return
	}
}

// delimiterRow reads the alignments of a delimiter row, or nil when line is
// not one: cells of dashes with an optional colon at either end, apart by
// pipes, indented by at most three spaces.
func delimiterRow(line []byte) []east.Alignment {
	indent := 0
	for indent < len(line) && line[indent] == ' ' {
		indent++
	}
	if indent > 3 {
		return nil
	}
	for _, c := range line {
		if !isSpace(c) && c != '-' && c != '|' && c != ':' {
			return nil
		}
	}
	cells := bytes.Split(line, []byte("|"))
	if len(bytes.TrimSpace(cells[0])) == 0 {
		cells = cells[1:]
	}
	if n := len(cells); n > 0 && len(bytes.TrimSpace(cells[n-1])) == 0 {
		cells = cells[:n-1]
	}
	if len(cells) == 0 {
		return nil
	}
	aligns := make([]east.Alignment, 0, len(cells))
	for _, cell := range cells {
		cell = bytes.TrimSpace(cell)
		left, right := bytes.HasPrefix(cell, []byte(":")), len(cell) > 1 && bytes.HasSuffix(cell, []byte(":"))
		dashes := cell
		if left {
			dashes = dashes[1:]
		}
		if right {
			dashes = dashes[:len(dashes)-1]
		}
		if len(dashes) == 0 || len(bytes.Trim(dashes, "-")) != 0 {
			return nil
		}
		switch {
		case left && right:
			aligns = append(aligns, east.AlignCenter)
		case left:
			aligns = append(aligns, east.AlignLeft)
		case right:
			aligns = append(aligns, east.AlignRight)
		default:
			aligns = append(aligns, east.AlignNone)
		}
	}
	return aligns
}

// tableRow splits a line into cells at the pipes that are not escaped. A
// body row gets as many cells as the header: extra ones are dropped, missing
// ones added empty.
func tableRow(seg text.Segment, aligns []east.Alignment, header bool, source []byte) *east.TableRow {
	start := seg.Start
	seg = seg.TrimLeftSpace(source)
	seg = seg.TrimRightSpace(source)
	line := seg.Value(source)
	pos, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		pos++
	}
	if limit > pos && line[limit-1] == '|' && (limit < 2 || line[limit-2] != '\\') {
		limit--
	}
	row := east.NewTableRow(aligns)
	row.SetPos(start)
	n := 0
	for ; pos < limit; n++ {
		if n >= len(aligns) && !header {
			return row
		}
		end := pos
		for end < limit && (line[end] != '|' || end > 0 && line[end-1] == '\\') {
			end++
		}
		cell := east.NewTableCell()
		if n < len(aligns) {
			cell.Alignment = aligns[n]
		}
		cell.SetPos(seg.Start + pos)
		content := text.NewSegment(seg.Start+pos, seg.Start+end)
		content = content.TrimLeftSpace(source)
		content = content.TrimRightSpace(source)
		cell.Lines().Append(content)
		row.AppendChild(row, cell)
		pos = end + 1
	}
	for ; n < len(aligns); n++ {
		row.AppendChild(row, east.NewTableCell())
	}
	return row
}

// taskBoxParser reads the "[ ]" or "[x]" a task list item starts with.
type taskBoxParser struct{}

func (taskBoxParser) Trigger() []byte { return []byte{'['} }

func (taskBoxParser) Parse(parent ast.Node, block text.Reader, _ parser.Context) ast.Node {
	// Only at the very start of the first paragraph of a list item.
	item := parent.Parent()
	if item == nil || item.FirstChild() != parent || parent.HasChildren() {
		return nil
	}
	if _, ok := item.(*ast.ListItem); !ok {
		return nil
	}
	line, _ := block.PeekLine()
	if len(line) < 3 || line[0] != '[' || line[2] != ']' {
		return nil
	}
	mark := line[1]
	if !isSpace(mark) && mark != 'x' && mark != 'X' {
		return nil
	}
	n := 3
	for n < len(line) && isSpace(line[n]) {
		n++
	}
	block.Advance(n)
	return east.NewTaskCheckBox(mark == 'x' || mark == 'X')
}

func (taskBoxParser) CloseBlock(ast.Node, parser.Context) {}

// isSpace is what \s matches in a regular expression.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
