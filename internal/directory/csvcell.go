package directory

import "strings"

// A spreadsheet reads a cell that starts with "=", "+", "-" or "@" as a
// formula: "=HYPERLINK(...)" in a name becomes a link that sends data
// away when clicked, "+SUM(...)" a calculation. A leading tab or carriage
// return hides such a start from some filters. So a cell starting with one
// of these is written with a leading apostrophe, which spreadsheets show
// as text (the usual defence, as OWASP describes it), and ReadCSV removes
// it again.
//
// A cell that starts with an apostrophe followed by one of them gets a
// second apostrophe, so that reading gives back exactly what was written.
// An apostrophe before anything else (O'Brien written as 'Brien in a
// hand-made file) is left alone in both directions.

// formulaStart reports whether a spreadsheet could take a cell starting
// with c for a formula.
func formulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// escaped reports whether s needs the apostrophe: it starts with a formula
// character, or with apostrophes followed by one.
func escaped(s string) bool {
	rest := strings.TrimLeft(s, "'")
	return rest != "" && formulaStart(rest[0])
}

// escapeCell returns s as it is written into a CSV file.
func escapeCell(s string) string {
	if escaped(s) {
		return "'" + s
	}
	return s
}

// unescapeCell reverses escapeCell.
func unescapeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && escaped(s[1:]) {
		return s[1:]
	}
	return s
}
