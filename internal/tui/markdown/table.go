package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// cell is the inline text of a table cell, ready to wrap.
type cell []token

// table draws a GFM table, its columns apart by a line. A table that fits
// the width is drawn with one rule under its header. A wider one gets
// columns as wide as their longest words, the rest of the room shared by how
// much more each column holds, and its cells wrapped; then a rule goes
// between every two rows, so that a row wrapped over several lines stays one
// row to the eye. A table whose longest words do not fit side by side is
// drawn as records, one below the other.
//
// The lines are drawn here rather than by lipgloss/table: it measures and
// restyles every cell several times over, which made a large conference's
// minutes take a tenth of a second instead of a few milliseconds.
func (r *renderer) table(n *east.Table, width int) {
	var rows [][]cell
	cols := 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		lk := lookText
		if _, header := row.(*east.TableHeader); header {
			lk = lookOf(kindMinor) | bold
		}
		var cells []cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, r.cell(c, lk))
		}
		cols = max(cols, len(cells))
		rows = append(rows, cells)
	}
	if cols == 0 {
		return
	}
	for i := range rows {
		for len(rows[i]) < cols {
			rows[i] = append(rows[i], nil)
		}
	}
	_, hasHeader := n.FirstChild().(*east.TableHeader)
	widths, fits := columnWidths(rows, cols, width)
	switch {
	case widths == nil && hasHeader:
		r.records(rows[0], rows[1:], width)
	case widths == nil:
		r.recordsUnlabelled(rows, width)
	default:
		for i, row := range rows {
			if i > 0 && (!fits || i == 1 && hasHeader) {
				r.emit(r.rule(widths))
			}
			r.row(row, widths)
		}
	}
}

// cell reads the inline text of a table cell in look lk.
func (r *renderer) cell(n ast.Node, lk look) cell {
	r.toks = r.toks[:0]
	r.inlines(n, lk)
	toks := r.toks
	for len(toks) > 0 && toks[0].kind != tokWord {
		toks = toks[1:]
	}
	for len(toks) > 0 && toks[len(toks)-1].kind != tokWord {
		toks = toks[:len(toks)-1]
	}
	return append(cell(nil), toks...)
}

// row draws one row of cells in columns of the given widths: each cell
// wrapped in its column, the columns apart by a line, the last one not
// padded.
func (r *renderer) row(cells []cell, widths []int) {
	for len(r.cols) < len(cells) {
		r.cols = append(r.cols, lines{})
	}
	height := 1
	for j, c := range cells {
		r.cols[j].lay(c, widths[j])
		height = max(height, r.cols[j].count())
	}
	bar, last := r.styled(" │", lookRule), len(cells)-1
	for i := range height {
		r.flushBlanks()
		b := append(r.buf[:0], r.first...)
		r.first = r.rest
		for j := range cells {
			col := &r.cols[j]
			var line []token
			lw := 0
			if i < col.count() {
				line, lw = col.line(i), col.widths[i]
			}
			if j > 0 {
				b = append(b, bar...)
				if len(line) > 0 || j < last {
					b = append(b, ' ')
				}
			}
			b = r.draw(b, line)
			if j < last {
				for range widths[j] - lw {
					b = append(b, ' ')
				}
			}
		}
		r.buf = b
		r.out = append(r.out, string(b))
	}
}

// rule is a line under columns of the given widths, crossing the lines
// between them.
func (r *renderer) rule(widths []int) string {
	var b strings.Builder
	for j, w := range widths {
		if j > 0 {
			b.WriteString("─┼─")
		}
		b.WriteString(strings.Repeat("─", w))
	}
	return r.styled(b.String(), lookRule)
}

// columnWidths shares width out among the columns of rows (the room for
// their text, without the lines between them); fits tells whether every
// cell fits on one line. Columns get their longest cell when the table
// fits. Else the room is shared out evenly, but a column never gets less
// than its longest word nor more than its longest cell: short columns (a
// name, a date) stay on one line, and long ones wrap alike. When even the
// longest words do not fit, widths is nil.
func columnWidths(rows [][]cell, cols, width int) (widths []int, fits bool) {
	most := make([]int, cols)  // the longest cell
	least := make([]int, cols) // the longest word
	for j := range most {
		most[j], least[j] = 1, 1 // an empty column still shows
	}
	for _, row := range rows {
		for j, c := range row {
			all, word := c.widths()
			most[j], least[j] = max(most[j], all), max(least[j], word)
		}
	}
	room := width - 3*(cols-1) // " │ " between every two columns
	if sum(most) <= room {
		return most, true
	}
	if sum(least) > room {
		return nil, false
	}
	at := func(level int) []int {
		w := make([]int, cols)
		for j := range w {
			w[j] = min(most[j], max(least[j], level))
		}
		return w
	}
	lo, hi := 0, room // the highest level at which the columns fit
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sum(at(mid)) <= room {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	widths = at(lo)
	for j, spare := 0, room-sum(widths); spare > 0; j = (j + 1) % cols { // what the level left over
		if widths[j] < most[j] {
			widths[j]++
			spare--
		}
	}
	return widths, false
}

// widths measures a cell on one line, and its longest word.
func (c cell) widths() (all, word int) {
	run := 0
	for _, t := range c {
		all += t.width
		switch t.kind {
		case tokWord:
			run += t.width
			word = max(word, run)
		default:
			run = 0
		}
	}
	return all, word
}

// records draws a table too wide for the screen as one record per row:
// each cell on a line of its own after its column's header, the records
// apart by a rule. The headers get their width, unless the longest word of
// the cells then would not fit; they wrap before a cell's word is cut.
func (r *renderer) records(labels []cell, rows [][]cell, width int) {
	labelW, labelWord, valueWord := 1, 1, 1
	for _, l := range labels {
		all, word := l.widths()
		labelW, labelWord = max(labelW, all), max(labelWord, word)
	}
	for _, row := range rows {
		for _, c := range row {
			_, word := c.widths()
			valueWord = max(valueWord, word)
		}
	}
	labelW = min(labelW, max(labelWord, width-3-valueWord), width-4)
	widths := []int{labelW, width - labelW - 3}
	if labelW < 1 {
		r.recordsUnlabelled(append([][]cell{labels}, rows...), width)
		return
	}
	pair := make([]cell, 2)
	for i, row := range rows {
		if i > 0 {
			r.emit(r.rule(widths))
		}
		for j, c := range row {
			pair[0], pair[1] = labels[j], c
			r.row(pair, widths)
		}
	}
}

// recordsUnlabelled draws the cells of a table on a screen too narrow for
// columns as paragraphs, the rows apart by a rule.
func (r *renderer) recordsUnlabelled(rows [][]cell, width int) {
	for i, row := range rows {
		if i > 0 {
			r.emit(r.styled(strings.Repeat("─", width), lookRule))
		}
		for _, c := range row {
			r.laid.lay(c, width)
			for k := range r.laid.count() {
				r.emitTokens(r.laid.line(k))
			}
		}
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
