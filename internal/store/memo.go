package store

import (
	"bytes"
	"encoding/json"

	"kofa/internal/conference"
)

// Saving a conference while it runs encodes all of it again, about every
// 300 ms of typing: for a large one (500 contributions, 200 actions) that
// is 270 KB of JSON, most of it the same as a moment ago, and it is
// encoded on the event loop of the TUI (encoded.go). The memo keeps what
// the last encoding made of each list element, keyed by the element's
// value, and reuses it when the value is unchanged. Each Encoder has its
// own, holding the parts of its conference's last encoding, a few hundred
// KB; it is used by one goroutine at a time.

// memo is the reuse of encodings between saves. The zero value is ready.
type memo struct {
	chronology    elemMemo[conference.ChronologyEntry]
	contributions elemMemo[conference.Contribution]
	risks         elemMemo[conference.RiskEntry]
	protective    elemMemo[conference.Strength]
	safety        elemMemo[conference.Strength]
	ratings       elemMemo[conference.Rating]
	actions       elemMemo[conference.Action]
	reviews       elemMemo[conference.ActionReview]
}

// memoList is one list field of the conference whose elements the memo
// encodes one by one: its JSON name, which must have omitempty (the list
// is taken out of the conference and appended after the other fields,
// only when it has elements; memo_test checks the tags), and how to take
// it out and encode it.
type memoList struct {
	name   string
	take   func(c *conference.Conference) (empty bool)
	encode func(m *memo, b []byte, c *conference.Conference) ([]byte, error)
}

// memoLists are the long lists of a conference.
var memoLists = []memoList{
	listOf("chronology", func(c *conference.Conference) *[]conference.ChronologyEntry { return &c.Chronology }, func(m *memo) *elemMemo[conference.ChronologyEntry] { return &m.chronology }),
	listOf("contributions", func(c *conference.Conference) *[]conference.Contribution { return &c.Contributions }, func(m *memo) *elemMemo[conference.Contribution] { return &m.contributions }),
	listOf("risks", func(c *conference.Conference) *[]conference.RiskEntry { return &c.Risks }, func(m *memo) *elemMemo[conference.RiskEntry] { return &m.risks }),
	listOf("protective_factors", func(c *conference.Conference) *[]conference.Strength { return &c.ProtectiveFactors }, func(m *memo) *elemMemo[conference.Strength] { return &m.protective }),
	listOf("existing_safety", func(c *conference.Conference) *[]conference.Strength { return &c.ExistingSafety }, func(m *memo) *elemMemo[conference.Strength] { return &m.safety }),
	listOf("ratings", func(c *conference.Conference) *[]conference.Rating { return &c.Ratings }, func(m *memo) *elemMemo[conference.Rating] { return &m.ratings }),
	listOf("actions", func(c *conference.Conference) *[]conference.Action { return &c.Actions }, func(m *memo) *elemMemo[conference.Action] { return &m.actions }),
	listOf("reviews", func(c *conference.Conference) *[]conference.ActionReview { return &c.Reviews }, func(m *memo) *elemMemo[conference.ActionReview] { return &m.reviews }),
}

func listOf[T comparable](name string, field func(*conference.Conference) *[]T, cache func(*memo) *elemMemo[T]) memoList {
	return memoList{
		name: name,
		take: func(c *conference.Conference) bool {
			empty := len(*field(c)) == 0
			*field(c) = nil
			return empty
		},
		encode: func(m *memo, b []byte, c *conference.Conference) ([]byte, error) {
			return cache(m).appendList(b, *field(c))
		},
	}
}

// encodeConference returns the stored form of c: the same JSON document
// as json.Marshal of its envelope, but with the long lists as the last
// fields of the conference object, their elements' encodings reused where
// unchanged. Decoding does not care about the order of fields.
func (m *memo) encodeConference(c *conference.Conference) ([]byte, error) {
	rest := *c // a shallow copy; the lists are taken out of it, not out of c
	var lists []memoList
	for _, l := range memoLists {
		if !l.take(&rest) {
			lists = append(lists, l)
		}
	}
	head, err := json.Marshal(conferenceEnvelope{V: conferenceFormat, C: &rest})
	if err != nil {
		return nil, err
	}
	// head ends with the conference object's "}" and the envelope's "}";
	// the conference object is never empty ("phases" has no omitempty).
	end := len(head) - 2
	if end < 0 || !bytes.HasSuffix(head, []byte("}}")) {
		return head, nil // not the shape this relies on: keep json's own
	}
	out := make([]byte, 0, 2*len(head)+m.lastSize())
	out = append(out, head[:end]...)
	for _, l := range lists {
		out = append(out, ',', '"')
		out = append(out, l.name...)
		out = append(out, '"', ':')
		if out, err = l.encode(m, out, c); err != nil {
			return nil, err
		}
	}
	return append(out, '}', '}'), nil
}

// lastSize is the size of the list encodings kept: about the size of the
// next conference's lists.
func (m *memo) lastSize() int {
	return m.chronology.size + m.contributions.size + m.risks.size + m.protective.size +
		m.safety.size + m.ratings.size + m.actions.size + m.reviews.size
}

// elemMemo keeps the JSON of the elements of one list at its last
// encoding, by their place in the list. An element is reused when the one
// at its place then equals it: while a conference runs, lists change in
// place or grow at the end, and comparing unchanged strings costs next to
// nothing (they share their bytes). An element inserted in the middle
// makes the ones after it encoded again, once.
type elemMemo[T comparable] struct {
	vals []T
	encs [][]byte
	size int
}

// appendList appends the JSON array of list to b, as json.Marshal writes
// it, and keeps the elements' encodings for the next time.
func (e *elemMemo[T]) appendList(b []byte, list []T) ([]byte, error) {
	size := 0
	b = append(b, '[')
	for i, v := range list {
		if i > 0 {
			b = append(b, ',')
		}
		if i >= len(e.vals) || e.vals[i] != v {
			enc, err := json.Marshal(v)
			if err != nil {
				return nil, err
			}
			if i >= len(e.vals) {
				e.vals, e.encs = append(e.vals, v), append(e.encs, enc)
			} else {
				e.vals[i], e.encs[i] = v, enc
			}
		}
		size += len(e.encs[i]) + 1
		b = append(b, e.encs[i]...)
	}
	// What lies past the list now is no one's: let it go.
	clear(e.vals[len(list):])
	clear(e.encs[len(list):])
	e.vals, e.encs, e.size = e.vals[:len(list)], e.encs[:len(list)], size
	return append(b, ']'), nil
}
