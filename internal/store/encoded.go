package store

import (
	"errors"
	"strings"

	"kofa/internal/conference"
)

// A running conference is saved about every 300 ms of typing. Whoever
// changes it (the TUI's event loop) must not share it with the goroutine
// that writes, and must not copy it deeply on every save either: for a
// large conference a deep copy is a JSON round trip of 270 KB. So the
// owner encodes it, once per commit, into an Encoded, which holds nothing
// but bytes and strings and can travel to the writer; SaveEncoded writes
// it. The Encoder reuses what it made of unchanged list elements last
// time (memo.go), which keeps encoding well under a millisecond.

// Encoder encodes one conference again and again, for SaveEncoded. It is
// used by one goroutine at a time (the one that owns the conference).
type Encoder struct {
	m memo
}

// NewEncoder returns an encoder with nothing reused yet.
func NewEncoder() *Encoder { return &Encoder{} }

// Encoded is a conference encoded for saving: its stored value and what
// the indexes need of it. It shares no memory with the conference.
type Encoded struct {
	id    conference.ID
	value any // *conference.Conference (Save, bulk writes) or marshalled
	sum   conference.Summary
	// What the indexes need: the actions index, the search value (pending
	// for an Encoder's, whole for bulk writes) and the people the
	// directory learns of.
	actions actionIndex
	search  searchValue
	pending bool
	seen    []DirectoryEntry
	// review is what a follow-up's save records in the conference it
	// follows (propagate.go); nil for any other conference.
	review *review
	// coop is what a network meeting's save brings into the register of
	// cooperation agreements (agreements.go); nil for a case conference.
	coop *cooperation
	// handedOver is what a closed handover's save records in the
	// conferences its actions came from (handover.go); nil otherwise.
	handedOver map[conference.ID][]conference.ActionStatus
}

// ID is the conference's ID.
func (e *Encoded) ID() conference.ID { return e.id }

// Conference decodes the conference the value holds (for stores kept in
// memory by tests, and for checks); it is a new, independent copy.
func (e *Encoded) Conference() (*conference.Conference, error) {
	data, err := marshal(e.value)
	if err != nil {
		return nil, err
	}
	var c conference.Conference
	if err := unmarshal(data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Encode encodes c, which must have an ID. Its search text is left for
// later (searchlater.go): a running conference is saved again and again.
func (enc *Encoder) Encode(c *conference.Conference) (*Encoded, error) {
	if c.ID == "" {
		return nil, errors.New("store: encode a conference without ID")
	}
	plain, err := enc.m.encodeConference(c)
	if err != nil {
		return nil, err
	}
	e := prepare(c, true)
	e.value = marshalled(plain)
	return e, nil
}

// prepare derives from c everything a save writes besides the conference
// value, which it leaves to be c itself; with searchLater the search value
// is the pending one.
func prepare(c *conference.Conference, searchLater bool) *Encoded {
	e := &Encoded{id: c.ID, value: c, sum: c.Summary(), actions: actionIndexOf(c), pending: searchLater, review: reviewOf(c),
		coop: cooperationOf(c), handedOver: c.HandedOver()}
	if searchLater {
		e.search = pendingValueOf(c)
	} else {
		e.search = searchTextOf(c)
	}
	for _, p := range c.Participants {
		if !p.Family && strings.TrimSpace(p.Name) != "" {
			e.seen = append(e.seen, DirectoryEntry{Name: p.Name, Institution: p.Institution,
				InstitutionType: p.InstitutionType, Discipline: p.Discipline})
		}
	}
	return e
}
