package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"kofa/internal/conference"
)

// ScanArchive reads an archive from r one conference at a time and calls
// fn with each, decoded only in the top-level fields named (JSON names;
// nil: every field), upgraded and cleaned as DecodeArchive does. It never
// holds more than one conference: an archive of any size is read in flat
// memory, and fields left out are skipped without being decoded (the
// report across cases reads a dozen fields of each conference; the free
// text is most of the bytes).
//
// It is a reader for looking at archives, not for importing them: it
// checks the envelope (format, version) and that each conference has a
// valid ID, but not what DecodeArchive checks besides (unknown fields,
// duplicates). A file that is no kofa archive at all is an *ArchiveError
// with ProblemFormat (or ProblemEmpty, ProblemSyntax); errors from fn end
// the scan and are returned as they are.
func ScanArchive(r io.Reader, fields []string, fn func(*conference.Conference) error) error {
	s := &scanner{r: r, buf: make([]byte, 0, 64<<10)}
	var keep map[string]int
	if fields != nil {
		keep = fieldIndex(fields)
	}
	return s.archive(keep, fn)
}

// scanner reads JSON values from r through a buffer that holds the value
// being read and grows only for a value larger than itself.
type scanner struct {
	r   io.Reader
	buf []byte
	pos int
	// off is the offset of buf[0] in the file; lines and col count the
	// line breaks before it and the characters since the last one, for
	// error positions.
	off        int64
	lines, col int
	eof        bool
	err        error
}

// fill reads more into the buffer, keeping buf[keep:]; it reports
// whether anything was read. Positions before keep are gone afterwards:
// callers pass the start of the value they are reading.
func (s *scanner) fill(keep int) bool {
	if s.eof || s.err != nil {
		return false
	}
	if keep > 0 {
		s.count(s.buf[:keep])
		n := copy(s.buf, s.buf[keep:])
		s.off += int64(keep)
		s.buf = s.buf[:n]
		s.pos -= keep
	}
	if len(s.buf) == cap(s.buf) {
		s.buf = append(s.buf, make([]byte, cap(s.buf))...)[:len(s.buf)]
	}
	n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
	s.buf = s.buf[:len(s.buf)+n]
	switch {
	case errors.Is(err, io.EOF):
		s.eof = true
	case err != nil:
		s.err = err
	}
	return n > 0 || (!s.eof && s.err == nil)
}

// next skips white space and returns the next byte without consuming
// it; ok is false at the end of the input.
func (s *scanner) next() (byte, bool) {
	for {
		for s.pos < len(s.buf) {
			switch c := s.buf[s.pos]; c {
			case ' ', '\t', '\n', '\r':
				s.pos++
			default:
				return c, true
			}
		}
		if !s.fill(s.pos) {
			return 0, false
		}
	}
}

// expect consumes byte c after white space.
func (s *scanner) expect(c byte) error {
	got, ok := s.next()
	if !ok {
		return s.truncated()
	}
	if got != c {
		return s.syntax()
	}
	s.pos++
	return nil
}

// count moves the line count past b, which is being discarded.
func (s *scanner) count(b []byte) {
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		s.lines += bytes.Count(b, []byte("\n"))
		s.col = utf8.RuneCount(b[i+1:])
		return
	}
	s.col += utf8.RuneCount(b)
}

// problem is an *ArchiveError at position pos of the buffer.
func (s *scanner) problem(problem string, pos int) *ArchiveError {
	pos = min(max(pos, 0), len(s.buf))
	before := s.buf[:pos]
	e := &ArchiveError{Problem: problem, Offset: s.off + int64(pos), Line: s.lines + 1, Column: s.col + 1}
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		e.Line += bytes.Count(before, []byte("\n"))
		e.Column = utf8.RuneCount(before[i+1:]) + 1
	} else {
		e.Column += utf8.RuneCount(before)
	}
	return e
}

func (s *scanner) truncated() error {
	if s.err != nil {
		return s.err
	}
	if s.off == 0 && len(bytes.TrimSpace(s.buf)) == 0 {
		return &ArchiveError{Problem: ProblemEmpty}
	}
	return s.problem(ProblemTruncated, len(s.buf))
}

func (s *scanner) syntax() error { return s.problem(ProblemSyntax, s.pos) }

// value reads the next JSON value and returns its bytes, valid until the
// next read. It checks the structure only as far as finding the end
// needs: strings, nesting, and the end of a number or literal.
func (s *scanner) value() ([]byte, error) {
	if _, ok := s.next(); !ok {
		return nil, s.truncated()
	}
	start, depth := s.pos, 0
	for {
		if s.pos >= len(s.buf) {
			read := s.pos - start
			if !s.fill(start) {
				if depth == 0 && read > 0 { // a number at the very end
					return s.buf[s.pos-read : s.pos], nil
				}
				return nil, s.truncated()
			}
			start = s.pos - read
			continue
		}
		switch s.buf[s.pos] {
		case '"':
			end, ok := stringEnd(s.buf, s.pos+1)
			if !ok {
				read := s.pos - start
				if !s.fill(start) {
					return nil, s.truncated()
				}
				start = s.pos - read
				continue
			}
			s.pos = end
			if depth == 0 {
				return s.buf[start:s.pos], nil
			}
		case '{', '[':
			depth++
			s.pos++
		case '}', ']':
			if depth == 0 { // ends a number or literal
				return s.buf[start:s.pos], nil
			}
			depth--
			s.pos++
			if depth == 0 {
				return s.buf[start:s.pos], nil
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return s.buf[start:s.pos], nil
			}
			s.pos = skipPlain(s.buf, s.pos+1)
		default:
			if depth == 0 {
				s.pos++
				continue
			}
			s.pos = skipPlain(s.buf, s.pos+1)
		}
	}
}

// structural marks the bytes value must look at inside an object or
// array: everything else (white space, commas, colons, numbers,
// literals) is passed over in one tight loop, most of the bytes of an
// indented archive outside its strings.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// skipPlain returns the index of the first structural byte in b from i
// on (len(b) when there is none).
func skipPlain(b []byte, i int) int {
	for i < len(b) && !structural[b[i]] {
		i++
	}
	return i
}

// stringEnd finds the end of the string whose content starts at i (just
// after the opening quote): the index after the closing quote. ok is
// false when the buffer ends first.
func stringEnd(b []byte, i int) (int, bool) {
	for {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return 0, false
		}
		q := i + j
		// An escaped quote has an odd number of backslashes before it.
		n := 0
		for k := q - 1; k >= i && b[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return q + 1, true
		}
		i = q + 1
	}
}

// plainString returns the text of a JSON string without escapes.
func plainString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' || bytes.IndexByte(raw, '\\') >= 0 {
		return "", false
	}
	return string(raw[1 : len(raw)-1]), true
}

// objectKeys calls fn with each key of the object at the scanner and the
// scanner positioned at its value; fn must read the value.
func (s *scanner) objectKeys(fn func(key string) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if c, ok := s.next(); ok && c == '}' {
		s.pos++
		return nil
	}
	for {
		raw, err := s.value()
		if err != nil {
			return err
		}
		key, ok := plainString(raw)
		if !ok {
			if err := json.Unmarshal(raw, &key); err != nil {
				return s.syntax()
			}
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := fn(key); err != nil {
			return err
		}
		c, ok := s.next()
		if !ok {
			return s.truncated()
		}
		s.pos++
		switch c {
		case ',':
		case '}':
			return nil
		default:
			return s.syntax()
		}
	}
}

// archive reads the envelope and hands each conference to fn.
func (s *scanner) archive(keep map[string]int, fn func(*conference.Conference) error) error {
	if c, ok := s.next(); !ok {
		return s.truncated()
	} else if c != '{' {
		return &ArchiveError{Problem: ProblemFormat}
	}
	var format string
	version, n := 0, 0
	checkHead := func() error {
		switch {
		case format != ArchiveFormat:
			return &ArchiveError{Problem: ProblemFormat, Detail: format}
		case version > ArchiveVersion:
			return &VersionError{Found: version, Supported: ArchiveVersion}
		case version < 1:
			return &ArchiveError{Problem: ProblemVersion, Detail: itoa(version)}
		}
		return nil
	}
	err := s.objectKeys(func(key string) error {
		switch key {
		case "format", "version":
			raw, err := s.value()
			if err != nil {
				return err
			}
			if key == "format" {
				err = json.Unmarshal(raw, &format)
			} else {
				err = json.Unmarshal(raw, &version)
			}
			if err != nil {
				return &ArchiveError{Problem: ProblemType, Detail: key}
			}
			return nil
		case "conferences":
			// kofa writes the envelope first, so a file that is no
			// archive is refused before any conference is read; an
			// archive written otherwise is checked at its end.
			if format != "" || version != 0 {
				if err := checkHead(); err != nil {
					return err
				}
			}
			return s.conferences(keep, &n, fn)
		}
		_, err := s.value()
		return err
	})
	if err != nil {
		return err
	}
	return checkHead()
}

// conferences reads the list of archived conferences.
func (s *scanner) conferences(keep map[string]int, n *int, fn func(*conference.Conference) error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if c, ok := s.next(); ok && c == ']' {
		s.pos++
		return nil
	}
	for {
		*n++
		c := &conference.Conference{}
		err := s.objectKeys(func(key string) error {
			if key != "conference" {
				_, err := s.value() // the audit log
				return err
			}
			return s.conference(c, keep)
		})
		if err != nil {
			return err
		}
		if !conference.ValidID(string(c.ID)) {
			return &ArchiveError{Problem: ProblemBadID, Index: *n}
		}
		conference.Upgrade(c)
		c.CleanText()
		if err := fn(c); err != nil {
			return err
		}
		next, ok := s.next()
		if !ok {
			return s.truncated()
		}
		s.pos++
		switch next {
		case ',':
		case ']':
			return nil
		default:
			return s.syntax()
		}
	}
}

// conference decodes the fields of one conference that keep names (all
// when keep is nil) into c.
func (s *scanner) conference(c *conference.Conference, keep map[string]int) error {
	if keep == nil {
		raw, err := s.value()
		if err != nil {
			return err
		}
		if err := json.Unmarshal(raw, c); err != nil {
			return &ArchiveError{Problem: ProblemType, Detail: "conference", Err: err}
		}
		return nil
	}
	v := reflect.ValueOf(c).Elem()
	return s.objectKeys(func(key string) error {
		raw, err := s.value()
		if err != nil {
			return err
		}
		i, ok := keep[key]
		if !ok {
			return nil
		}
		if err := json.Unmarshal(raw, v.Field(i).Addr().Interface()); err != nil {
			return &ArchiveError{Problem: ProblemType, Detail: key, Err: err}
		}
		return nil
	})
}

// fieldIndex maps the JSON names among fields to the index of their
// field in conference.Conference.
func fieldIndex(fields []string) map[string]int {
	all := conferenceFields()
	out := make(map[string]int, len(fields))
	for _, f := range fields {
		if i, ok := all[f]; ok {
			out[f] = i
		}
	}
	return out
}

// conferenceFields maps every JSON name of conference.Conference to its
// field's index.
var conferenceFields = sync.OnceValue(func() map[string]int {
	t := reflect.TypeFor[conference.Conference]()
	out := map[string]int{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && name != "" && name != "-" {
			out[name] = i
		}
	}
	return out
})
