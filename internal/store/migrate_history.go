package store

import (
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// addStatusHistory (4 → 5) turns each action's single follow-up status
// into the first entry of its history (conference.UpgradeStatus, which
// decoding does), writes every conference, its summary (now with the
// follow-up flag) and its actions index (now every action with its
// history) again, and records the review of each follow-up conference in
// the conference it follows, as saving a follow-up does since
// (propagate.go). A follow-up also gets the readable name of the
// conference it follows (date and case code), for when that one is
// deleted.
func addStatusHistory(tx *bbolt.Tx, cd *codec) error {
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	var keys [][]byte
	if err := confs.ForEach(func(k, _ []byte) error {
		keys = append(keys, slices.Clone(k))
		return nil
	}); err != nil {
		return err
	}
	read := func(k []byte) (*conference.Conference, error) {
		data := confs.Get(k)
		if data == nil {
			return nil, nil
		}
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, data, &c); err != nil {
			return nil, damage(err)
		}
		c.ID = conference.ID(k)
		return &c, nil
	}
	var followUps [][]byte
	for _, k := range keys {
		c, err := read(k)
		if err != nil {
			return err
		}
		if c.FollowUpOf != "" {
			if prev, err := read([]byte(c.FollowUpOf)); err != nil {
				return err
			} else if prev != nil && c.Predecessor == (conference.Predecessor{}) {
				c.Predecessor = conference.Predecessor{Date: prev.Date, Title: prev.Title()}
			}
			followUps = append(followUps, k)
		}
		// A zero time: no review is recorded while the indexes are
		// rebuilt; that follows below, with every index in place.
		if err := putEncoded(tx, cd, prepare(c, false), nil, time.Time{}); err != nil {
			return err
		}
	}
	for _, k := range followUps {
		c, err := read(k)
		if err != nil {
			return err
		}
		if err := propagateReview(tx, cd, reviewOf(c), c.UpdatedAt); err != nil {
			return err
		}
	}
	return nil
}
