package store

import (
	"encoding/binary"
	"hash/fnv"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// A follow-up conference reviews the actions of the conference it follows,
// and those actions' histories must say so: the follow-up list, the list
// of conferences and the minutes' "status today" all read an action's
// status from its own conference. So a save of a follow-up whose review
// changed also records the review in the conference it follows, in the
// same transaction (propagateReview). The other way round, a status
// recorded for an action in the follow-up list reaches the review of a
// follow-up not held yet (propagateStatus).

// reviewDigest sums up what the review of follow-up c says and whether it
// was held: a save compares it with the stored one and records the review
// in the conference c follows only when it changed. It is never 0 for a
// follow-up.
func reviewDigest(c *conference.Conference) uint64 {
	h := fnv.New64a()
	var buf []byte
	add := func(s string) {
		buf = binary.AppendUvarint(buf[:0], uint64(len(s)))
		buf = append(buf, s...)
		h.Write(buf)
	}
	add(c.Date.String())
	if held(c) {
		add("held")
	}
	for _, o := range c.ReviewOutcomes() {
		add(o.ActionID)
		add(o.Entry.Status)
		add(o.Entry.Note)
		add(o.Entry.On.String())
		buf = binary.AppendVarint(buf[:0], int64(o.Entry.CarriedTo))
		h.Write(buf)
	}
	return h.Sum64() | 1
}

// held reports whether follow-up c was held: it started.
func held(c *conference.Conference) bool { return c.Status != conference.StatusPreparing }

// review is what a save of a follow-up carries for the conference it
// follows: plain data, so that it travels in an Encoded.
type review struct {
	id, followUpOf conference.ID
	date           conference.Date
	held           bool
	outcomes       []conference.ReviewOutcome
}

// reviewOf is the review of c, nil when c is no follow-up.
func reviewOf(c *conference.Conference) *review {
	if c.FollowUpOf == "" {
		return nil
	}
	return &review{id: c.ID, followUpOf: c.FollowUpOf, date: c.Date, held: held(c), outcomes: c.ReviewOutcomes()}
}

// propagateReview records in the conference c follows what c's review says
// about each of its actions (conference.ApplyReviews), and once c was
// held, that its review date is fulfilled. A deleted predecessor is left
// alone: the review stays in c.
func propagateReview(tx *bbolt.Tx, cd *codec, c *review, now time.Time) error {
	if c == nil {
		return nil
	}
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	key := []byte(c.followUpOf)
	data := confs.Get(key)
	if data == nil || c.followUpOf == c.id {
		return nil
	}
	var prev conference.Conference
	if err := cd.decode(bucketConferences, key, data, &prev); err != nil {
		return damage(err)
	}
	prev.ID = c.followUpOf
	var changes []conference.Change
	if prev.ApplyReviews(c.id, c.date, c.outcomes, now) {
		changes = append(changes, conference.Change{Op: conference.OpUpdate, Path: "status_log", Arg: "review " + string(c.id)})
	}
	if c.held && prev.ReviewHeld.IsZero() {
		prev.ReviewHeld = c.date
		changes = append(changes, conference.Change{Op: conference.OpUpdate, Path: "review_held", Arg: string(c.id)})
	}
	if len(changes) == 0 {
		return nil
	}
	prev.Touch(now)
	return putConference(tx, cd, &prev, changes, now)
}

// followUpsOf returns the IDs of the conferences that follow id, in the
// order of the actions index (by ID). Only the head of each index value is
// read.
func followUpsOf(tx *bbolt.Tx, cd *codec, id conference.ID) ([]conference.ID, error) {
	var out []conference.ID
	err := eachFollowUp(tx, cd, func(followUp, of conference.ID) {
		if of == id {
			out = append(out, followUp)
		}
	})
	return out, err
}

// eachFollowUp calls fn with every follow-up and the conference it
// follows, as the actions index has them.
func eachFollowUp(tx *bbolt.Tx, cd *codec, fn func(followUp, of conference.ID)) error {
	actions, err := bucket(tx, bucketActions)
	if err != nil {
		return err
	}
	return actions.ForEach(func(k, v []byte) error {
		plain := v
		if cd != nil && cd.sealer != nil {
			if plain, err = cd.sealer.open(bucketActions, k, v); err != nil {
				return damage(err)
			}
		}
		if of := followUpOf(plain); of != "" {
			fn(conference.ID(k), of)
		}
		return nil
	})
}

// propagateStatus shows a status just recorded for action actionID of
// conference prev in the review of each follow-up of prev not held yet:
// the review lists the action's history as it is, and an action now
// settled is reviewed with that status (as NewFollowUp does).
func propagateStatus(tx *bbolt.Tx, cd *codec, prev *conference.Conference, actionID string, now time.Time) error {
	ids, err := followUpsOf(tx, cd, prev.ID)
	if err != nil {
		return err
	}
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	for _, id := range ids {
		data := confs.Get([]byte(id))
		if data == nil {
			continue
		}
		var c conference.Conference
		if err := cd.decode(bucketConferences, []byte(id), data, &c); err != nil {
			return damage(err)
		}
		c.ID = id
		if held(&c) || !c.RefreshPrevious(prev, actionID) {
			continue
		}
		c.Touch(now)
		ch := conference.Change{Op: conference.OpUpdate, Path: "reviews/" + actionID, Arg: "status " + string(prev.ID)}
		if err := putConference(tx, cd, &c, []conference.Change{ch}, now); err != nil {
			return err
		}
	}
	return nil
}
