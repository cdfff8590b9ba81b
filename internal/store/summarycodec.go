package store

import (
	"encoding/binary"
	"errors"
	"slices"
	"sync"
	"time"

	"kofa/internal/conference"
)

// Summaries are read for every list, so they use a compact binary form
// instead of JSON: decoding 10,000 of them must fit into a few
// milliseconds. Layout (format 2):
//
//	byte     format (summaryFormat)
//	string   ID, Kind, CaseCode, Topic, Status, Phase
//	date     Date, NextDue, NextReview
//	uvarint  OpenActions
//	instant  UpdatedAt
//	uvarint  flags: 1 = a follow-up conference (format 2; format 1 ends
//	         after UpdatedAt)
//
// string is a uvarint length and the bytes; date is a varint year, a
// uvarint month and a uvarint day (all zero for an unset date); instant is
// varint Unix seconds, uvarint nanoseconds and the zone: uvarint 0 for
// UTC, or 1 and the varint offset in seconds east of UTC.

var errShortSummary = errors.New("summary: truncated")

func appendSummary(b []byte, s conference.Summary) []byte {
	b = append(b, summaryFormat)
	for _, str := range []string{string(s.ID), string(s.Kind), s.CaseCode, s.Topic, string(s.Status), string(s.Phase)} {
		b = binary.AppendUvarint(b, uint64(len(str)))
		b = append(b, str...)
	}
	for _, d := range []conference.Date{s.Date, s.NextDue, s.NextReview} {
		b = binary.AppendVarint(b, int64(d.Year))
		b = binary.AppendUvarint(b, uint64(d.Month))
		b = binary.AppendUvarint(b, uint64(d.Day))
	}
	b = binary.AppendUvarint(b, uint64(max(s.OpenActions, 0)))
	b = appendInstant(b, s.UpdatedAt)
	var flags uint64
	if s.FollowUp {
		flags |= summaryFollowUp
	}
	return binary.AppendUvarint(b, flags)
}

// Flags of a summary (format 2).
const summaryFollowUp = 1

func appendInstant(b []byte, t time.Time) []byte {
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	_, offset := t.Zone()
	if t.Location() == time.UTC || offset < -maxOffset || offset > maxOffset {
		return binary.AppendUvarint(b, 0) // an absurd offset keeps the instant only
	}
	b = binary.AppendUvarint(b, 1)
	return binary.AppendVarint(b, int64(offset))
}

// instant reads what appendInstant wrote. Like time's own decoders it
// gives Local when the offset is the local one then, else a fixed zone;
// the fixed zones are cached because List would otherwise allocate one per
// summary.
func (r *summaryReader) instant() time.Time {
	sec, nsec, zone := r.varint(), r.uvarint(), r.uvarint()
	if r.err != nil {
		return time.Time{}
	}
	if nsec >= 1e9 || zone > 1 {
		r.err = errors.New("summary: invalid time")
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	if zone == 0 {
		return t.UTC()
	}
	offset := r.varint()
	if offset < -maxOffset || offset > maxOffset {
		r.err = errors.New("summary: invalid zone offset")
		return time.Time{}
	}
	if _, local := t.Zone(); int64(local) == offset {
		return t
	}
	return t.In(fixedZone(int(offset)))
}

// maxOffset bounds zone offsets; real ones stay within ±14 hours.
const maxOffset = 24 * 3600

var fixedZones sync.Map // offset in seconds → *time.Location

func fixedZone(offset int) *time.Location {
	if loc, ok := fixedZones.Load(offset); ok {
		return loc.(*time.Location)
	}
	loc, _ := fixedZones.LoadOrStore(offset, time.FixedZone("", offset))
	return loc.(*time.Location)
}

// summaryReader walks a binary summary; the first error sticks.
type summaryReader struct {
	b   []byte
	err error
}

func (r *summaryReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShortSummary
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *summaryReader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShortSummary
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *summaryReader) bytes() []byte {
	n := r.uvarint()
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errShortSummary
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

// code returns the bytes as a string, reusing the constant when they
// spell one of known: kind, status and phase repeat in every summary, and
// not allocating them keeps List fast.
func (r *summaryReader) code(known ...string) string {
	b := r.bytes()
	for _, k := range known {
		if string(b) == k {
			return k
		}
	}
	return string(b)
}

func (r *summaryReader) date() conference.Date {
	y, m, d := r.varint(), r.uvarint(), r.uvarint()
	if m > 12 || d > 31 {
		r.err = errors.New("summary: invalid date")
	}
	return conference.Date{Year: int(y), Month: time.Month(m), Day: int(d)}
}

var (
	knownKinds    = []string{string(conference.KindCase), string(conference.KindNetwork), string(conference.KindHandover)}
	knownStatuses = []string{string(conference.StatusPreparing), string(conference.StatusRunning), string(conference.StatusClosed)}
	knownPhases   = func() []string {
		var out []string
		all := slices.Concat(conference.PhaseOrder, conference.NetworkPhaseOrder, conference.HandoverPhaseOrder)
		for _, p := range all {
			if !slices.Contains(out, string(p)) {
				out = append(out, string(p))
			}
		}
		return out
	}()
)

func parseSummary(data []byte) (conference.Summary, error) {
	if len(data) == 0 {
		return conference.Summary{}, errShortSummary
	}
	if data[0] != summaryFormat && data[0] != summaryFormatV1 {
		return conference.Summary{}, errors.New("summary: unknown format")
	}
	r := summaryReader{b: data[1:]}
	var s conference.Summary
	s.ID = conference.ID(r.bytes())
	s.Kind = conference.Kind(r.code(knownKinds...))
	s.CaseCode = string(r.bytes())
	s.Topic = string(r.bytes())
	s.Status = conference.Status(r.code(knownStatuses...))
	s.Phase = conference.PhaseID(r.code(knownPhases...))
	s.Date = r.date()
	s.NextDue = r.date()
	s.NextReview = r.date()
	s.OpenActions = int(min(r.uvarint(), 1<<31-1))
	s.UpdatedAt = r.instant()
	if data[0] != summaryFormatV1 {
		s.FollowUp = r.uvarint()&summaryFollowUp != 0
	}
	if r.err != nil {
		return conference.Summary{}, r.err
	}
	if len(r.b) != 0 {
		return conference.Summary{}, errors.New("summary: trailing bytes")
	}
	return s, nil
}
