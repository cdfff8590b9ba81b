package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bbolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"kofa/internal/conference"
)

// Imported is one archived conference with its audit log, as ImportAll
// writes it.
type Imported struct {
	Conference *conference.Conference
	Audit      []conference.AuditEntry
}

// Import writes one archived conference and its audit log; see ImportAll.
func (s *Store) Import(c *conference.Conference, audit []conference.AuditEntry, replace bool) error {
	return s.ImportAll([]Imported{{Conference: c, Audit: audit}}, replace)
}

// ImportAll writes archived conferences and their audit logs exactly as
// archived (no entry is added, so export -> import -> export of an archive
// gives the same bytes), all in one transaction: either every conference
// is written or, when anything fails (a conference that exists, a full
// disk), none is. An existing conference is replaced together with its
// whole audit log when replace is true; otherwise ImportAll returns
// ErrExists naming it.
func (s *Store) ImportAll(items []Imported, replace bool) error {
	seen := make(map[conference.ID]bool, len(items))
	for _, it := range items {
		c := it.Conference
		if c == nil || !conference.ValidID(string(c.ID)) {
			return errors.New("store: import needs a conference with a valid ID")
		}
		if seen[c.ID] {
			return fmt.Errorf("store: conference %s appears twice in the import", c.ID)
		}
		seen[c.ID] = true
	}
	if len(items) == 0 {
		return nil
	}
	now := s.opts.Now()
	return s.update(func(tx *bbolt.Tx) error {
		for _, it := range items {
			if err := s.importOne(tx, it, replace, now); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Store) importOne(tx *bbolt.Tx, it Imported, replace bool, now time.Time) error {
	c := it.Conference
	key := []byte(c.ID)
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	if confs.Get(key) != nil && !replace {
		return fmt.Errorf("%w: %s", ErrExists, c.ID)
	}
	if err := putConference(tx, s.cd, c, nil, now); err != nil {
		return err
	}
	logs, err := bucket(tx, bucketAudit)
	if err != nil {
		return err
	}
	if err := logs.DeleteBucket(key); err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
		return err
	}
	log, err := logs.CreateBucket(key)
	if err != nil {
		return err
	}
	name := auditBucketName(key)
	for _, e := range it.Audit {
		seq, err := log.NextSequence()
		if err != nil {
			return err
		}
		k := binary.BigEndian.AppendUint64(nil, seq)
		data, err := s.cd.encode(name, k, e)
		if err != nil {
			return err
		}
		if err := log.Put(k, data); err != nil {
			return err
		}
	}
	return nil
}
