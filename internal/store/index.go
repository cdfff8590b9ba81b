package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// The indexes of schema 3 are kept in step with the conferences inside the
// transaction that writes or deletes a conference (putConference, Delete),
// so the tracker and the search never see a conference they disagree with.

// indexConference updates the actions index, the search text and the
// directory for the encoded conference e.
func indexConference(tx *bbolt.Tx, cd *codec, e *Encoded) error {
	key := []byte(e.id)
	actions, err := bucket(tx, bucketActions)
	if err != nil {
		return err
	}
	idx := &e.actions
	if len(idx.Open) == 0 && len(idx.Closed) == 0 {
		if err := actions.Delete(key); err != nil {
			return err
		}
	} else {
		plain, err := idx.MarshalBinary()
		if err != nil {
			return err
		}
		if err := cd.putChanged(actions, bucketActions, key, plain); err != nil {
			return err
		}
	}
	return indexSearch(tx, cd, e)
}

// unindexConference removes the conference from every index. The
// directory keeps the people: they were seen, and the directory is edited
// on its own.
func unindexConference(tx *bbolt.Tx, key []byte) error {
	var errs []error
	for _, name := range [][]byte{bucketActions, bucketSearch} {
		b, err := bucket(tx, name)
		if err == nil {
			err = b.Delete(key)
		}
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// addIndexes (2 → 3) builds the actions index, the search texts and the
// directory from the conferences.
func addIndexes(tx *bbolt.Tx, cd *codec) error {
	for _, name := range [][]byte{bucketActions, bucketSearch, bucketDirectory} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	return confs.ForEach(func(k, v []byte) error {
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, v, &c); err != nil {
			return damage(err)
		}
		c.ID = conference.ID(k)
		return indexConference(tx, cd, prepare(&c, false))
	})
}

// actionIndex is the tracker's view of one conference: its open actions,
// and the actions of the previous conference its review closed.
type actionIndex struct {
	Title    string
	ConfDate conference.Date
	Open     []indexedAction
	// Closed are "<conference ID>/<action ID>" of reviewed actions that
	// are done, not done (carried forward) or obsolete.
	Closed []string
}

type indexedAction struct {
	ID, What, Owner, Institution, FollowUp string
	Due                                    conference.Date
}

func actionIndexOf(c *conference.Conference) actionIndex {
	idx := actionIndex{Title: c.Title(), ConfDate: c.Date}
	for _, a := range c.Actions {
		if !a.Open() {
			continue
		}
		ia := indexedAction{ID: a.ID, What: a.What, Institution: a.Institution, FollowUp: a.FollowUp, Due: a.Due}
		if p := c.Participant(a.OwnerID); p != nil {
			ia.Owner = p.Name
		}
		idx.Open = append(idx.Open, ia)
	}
	if c.FollowUpOf != "" {
		for _, r := range c.Reviews {
			if r.CarriedTo != "" || (r.Status != conference.FollowUpOpen && r.Status != conference.FollowUpPartly) {
				idx.Closed = append(idx.Closed, string(c.FollowUpOf)+"/"+r.ActionID)
			}
		}
	}
	return idx
}

// actionsFormat is the first byte of an actions index value. Layout:
//
//	byte     format
//	string   Title
//	date     ConfDate
//	uvarint  number of open actions, then each:
//	         string ID, What, Owner, Institution, FollowUp; date Due
//	uvarint  number of closed origins, then each a string
//
// string and date as in summarycodec.go.
const actionsFormat = 1

func (idx *actionIndex) MarshalBinary() ([]byte, error) {
	size := 1 + len(idx.Title) + 32 + 16*len(idx.Closed)
	for _, a := range idx.Open {
		size += len(a.ID) + len(a.What) + len(a.Owner) + len(a.Institution) + len(a.FollowUp) + 32
	}
	for _, s := range idx.Closed {
		size += len(s)
	}
	b := make([]byte, 1, size)
	b[0] = actionsFormat
	b = appendString(b, idx.Title)
	b = appendDate(b, idx.ConfDate)
	b = binary.AppendUvarint(b, uint64(len(idx.Open)))
	for _, a := range idx.Open {
		for _, s := range []string{a.ID, a.What, a.Owner, a.Institution, a.FollowUp} {
			b = appendString(b, s)
		}
		b = appendDate(b, a.Due)
	}
	b = binary.AppendUvarint(b, uint64(len(idx.Closed)))
	for _, s := range idx.Closed {
		b = appendString(b, s)
	}
	return b, nil
}

// UnmarshalBinary reuses idx's slices, and makes all strings of the value
// from one copy of it, so the tracker decodes thousands of values with one
// allocation each.
func (idx *actionIndex) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != actionsFormat {
		return errors.New("actions index: unknown format")
	}
	r := summaryReader{b: data[1:]}
	all := string(data[1:])
	str := func() string {
		b := r.bytes()
		end := len(all) - len(r.b) // r.b is always a tail of the value
		return all[end-len(b) : end]
	}
	idx.Title = str()
	idx.ConfDate = r.date()
	n := r.count()
	idx.Open = idx.Open[:0]
	for range n {
		var a indexedAction
		a.ID, a.What, a.Owner, a.Institution, a.FollowUp = str(), str(), str(), str(), str()
		a.Due = r.date()
		idx.Open = append(idx.Open, a)
	}
	n = r.count()
	idx.Closed = idx.Closed[:0]
	for range n {
		idx.Closed = append(idx.Closed, str())
	}
	if r.err != nil {
		return fmt.Errorf("actions index: %w", r.err)
	}
	if len(r.b) != 0 {
		return errors.New("actions index: trailing bytes")
	}
	return nil
}

// count reads a number of items that follow; more than bytes are left
// means damage, not a reason to allocate.
func (r *summaryReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = errShortSummary
		return 0
	}
	return int(n)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendDate(b []byte, d conference.Date) []byte {
	b = binary.AppendVarint(b, int64(d.Year))
	b = binary.AppendUvarint(b, uint64(d.Month))
	return binary.AppendUvarint(b, uint64(d.Day))
}
