package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"time"

	"kofa/internal/conference"
)

// ArchiveFormat names the archive document type; ArchiveVersion is the
// newest version this kofa writes and reads. Raise the version when a
// change would make an older kofa misread an archive, and keep reading the
// older versions.
//
// Version 2 carries conferences with legal bases per person and the crisis
// and protection plan as entries; a version 1 archive is still read, its
// conferences upgraded (conference.Upgrade) as the store upgrades its own.
const (
	ArchiveFormat  = "kofa-archive"
	ArchiveVersion = 2
)

// Archive is a versioned JSON document that carries conferences with their
// audit logs between laptops and into backups, without loss.
//
// It holds no time of its own: the same conferences always give the same
// bytes, whenever they are exported, so export -> import -> export is
// byte-identical. (Archives written before carried "exported_at"; it is
// still accepted when reading and then dropped.)
type Archive struct {
	Format      string               `json:"format"`
	Version     int                  `json:"version"`
	Conferences []ArchivedConference `json:"conferences"`
	// Cleaned counts the texts DecodeArchive changed, as typing would
	// have (conference.FitText): 0 for an archive kofa wrote.
	Cleaned int `json:"-"`
}

// ArchivedConference is one conference with its audit log.
type ArchivedConference struct {
	Conference *conference.Conference  `json:"conference"`
	Audit      []conference.AuditEntry `json:"audit"`
}

// NewArchive returns an archive of the current format and version.
func NewArchive(items ...ArchivedConference) *Archive {
	return &Archive{Format: ArchiveFormat, Version: ArchiveVersion, Conferences: items}
}

// EncodeArchive writes the archive as indented JSON, conferences in the
// order given. The same archive always gives the same bytes (map keys are
// sorted by encoding/json), so export -> import -> export is byte-identical.
func EncodeArchive(a *Archive) ([]byte, error) {
	// Empty lists are written as [] rather than null, so a reader of the
	// file sees "none" and decoding and encoding again gives the same bytes.
	// The forms' drafts stay behind: an archive carries the record of the
	// meeting, not what was typed and never submitted.
	cp := *a
	cp.Conferences = make([]ArchivedConference, len(a.Conferences))
	for i, item := range a.Conferences {
		if item.Audit == nil {
			item.Audit = []conference.AuditEntry{}
		}
		if item.Conference != nil {
			item.Conference = item.Conference.WithoutDrafts()
		}
		cp.Conferences[i] = item
	}
	a = &cp
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecodeArchive reads and checks a whole archive. Its texts are cleaned
// and cut as typing would have (Archive.Cleaned counts them). It refuses,
// with an
// *ArchiveError naming the problem and where possible its line and column,
// anything that is not exactly an archive this kofa understands: a file
// that is empty, truncated or not JSON, another document type, a newer
// version (a *VersionError), unknown fields, values of the wrong type,
// trailing data, conferences without a valid ID or with the same ID twice.
// Nothing is returned half-read: either every conference is usable or
// none is.
func DecodeArchive(data []byte) (*Archive, error) {
	// A byte-order mark, as editors on Windows write one, is no content.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// First only the envelope, leniently: a newer version may well have
	// fields this kofa does not know, and "newer version" is the message
	// that helps, not "unknown field".
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := decodeJSON(data, &head, false); err != nil {
		return nil, err
	}
	if head.Format != ArchiveFormat {
		return nil, &ArchiveError{Problem: ProblemFormat, Detail: head.Format}
	}
	if head.Version > ArchiveVersion {
		return nil, &VersionError{Found: head.Version, Supported: ArchiveVersion}
	}
	if head.Version < 1 {
		return nil, &ArchiveError{Problem: ProblemVersion, Detail: itoa(head.Version)}
	}
	// Then strictly, one conference at a time, so an error can name the
	// conference and a position inside it.
	var env struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
		// Written by older kofas; read (so a bad value is still refused)
		// and dropped.
		ExportedAt  time.Time         `json:"exported_at"`
		Conferences []json.RawMessage `json:"conferences"`
	}
	if err := decodeJSON(data, &env, true); err != nil {
		return nil, err
	}
	a := &Archive{Format: env.Format, Version: env.Version,
		Conferences: make([]ArchivedConference, 0, len(env.Conferences))}
	from := 0
	for i, raw := range env.Conferences {
		base := from + bytes.Index(data[from:], raw)
		from = base + len(raw)
		var item ArchivedConference
		if err := decodeJSON(raw, &item, true); err != nil {
			var e *ArchiveError
			if errors.As(err, &e) {
				e.Index = i + 1
				e.at(data, int64(base)+e.Offset)
			}
			return nil, err
		}
		if item.Conference != nil {
			conference.Upgrade(item.Conference) // an archive of an older kofa
			// Its text as typing would have made it: no controls, one
			// line where kofa edits one, no longer than typing allows.
			a.Cleaned += item.Conference.FitText()
		}
		for i := range item.Audit {
			a.Cleaned += item.Audit[i].CleanText()
		}
		a.Conferences = append(a.Conferences, item)
	}
	if err := checkConferences(a.Conferences); err != nil {
		return nil, err
	}
	return a, nil
}

// decodeJSON decodes exactly one JSON value from data into v and maps
// every failure to an *ArchiveError with a position in data.
func decodeJSON(data []byte, v any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		return decodeError(data, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		e := &ArchiveError{Problem: ProblemTrailing}
		e.at(data, dec.InputOffset())
		return e
	}
	return nil
}

func decodeError(data []byte, err error) error {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
	)
	e := &ArchiveError{Err: err}
	switch {
	case errors.Is(err, io.EOF) && len(bytes.TrimSpace(data)) == 0:
		e.Problem = ProblemEmpty
	case errors.Is(err, io.ErrUnexpectedEOF):
		e.Problem = ProblemTruncated
		e.at(data, int64(len(data)))
	case errors.As(err, &syntax):
		e.Problem = ProblemSyntax
		// Offset counts the offending byte; point at it.
		e.at(data, syntax.Offset-1)
	case errors.As(err, &typ):
		e.Problem = ProblemType
		e.Detail = typ.Field
		e.Expected, e.Found = jsonKindOf(typ.Type), foundKind(typ.Value)
		e.at(data, valueStart(data, typ.Offset, e.Found))
	case unknownField(err) != "":
		// encoding/json gives no offset here; the first occurrence of the
		// key is where a person would look.
		e.Problem = ProblemUnknownField
		e.Detail = unknownField(err)
		e.at(data, keyOffset(data, e.Detail))
	default:
		// A value its type rejects (a date that is not YYYY-MM-DD, a
		// malformed time): no offset either; the caller places it at the
		// start of the conference.
		e.Problem = ProblemValue
		e.at(data, 0)
	}
	return e
}

// keyOffset finds the first `"key":` in data, or 0.
func keyOffset(data []byte, key string) int64 {
	quoted, _ := json.Marshal(key)
	for from := 0; ; {
		i := bytes.Index(data[from:], quoted)
		if i < 0 {
			return 0
		}
		i += from
		rest := bytes.TrimLeft(data[i+len(quoted):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return int64(i)
		}
		from = i + 1
	}
}

// checkConferences validates what JSON cannot: every conference is there,
// has a well-formed ID, and no ID occurs twice.
func checkConferences(items []ArchivedConference) error {
	seen := map[conference.ID]bool{}
	for i, item := range items {
		c := item.Conference
		switch {
		case c == nil:
			return &ArchiveError{Problem: ProblemMissingConference, Index: i + 1}
		case !conference.ValidID(string(c.ID)):
			return &ArchiveError{Problem: ProblemBadID, Index: i + 1, Detail: string(c.ID)}
		case seen[c.ID]:
			return &ArchiveError{Problem: ProblemDuplicateID, Index: i + 1, Detail: string(c.ID)}
		}
		seen[c.ID] = true
	}
	return nil
}
