package store

import (
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// migration upgrades a store from schema version from to from+1.
type migration struct {
	from int
	run  func(tx *bbolt.Tx, cd *codec) error
}

// migrations, in order, one per version step up to SchemaVersion. They all
// run in one transaction: a store is upgraded completely or not at all.
var migrations = []migration{
	{from: 1, run: addSummaries},
	{from: 2, run: addIndexes},
	{from: 3, run: addOrder},
	{from: 4, run: addStatusHistory},
	{from: 5, run: upgradeConferences},
	{from: 6, run: reindexActions},
	{from: 7, run: addDuties},
}

// migrate brings the store in tx up to SchemaVersion; cd opens and seals
// the values of an encrypted store.
func migrate(tx *bbolt.Tx, cd *codec) error {
	version, err := readVersion(tx)
	if err != nil {
		return err
	}
	start := version
	for _, m := range migrations {
		if m.from < version {
			continue
		}
		if m.from != version {
			return fmt.Errorf("no migration from schema %d", version)
		}
		if err := m.run(tx, cd); err != nil {
			return fmt.Errorf("migration from schema %d: %w", m.from, err)
		}
		version++
	}
	if version != SchemaVersion {
		return fmt.Errorf("no migration from schema %d", version)
	}
	if version == start {
		return nil // another kofa upgraded it meanwhile
	}
	return tx.Bucket(bucketMeta).Put(keySchema, formatVersion(version))
}

// addSummaries (1 → 2) builds the summaries index from the conferences, so
// that listing no longer decodes every conference.
func addSummaries(tx *bbolt.Tx, cd *codec) error {
	summaries, err := tx.CreateBucketIfNotExists(bucketSummaries)
	if err != nil {
		return err
	}
	confs := tx.Bucket(bucketConferences)
	if confs == nil {
		return damage(errors.New("bucket conferences is missing"))
	}
	return confs.ForEach(func(k, v []byte) error {
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, v, &c); err != nil {
			return damage(err)
		}
		s := c.Summary()
		s.ID = conference.ID(k)
		data, err := cd.encode(bucketSummaries, k, s)
		if err != nil {
			return err
		}
		return summaries.Put(k, data)
	})
}

// upgradeConferences (5 → 6) writes every conference in the model of
// legal bases per person, crisis-plan entries and intensities (see
// conference.Upgrade, which decoding runs). Decoding upgrades already, so
// the version step is what matters most: it keeps an older kofa, which
// would drop the new fields on its next save, from opening the store.
// Writing the values back means no conference is upgraded again on every
// read. (A store coming from schema 4 was written anew by the step before,
// which decodes the same way.)
func upgradeConferences(tx *bbolt.Tx, cd *codec) error {
	confs := tx.Bucket(bucketConferences)
	if confs == nil {
		return damage(errors.New("bucket conferences is missing"))
	}
	type rewrite struct {
		key  []byte
		data []byte
	}
	var out []rewrite
	err := confs.ForEach(func(k, v []byte) error {
		var c conference.Conference
		if err := cd.decode(bucketConferences, k, v, &c); err != nil {
			return damage(err)
		}
		data, err := cd.encode(bucketConferences, k, &c)
		if err != nil {
			return err
		}
		out = append(out, rewrite{append([]byte(nil), k...), data})
		return nil
	})
	if err != nil {
		return err
	}
	// Put after the walk: bbolt does not allow changing a bucket while
	// ForEach runs over it.
	for _, r := range out {
		if err := confs.Put(r.key, r.data); err != nil {
			return err
		}
	}
	return nil
}
