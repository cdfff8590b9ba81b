package store

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
	"kofa/internal/textfold"
)

// Fields a search hit names: where the first word of the query was found.
const (
	SearchFieldCaseCode    = "case_code"
	SearchFieldTopic       = "topic"
	SearchFieldParticipant = "participant"
	SearchFieldInstitution = "institution"
	SearchFieldText        = "text"
)

// SearchHit is a conference the search found, and where.
type SearchHit struct {
	Summary conference.Summary
	Field   string
}

// Section codes of a search text, in the order they are written (a word
// found in several sections is reported in the first).
var searchSections = []struct {
	code  byte
	field string
}{
	{'c', SearchFieldCaseCode}, {'t', SearchFieldTopic}, {'p', SearchFieldParticipant},
	{'i', SearchFieldInstitution}, {'x', SearchFieldText},
}

// The positions of the sections in searchSections.
const (
	secCaseCode = iota
	secTopic
	secPeople
	secInstitutions
	secText
)

// sectionMark starts a section: the mark, then the section code. Folded
// text never holds it (see textfold.Fold), and within a section texts are
// joined by '\n', which no query word holds either, so a match never
// spans two texts.
const sectionMark = 0

// Search finds the conferences whose case code, topic, participants,
// institutions or any text contain every word of query, ignoring case,
// accents and umlaut spelling; newest first. It scans the search texts,
// never a whole conference. A blank query finds nothing.
func (s *Store) Search(query string) ([]SearchHit, error) {
	var needles [][]byte
	for _, w := range strings.Fields(query) {
		if n := textfold.Digraph(w); strings.TrimSpace(n) != "" {
			needles = append(needles, []byte(n))
		}
	}
	if len(needles) == 0 {
		return nil, nil
	}
	var hits collector[SearchHit]
	err := s.view(func(tx *bbolt.Tx) error {
		texts, err := bucket(tx, bucketSearch)
		if err != nil {
			return err
		}
		sums, err := bucket(tx, bucketSummaries)
		if err != nil {
			return err
		}
		// Both buckets hold the same keys in the same order, so one
		// cursor walking the summaries beside the texts finds each hit's
		// summary without a lookup from the root.
		sc := sums.Cursor()
		sk, sv := sc.First()
		var entry searchEntry
		return texts.ForEach(func(k, v []byte) error {
			if err := s.cd.decode(bucketSearch, k, v, &entry); err != nil {
				return damage(err)
			}
			text := entry.text
			if entry.pending {
				if text, err = s.pendingText(tx, k); err != nil {
					return err
				}
			}
			field, ok := text.find(needles)
			if !ok {
				return nil
			}
			for sk != nil && bytes.Compare(sk, k) < 0 {
				sk, sv = sc.Next()
			}
			if !bytes.Equal(sk, k) {
				return damage(errors.New("search text without a summary"))
			}
			hit := SearchHit{Field: field}
			if err := s.cd.decode(bucketSummaries, k, sv, &hit.Summary); err != nil {
				return damage(err)
			}
			hits.add(hit)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return newestFirst(hits.slice()), nil
}

// searchText is a conference's folded text, in sections (see
// searchSections). Decoded, it may point into the store's memory: use it
// only inside the transaction.
type searchText []byte

// searchFormat is the first byte of a search text value.
const searchFormat = 1

// searchValue is a search text as stored: the format byte, then the text.
// It is built that way (buildSearchText), so that storing 200 KB of text
// copies nothing.
type searchValue []byte

func (v searchValue) MarshalBinary() ([]byte, error) { return v, nil }

// text is the search text of the value.
func (v searchValue) text() searchText { return searchText(v[1:]) }

// searchEntry is a stored search value: a conference's whole search text,
// or while it is being typed into only its people sections (pending, see
// searchlater.go). Decoded, it may point into the store's memory.
type searchEntry struct {
	text    searchText
	pending bool
}

func (e *searchEntry) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || (data[0] != searchFormat && data[0] != pendingFormat) {
		return errors.New("search text: unknown format")
	}
	e.text, e.pending = data[1:], data[0] == pendingFormat
	return nil
}

// find reports whether every needle occurs, and the field of the first.
func (t searchText) find(needles [][]byte) (string, bool) {
	at := -1
	for i, n := range needles {
		j := bytes.Index(t, n)
		if j < 0 {
			return "", false
		}
		if i == 0 {
			at = j
		}
	}
	if m := bytes.LastIndexByte(t[:at], sectionMark); m >= 0 && m+1 < len(t) {
		for _, s := range searchSections {
			if s.code == t[m+1] {
				return s.field, true
			}
		}
	}
	return SearchFieldText, true
}

// people returns the participant sections, to see whether the people of
// a conference changed.
func (t searchText) people() []byte {
	var out []byte
	for sec := range bytes.SplitSeq(t, []byte{sectionMark}) {
		if len(sec) > 0 && (sec[0] == 'p' || sec[0] == 'i') {
			out = append(out, sec...)
		}
	}
	return out
}

// searchTextOf folds what a search looks at.
func searchTextOf(c *conference.Conference) searchValue {
	return buildSearchText(c, searchFormat, len(searchSections))
}

// buildSearchText folds the first sections of what a search looks at
// (all of them, or the people for a pending value) into a value of the
// given format.
func buildSearchText(c *conference.Conference, format byte, sections int) searchValue {
	var sec [5][]string // by position in searchSections
	sec[secCaseCode] = []string{c.CaseCode}
	sec[secTopic] = []string{c.Topic}
	for _, p := range c.Participants {
		sec[secPeople] = append(sec[secPeople], p.Name)
		sec[secInstitutions] = append(sec[secInstitutions], p.Institution)
		sec[secText] = append(sec[secText], p.Discipline, p.Relationship)
	}
	if sections > secText {
		sec[secText] = append(sec[secText], freeText(c)...)
	}
	// Sized once: folding keeps the length but for a few letters (ß),
	// and growing a 200 KB text step by step cost more than folding it.
	size := 2 * len(sec)
	for _, texts := range sec[:sections] {
		for _, s := range texts {
			size += len(s) + 1 + len(s)/64
		}
	}
	b := make([]byte, 1, 1+size)
	b[0] = format
	for i, texts := range sec[:sections] {
		b = append(b, sectionMark, searchSections[i].code)
		first := true
		for _, s := range texts {
			if s == "" {
				continue
			}
			if !first {
				b = append(b, '\n')
			}
			first = false
			b = textfold.AppendDigraph(b, s)
		}
	}
	return b
}

// freeText lists every text typed into the conference (codes and IDs
// left out).
func freeText(c *conference.Conference) []string {
	t := []string{
		c.Occasion, c.KeyQuestion, c.Place, c.Facts, c.HelpInPlace, c.Family.Reason,
		c.ChildView.HowObtained, c.ChildView.Said, c.ChildView.MissingReason,
		c.ParentsView.HowObtained, c.ParentsView.Said, c.ParentsView.MissingReason,
		c.Assessment.Note, c.ImmediateSafety.Note,
	}
	for _, r := range c.Phases {
		t = append(t, r.SkipReason)
	}
	for _, p := range c.Participants {
		t = appendBasisText(t, p.LegalBases)
	}
	for _, d := range c.Distribution {
		t = appendBasisText(t, d.LegalBases)
	}
	for _, e := range c.CrisisPlan {
		t = append(t, e.If, e.What, e.Who, e.By)
	}
	for _, e := range c.Chronology {
		t = append(t, e.DateText, e.Event, e.Source)
	}
	for _, x := range c.Contributions {
		t = append(t, x.Text, x.Source)
	}
	for _, r := range c.Risks {
		t = append(t, r.Text, r.Source)
	}
	for _, s := range slices.Concat(c.ProtectiveFactors, c.ExistingSafety) {
		t = append(t, s.Text, s.Source)
	}
	for _, d := range c.Assessment.Dissent {
		t = append(t, d.Reason)
	}
	for _, s := range c.ImmediateSafety.Steps {
		t = append(t, s.What, s.Until)
	}
	for _, a := range c.Actions {
		t = append(t, a.What, a.ReportBack, a.IfNotDone)
	}
	for _, it := range c.Agenda {
		t = append(t, it.Title, it.Discussion, it.Decisions)
	}
	for _, a := range c.Cooperation {
		t = append(t, a.Subject, a.Note)
		for _, p := range a.Partners {
			t = append(t, p.Institution, p.Contact)
		}
	}
	for _, s := range c.StatusLog {
		t = append(t, s.Note)
	}
	for _, r := range c.Responsibilities {
		t = append(t, r.Note)
	}
	for _, p := range c.Parked {
		t = append(t, p.Text)
	}
	for _, d := range c.Distribution {
		t = append(t, d.Recipient)
	}
	for _, r := range c.Reviews {
		t = append(t, r.What, r.OwnerName, r.Institution, r.Note)
	}
	return t
}

// indexSearch writes the search text of c, or with later only its people
// sections (a pending value, see searchlater.go). When its people changed
// it also adds the new ones to the directory.
func indexSearch(tx *bbolt.Tx, cd *codec, e *Encoded) error {
	key := []byte(e.id)
	texts, err := bucket(tx, bucketSearch)
	if err != nil {
		return err
	}
	value := e.search
	text := value.text()
	changed := true
	if old := texts.Get(key); old != nil {
		var prev searchEntry
		if err := cd.decode(bucketSearch, key, old, &prev); err != nil {
			return damage(err)
		}
		changed = !bytes.Equal(prev.text.people(), text.people())
	}
	if err := cd.putChanged(texts, bucketSearch, key, value); err != nil {
		return err
	}
	if !changed {
		return nil
	}
	return addSeen(tx, cd, e.seen)
}

// newestFirst sorts hits as conference.Newer does, moving positions while
// sorting and each hit once: a hit is two hundred bytes.
func newestFirst(hits []SearchHit) []SearchHit {
	if len(hits) < 2 {
		return hits
	}
	pos := make([]int32, len(hits))
	for i := range pos {
		pos[i] = int32(i)
	}
	slices.SortFunc(pos, func(i, j int32) int {
		a, b := &hits[i].Summary, &hits[j].Summary
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
			return c
		}
		return strings.Compare(string(a.ID), string(b.ID))
	})
	out := make([]SearchHit, len(hits))
	for i, p := range pos {
		out[i] = hits[p]
	}
	return out
}

// appendBasisText appends what was typed into legal bases.
func appendBasisText(t []string, list []conference.LegalBasis) []string {
	for _, b := range list {
		t = append(t, b.ReleasedBy, b.Released, b.Scope, b.Note)
	}
	return t
}
