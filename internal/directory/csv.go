package directory

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// CSVHeader is the first row of a directory file; CSVHeaderGerman is the
// same row as a German office writes it (kofa directory export --lang de).
// ReadCSV accepts either, in any case.
var (
	CSVHeader       = []string{"name", "institution", "discipline", "phone", "email"}
	CSVHeaderGerman = []string{"Name", "Einrichtung", "Profession", "Telefon", "E-Mail"}
)

// CSVFormat says how WriteCSV writes a file. German Excel reads UTF-8 only
// with a byte-order mark and splits columns at ";" (GermanCSV); most other
// programs expect "," and no mark (the zero value).
type CSVFormat struct {
	// Comma separates the fields; zero means ','.
	Comma rune
	// BOM starts the file with a UTF-8 byte-order mark.
	BOM bool
	// German writes CSVHeaderGerman instead of CSVHeader.
	German bool
}

// GermanCSV is the format German offices open with a double click.
var GermanCSV = CSVFormat{Comma: ';', BOM: true, German: true}

// Reasons a CSV file is refused; each is an i18n key of area "directory".
const (
	CSVBadHeader   = "directory.csv.bad_header"
	CSVFieldCount  = "directory.csv.field_count"
	CSVNameMissing = "directory.csv.name_missing"
	CSVNotText     = "directory.csv.not_text"
	CSVTooLong     = "directory.csv.too_long"
	CSVMalformed   = "directory.csv.malformed"
	CSVEmpty       = "directory.csv.empty"
)

// maxField bounds a field, so a wrong file (or a hostile one) cannot fill
// the store.
const maxField = 500

// CSVError says why a directory file was refused and on which line
// (counting from 1, the header being line 1). Msg is an i18n key of area
// "directory" (the CSV* constants).
type CSVError struct {
	Line int
	Msg  string
}

func (e *CSVError) Error() string { return fmt.Sprintf("directory csv: line %d: %s", e.Line, e.Msg) }

// WriteCSV writes the entries with a header row, in the order given, in
// the format f. IDs stay behind: they mean nothing in a colleague's kofa.
func WriteCSV(w io.Writer, entries []Entry, f CSVFormat) error {
	if f.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if f.Comma != 0 {
		cw.Comma = f.Comma
	}
	header := CSVHeader
	if f.German {
		header = CSVHeaderGerman
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, e := range entries {
		row := []string{e.Name, e.Institution, e.Discipline, e.Phone, e.Email}
		for i := range row {
			row[i] = escapeCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ReadCSV reads a directory file written by WriteCSV (or by hand, or by a
// spreadsheet: a byte order mark and ";" as separator are accepted). It
// returns all entries or, at the first problem, a *CSVError and no entry.
// Blank lines are skipped; entries come back without IDs.
func ReadCSV(r io.Reader) ([]Entry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	if !utf8.ValidString(text) {
		return nil, &CSVError{Line: firstInvalidLine(text), Msg: CSVNotText}
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = separator(text)
	cr.FieldsPerRecord = -1 // counted here, to say which line is wrong
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &CSVError{Line: 1, Msg: CSVEmpty}
	}
	if err != nil {
		return nil, csvReadError(err)
	}
	if !isHeader(header) {
		return nil, &CSVError{Line: 1, Msg: CSVBadHeader}
	}
	var out []Entry
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvReadError(err)
		}
		line, _ := cr.FieldPos(0)
		e, msg := entryOf(rec)
		if msg != "" {
			return nil, &CSVError{Line: line, Msg: msg}
		}
		out = append(out, e)
	}
}

func entryOf(rec []string) (Entry, string) {
	if len(rec) != len(CSVHeader) {
		return Entry{}, CSVFieldCount
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(unescapeCell(strings.TrimSpace(rec[i])))
		if utf8.RuneCountInString(rec[i]) > maxField {
			return Entry{}, CSVTooLong
		}
		if strings.ContainsFunc(rec[i], isControl) {
			return Entry{}, CSVNotText
		}
	}
	if rec[0] == "" {
		return Entry{}, CSVNameMissing
	}
	return Entry{Name: rec[0], Institution: rec[1], Discipline: rec[2], Phone: rec[3], Email: rec[4]}, ""
}

// isControl refuses control characters (escape sequences would reach the
// terminal); tabs and line breaks inside a quoted field are allowed.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

func isHeader(rec []string) bool {
	return headerIs(rec, CSVHeader) || headerIs(rec, CSVHeaderGerman)
}

func headerIs(rec, header []string) bool {
	if len(rec) != len(header) {
		return false
	}
	for i, h := range header {
		if !strings.EqualFold(strings.TrimSpace(rec[i]), h) {
			return false
		}
	}
	return true
}

// separator is ";" or a tab when the header line uses it (as spreadsheets
// in German locales write CSV), else ",".
func separator(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, most := ',', strings.Count(first, ",")
	for _, r := range []rune{';', '\t'} {
		if n := strings.Count(first, string(r)); n > most {
			best, most = r, n
		}
	}
	return best
}

func csvReadError(err error) error {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return &CSVError{Line: pe.Line, Msg: CSVMalformed}
	}
	return err
}

func firstInvalidLine(text string) int {
	line := 1
	for i, r := range text {
		if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\uFFFD") {
			return line
		}
		if r == '\n' {
			line++
		}
	}
	return line
}
