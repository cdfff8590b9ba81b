package store

import (
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// reindexActions (6 → 7) writes every conference's actions index anew: the
// index (format 3) carries each action's agreement, so the follow-up list
// says, as the minutes do, whether the owner said yes. Each later migration that changes the index format runs it again: the index
// is written as actionIndexOf makes it now, and an index that is already
// so is left as it is.
func reindexActions(tx *bbolt.Tx, cd *codec) error {
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	actions, err := bucket(tx, bucketActions)
	if err != nil {
		return err
	}
	type entry struct {
		key   []byte
		plain []byte // nil: no index
	}
	var out []entry
	err = confs.ForEach(func(k, v []byte) error {
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, v, &c); err != nil {
			return damage(err)
		}
		c.ID = conference.ID(k)
		idx := actionIndexOf(&c)
		e := entry{key: slices.Clone(k)}
		if !idx.empty() {
			if e.plain, err = idx.MarshalBinary(); err != nil {
				return err
			}
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return err
	}
	for _, e := range out {
		if e.plain == nil {
			err = actions.Delete(e.key)
		} else {
			err = cd.putChanged(actions, bucketActions, e.key, e.plain)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
