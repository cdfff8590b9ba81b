package store

import (
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// reindexActions (6 → 7) writes every conference's actions index anew: the
// index (format 3) carries each action's agreement, so the follow-up list
// says, as the minutes do, whether the owner said yes.
func reindexActions(tx *bbolt.Tx, cd *codec) error {
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	actions, err := bucket(tx, bucketActions)
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
	for _, k := range keys {
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, confs.Get(k), &c); err != nil {
			return damage(err)
		}
		c.ID = conference.ID(k)
		idx := actionIndexOf(&c)
		if idx.empty() {
			if err := actions.Delete(k); err != nil {
				return err
			}
			continue
		}
		plain, err := idx.MarshalBinary()
		if err != nil {
			return err
		}
		data, err := cd.encode(bucketActions, k, marshalled(plain))
		if err != nil {
			return err
		}
		if err := actions.Put(k, data); err != nil {
			return err
		}
	}
	return nil
}
