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
