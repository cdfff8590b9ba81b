package store

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// The search text of a conference is the folded copy of all its text,
// 200 KB for a large one. Writing it on every save while the conference
// runs (a save every 300 ms of typing) would more than double what each
// save writes, for a search nobody runs during the meeting. So Save writes
// a pending value instead, holding only the people sections (to keep the
// directory in step), and the store writes the whole text later: when it
// is closed (kofa quits). Until then, and after a crash that left pending
// values behind, Search builds the text of a pending conference from the
// conference itself, so it always finds what is there.

// pendingFormat is the first byte of a pending search value.
const pendingFormat = 2

// pendingValueOf is the pending search value of c: its people sections.
func pendingValueOf(c *conference.Conference) searchValue {
	return buildSearchText(c, pendingFormat, peopleSections)
}

// peopleSections is how many of searchSections a pending value holds: the
// case code, the topic, the participants and their institutions.
const peopleSections = secText

// pendingText builds the search text of the conference under key, whose
// stored value is pending, from the conference.
func (s *Store) pendingText(tx *bbolt.Tx, key []byte) (searchText, error) {
	c, err := s.readConference(tx, key)
	if errors.Is(err, ErrNotFound) {
		return nil, damage(fmt.Errorf("search text of %s without its conference", key))
	}
	if err != nil {
		return nil, err
	}
	return searchTextOf(c).text(), nil
}

// pendingSearch is the set of conferences this Store saved with a pending
// search value.
type pendingSearch struct {
	mu  sync.Mutex
	ids map[conference.ID]struct{}
}

func (p *pendingSearch) add(id conference.ID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ids == nil {
		p.ids = map[conference.ID]struct{}{}
	}
	p.ids[id] = struct{}{}
}

// take returns the set, emptied.
func (p *pendingSearch) take() []conference.ID {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]conference.ID, 0, len(p.ids))
	for id := range p.ids {
		out = append(out, id)
	}
	p.ids = nil
	slices.Sort(out)
	return out
}

// settleSearch writes the whole search text of every conference this
// Store saved with a pending value, in one transaction. A conference
// deleted meanwhile is skipped. If it fails, the pending values stay,
// which Search handles; nothing is lost.
func (s *Store) settleSearch() error {
	ids := s.pending.take()
	if len(ids) == 0 {
		return nil
	}
	return s.update(func(tx *bbolt.Tx) error {
		texts, err := bucket(tx, bucketSearch)
		if err != nil {
			return err
		}
		for _, id := range ids {
			key := []byte(id)
			var entry searchEntry
			if v := texts.Get(key); v == nil {
				continue // deleted
			} else if err := s.cd.decode(bucketSearch, key, v, &entry); err != nil {
				return damage(err)
			}
			if !entry.pending {
				continue // written whole since (an import)
			}
			c, err := s.readConference(tx, key)
			if err != nil {
				return err
			}
			data, err := s.cd.encode(bucketSearch, key, searchTextOf(c))
			if err != nil {
				return err
			}
			if err := texts.Put(key, data); err != nil {
				return err
			}
		}
		return nil
	})
}
