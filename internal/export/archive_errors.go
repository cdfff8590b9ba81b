package export

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// What is wrong with an archive.
const (
	ProblemEmpty             = "empty"
	ProblemTruncated         = "truncated"
	ProblemSyntax            = "syntax"
	ProblemType              = "type"
	ProblemValue             = "value"
	ProblemUnknownField      = "unknown_field"
	ProblemTrailing          = "trailing"
	ProblemFormat            = "format"
	ProblemVersion           = "version"
	ProblemMissingConference = "missing_conference"
	ProblemBadID             = "bad_id"
	ProblemDuplicateID       = "duplicate_id"
)

// ArchiveError says why an archive was refused and, where it can, where in
// the file: Offset is a byte offset, Line and Column are 1-based (0 when
// unknown). Index is the 1-based number of the conference at fault.
type ArchiveError struct {
	Problem      string
	Offset       int64
	Line, Column int
	Index        int
	// Detail is a field name, an ID or a found value; never conference
	// text.
	Detail string
	// Expected and Found are the kinds (Kind*) of value the archive needs
	// at the place of a ProblemType and the kind the file has there.
	Expected, Found string
	Err             error
}

func (e *ArchiveError) at(data []byte, offset int64) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	e.Offset = offset
	e.Line = bytes.Count(before, []byte("\n")) + 1
	e.Column = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
}

func (e *ArchiveError) Error() string {
	var b strings.Builder
	b.WriteString("archive: " + e.Problem)
	if e.Line > 0 {
		fmt.Fprintf(&b, " at line %d, column %d (byte %d)", e.Line, e.Column, e.Offset)
	}
	if e.Index > 0 {
		fmt.Fprintf(&b, " in conference %d", e.Index)
	}
	if e.Detail != "" {
		fmt.Fprintf(&b, ": %s", shortDetail(e.Detail))
	}
	if e.Err != nil && e.Problem != ProblemUnknownField {
		fmt.Fprintf(&b, " (%s)", shortDetail(e.Err.Error()))
	}
	return b.String()
}

func (e *ArchiveError) Unwrap() error { return e.Err }

// Message says what is wrong in the user's language.
func (e *ArchiveError) Message(t *i18n.Messages) string {
	var msg string
	detail := shortDetail(e.Detail)
	switch e.Problem {
	case ProblemEmpty:
		msg = t.T("export.archive.empty")
	case ProblemTruncated:
		msg = t.T("export.archive.truncated", e.Offset, e.Line)
	case ProblemFormat:
		msg = t.T("export.archive.format", detail)
	case ProblemVersion:
		msg = t.T("export.archive.version_invalid", detail)
	case ProblemMissingConference:
		msg = t.T("export.archive.missing_conference", e.Index)
	case ProblemBadID:
		msg = t.T("export.archive.bad_id", e.Index, detail)
	case ProblemDuplicateID:
		msg = t.T("export.archive.duplicate_id", e.Index, detail)
	case ProblemSyntax:
		msg = t.T("export.archive.syntax", e.Line, e.Column)
	case ProblemType:
		msg = e.typeMessage(t, detail)
	case ProblemUnknownField:
		msg = t.T("export.archive.unknown_field", e.Line, e.Column, detail)
	case ProblemTrailing:
		msg = t.T("export.archive.trailing", e.Line, e.Column)
	default:
		msg = t.T("export.archive.value", e.Line, e.Column, shortDetail(e.Err.Error()))
	}
	return msg
}

// VersionError refuses an archive written by a newer kofa.
type VersionError struct {
	Found, Supported int
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("archive: version %d is newer than the supported version %d", e.Found, e.Supported)
}

// Message says what is wrong in the user's language.
func (e *VersionError) Message(t *i18n.Messages) string {
	return t.T("export.archive.newer", e.Found, e.Supported)
}

// shortDetail makes a detail from a hostile file safe to print: no control
// characters, one line, at most 80 bytes.
func shortDetail(s string) string {
	s, cut := sanitize.Limit(sanitize.Line(s), 80)
	if cut {
		s += "…"
	}
	return s
}

// unknownField returns the field name of encoding/json's "unknown field"
// error, or "".
func unknownField(err error) string {
	rest, ok := strings.CutPrefix(err.Error(), `json: unknown field "`)
	if !ok {
		return ""
	}
	return strings.TrimSuffix(rest, `"`)
}

// typeMessage says what the archive needs where the file has a value of
// the wrong type, and what the file has there: "Line 1, column 1:
// expected an archive object {…}, found a list […]."
func (e *ArchiveError) typeMessage(t *i18n.Messages, field string) string {
	expected, found := t.T(kindKey(e.Expected)), t.T(kindKey(e.Found))
	switch {
	case e.Expected == KindArchive:
		return t.T("archiveimport.type.archive", e.Line, e.Column, found)
	case field == "" && e.Index > 0:
		return t.T("archiveimport.type.entry", e.Line, e.Column, e.Index, expected, found)
	case e.Index > 0:
		return t.T("archiveimport.type.conference_field", e.Line, e.Column, e.Index, field, expected, found)
	}
	return t.T("archiveimport.type.field", e.Line, e.Column, field, expected, found)
}

// kindKey is the message key that names a kind of value.
func kindKey(kind string) string {
	switch kind {
	case KindArchive:
		return "archiveimport.kind.archive"
	case KindObject:
		return "archiveimport.kind.object"
	case KindList:
		return "archiveimport.kind.list"
	case KindText:
		return "archiveimport.kind.text"
	case KindNumber:
		return "archiveimport.kind.number"
	case KindBool:
		return "archiveimport.kind.bool"
	}
	return "archiveimport.kind.value"
}
