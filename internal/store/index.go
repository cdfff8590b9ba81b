package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// The indexes of schema 3 are kept in step with the conferences inside the
// transaction that writes or deletes a conference (putConference, Delete),
// so the tracker and the search never see a conference they disagree with.

// indexConference updates the actions index, the search text and the
// directory for the encoded conference e. When e is a follow-up whose
// review changed, the conference it follows records the review
// (propagate.go), stamped now; a zero now (a migration before schema 5,
// which has no order index yet) records nothing.
func indexConference(tx *bbolt.Tx, cd *codec, e *Encoded, now time.Time) error {
	key := []byte(e.id)
	actions, err := bucket(tx, bucketActions)
	if err != nil {
		return err
	}
	idx := &e.actions
	if !now.IsZero() && idx.FollowUpOf != "" && idx.Reviews != reviewsOf(cd.plain(actions, bucketActions, key)) {
		// The review changed (or the follow-up was held): the
		// conference it follows records it.
		if err := propagateReview(tx, cd, e.review, now); err != nil {
			return err
		}
	}
	if !now.IsZero() && len(e.handedOver) > 0 {
		if err := propagateHandover(tx, cd, e.id, e.handedOver, now); err != nil {
			return err
		}
	}
	if idx.empty() {
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
		return indexConference(tx, cd, prepare(&c, false), time.Time{})
	})
}

// actionIndex is the tracker's view of one conference: every action with
// its status history, and for a follow-up conference the conference it
// follows and a digest of what its review says (see propagate.go).
type actionIndex struct {
	// Reviews is the digest of the review (reviewDigest); 0 for a
	// conference that is no follow-up.
	Reviews    uint64
	FollowUpOf conference.ID
	Title      string
	ConfDate   conference.Date
	Actions    []indexedAction
	// Duties are the conference's open duties besides its actions
	// (conference.OpenDuties; duties.go), since format 4.
	Duties []indexedDuty
}

type indexedAction struct {
	ID, What, Owner, Institution string
	Due                          conference.Date
	// Open is conference.ActionOpen of the action; History its entries.
	Open    bool
	History []conference.StatusEntry
	// Agreement is the state of the owner's yes (Action.Agreement).
	Agreement conference.AgreementState
}

// empty reports whether the index says nothing worth keeping.
func (idx *actionIndex) empty() bool {
	return len(idx.Actions) == 0 && idx.FollowUpOf == "" && len(idx.Duties) == 0
}

func actionIndexOf(c *conference.Conference) actionIndex {
	idx := actionIndex{Title: c.Title(), ConfDate: c.Date, FollowUpOf: c.FollowUpOf}
	if c.FollowUpOf != "" {
		idx.Reviews = reviewDigest(c)
	}
	var history map[string][]conference.StatusEntry
	if len(c.StatusLog) > 0 {
		history = make(map[string][]conference.StatusEntry, len(c.StatusLog))
		for _, s := range c.StatusLog {
			history[s.ActionID] = append(history[s.ActionID], s.StatusEntry)
		}
	}
	for _, a := range c.Actions {
		ia := indexedAction{ID: a.ID, What: a.What, Institution: a.Institution, Due: a.Due, History: history[a.ID]}
		ia.Open = len(ia.History) == 0 || !ia.History[len(ia.History)-1].Closes()
		ia.Agreement = a.Agreement().State
		if p := c.Participant(a.OwnerID); p != nil {
			ia.Owner = p.Name
		}
		idx.Actions = append(idx.Actions, ia)
	}
	idx.Duties = dutiesOf(c)
	return idx
}

// actionsFormat is the first byte of an actions index value. Layout:
//
//	byte     format
//	8 bytes  Reviews, big-endian (at a fixed place: a save compares it
//	         with the stored one without decoding the rest)
//	string   FollowUpOf, Title
//	date     ConfDate
//	uvarint  number of actions, then each:
//	         string ID, What, Owner, Institution; date Due;
//	         byte flags: bit 0 open, bits 1-2 the agreement
//	         (conference.AgreementState);
//	         uvarint number of status entries, then each:
//	         string Status, By, Note, In; date On, InDate; instant At;
//	         varint CarriedTo
//
//	         then, since format 4: uvarint number of duties, then each:
//	         string Kind, ID, Recipient, Document, Owner, Institution;
//	         date Due
//
// string, date and instant as in summarycodec.go. Format 1 (schema 3 and
// 4) held the open actions only, format 2 (schema 5 and 6) no agreement,
// format 3 (schema 7) no duties; the migrations to schema 5, 7 and 8
// rewrite them.
const actionsFormat = 4

// knownActionsFormat reports whether a stored value's first byte is a
// format this kofa reads: the current one, or format 3, whose layout is
// the same up to the duties it lacks.
func knownActionsFormat(b byte) bool { return b == actionsFormat || b == 3 }

func (idx *actionIndex) MarshalBinary() ([]byte, error) {
	size := 1 + 8 + len(idx.FollowUpOf) + len(idx.Title) + 32
	for _, a := range idx.Actions {
		size += len(a.ID) + len(a.What) + len(a.Owner) + len(a.Institution) + 32
		for _, e := range a.History {
			size += len(e.Status) + len(e.By) + len(e.Note) + len(e.In) + 48
		}
	}
	b := make([]byte, 1, size)
	b[0] = actionsFormat
	b = binary.BigEndian.AppendUint64(b, idx.Reviews)
	b = appendString(b, string(idx.FollowUpOf))
	b = appendString(b, idx.Title)
	b = appendDate(b, idx.ConfDate)
	b = binary.AppendUvarint(b, uint64(len(idx.Actions)))
	for _, a := range idx.Actions {
		for _, s := range []string{a.ID, a.What, a.Owner, a.Institution} {
			b = appendString(b, s)
		}
		b = appendDate(b, a.Due)
		flags := byte(a.Agreement&3) << 1
		if a.Open {
			flags |= 1
		}
		b = append(b, flags)
		b = binary.AppendUvarint(b, uint64(len(a.History)))
		for _, e := range a.History {
			for _, s := range []string{e.Status, e.By, e.Note, string(e.In)} {
				b = appendString(b, s)
			}
			b = appendDate(b, e.On)
			b = appendDate(b, e.InDate)
			b = appendInstant(b, e.At)
			b = binary.AppendVarint(b, int64(e.CarriedTo))
		}
	}
	return idx.appendDuties(b), nil
}

// reviewsOf reads the digest of the review from a stored index value (0
// when there is none or it is of another format).
func reviewsOf(plain []byte) uint64 {
	if len(plain) < 9 || !knownActionsFormat(plain[0]) {
		return 0
	}
	return binary.BigEndian.Uint64(plain[1:9])
}

// followUpOf reads the conference a stored index value's conference
// follows, without decoding the rest.
func followUpOf(plain []byte) conference.ID {
	if len(plain) < 9 || !knownActionsFormat(plain[0]) {
		return ""
	}
	r := summaryReader{b: plain[9:]}
	id := r.bytes()
	if r.err != nil {
		return ""
	}
	return conference.ID(id)
}

// UnmarshalBinary reuses idx's slices, and makes all strings of the value
// from one copy of it, so the tracker decodes thousands of values with one
// allocation each (and one per action with a history).
func (idx *actionIndex) UnmarshalBinary(data []byte) error {
	if len(data) < 9 || !knownActionsFormat(data[0]) {
		return errors.New("actions index: unknown format")
	}
	idx.Reviews = binary.BigEndian.Uint64(data[1:9])
	r := summaryReader{b: data[9:]}
	all := string(data[9:])
	str := func() string {
		b := r.bytes()
		end := len(all) - len(r.b) // r.b is always a tail of the value
		return all[end-len(b) : end]
	}
	idx.FollowUpOf = conference.ID(str())
	idx.Title = str()
	idx.ConfDate = r.date()
	n := r.count()
	idx.Actions = idx.Actions[:0]
	for range n {
		var a indexedAction
		a.ID, a.What, a.Owner, a.Institution = str(), str(), str(), str()
		a.Due = r.date()
		if len(r.b) == 0 {
			r.err = errShortSummary
			break
		}
		a.Open = r.b[0]&1 == 1
		a.Agreement = conference.AgreementState(r.b[0] >> 1 & 3)
		r.b = r.b[1:]
		if h := r.count(); h > 0 {
			a.History = make([]conference.StatusEntry, 0, h)
			for range h {
				var e conference.StatusEntry
				e.Status, e.By, e.Note = str(), str(), str()
				e.In = conference.ID(str())
				e.On, e.InDate = r.date(), r.date()
				e.At = r.instant()
				e.CarriedTo = int(r.varint())
				a.History = append(a.History, e)
			}
		}
		idx.Actions = append(idx.Actions, a)
	}
	idx.Duties = idx.Duties[:0]
	if data[0] >= 4 && r.err == nil {
		idx.readDuties(&r, str)
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
