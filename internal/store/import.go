package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	bbolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"kofa/internal/conference"
)

// Import writes an archived conference and its audit log exactly as
// archived (no entry is added, so export -> import -> export of an archive
// gives the same bytes), in one transaction. An existing conference is
// replaced together with its whole audit log when replace is true;
// otherwise Import returns ErrExists and writes nothing.
func (s *Store) Import(c *conference.Conference, audit []conference.AuditEntry, replace bool) error {
	if c == nil || !conference.ValidID(string(c.ID)) {
		return errors.New("store: import needs a conference with a valid ID")
	}
	key := []byte(c.ID)
	return s.update(func(tx *bbolt.Tx) error {
		confs, err := bucket(tx, bucketConferences)
		if err != nil {
			return err
		}
		if confs.Get(key) != nil && !replace {
			return fmt.Errorf("%w: %s", ErrExists, c.ID)
		}
		if err := putConference(tx, s.cd, c, nil, s.opts.Now()); err != nil {
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
		for _, e := range audit {
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
	})
}
