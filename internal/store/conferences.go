package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"kofa/internal/conference"
)

// List returns the summaries of all conferences, newest first
// (conference.Newer). It reads only the summaries index, never a whole
// conference.
func (s *Store) List() ([]conference.Summary, error) {
	var out []conference.Summary
	err := s.view(func(tx *bbolt.Tx) (err error) {
		out, err = readSummaries(tx, s.cd)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readSummaries decodes the summaries index, newest first.
func readSummaries(tx *bbolt.Tx, cd *codec) ([]conference.Summary, error) {
	b, err := bucket(tx, bucketSummaries)
	if err != nil {
		return nil, err
	}
	// Sizing the slice first saves copying megabytes while it grows;
	// counting walks the same few pages that decoding reads next.
	out := make([]conference.Summary, 0, b.Stats().KeyN)
	var sum conference.Summary // one for all: passing it to decode moves it to the heap
	err = b.ForEach(func(k, v []byte) error {
		if err := cd.decode(bucketSummaries, k, v, &sum); err != nil {
			return damage(err)
		}
		out = append(out, sum)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sortNewestFirst(out), nil
}

// Get returns the conference with the ID, or ErrNotFound.
func (s *Store) Get(id conference.ID) (*conference.Conference, error) {
	var c *conference.Conference
	err := s.view(func(tx *bbolt.Tx) (err error) {
		c, err = s.readConference(tx, []byte(id))
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// readConference decodes the conference stored under key, or returns
// ErrNotFound.
func (s *Store) readConference(tx *bbolt.Tx, key []byte) (*conference.Conference, error) {
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return nil, err
	}
	data := confs.Get(key)
	if data == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	var c conference.Conference
	if err := s.cd.decode(bucketConferences, key, data, &c); err != nil {
		return nil, damage(err)
	}
	return &c, nil
}

// Save writes the conference, its summary, its indexes and one audit
// entry per change (stamped with Options.Now) in one transaction, on disk
// when Save returns. A conference without an ID gets a new one. Save does
// not touch UpdatedAt: the caller records when the change happened. A
// conference saved again and again while it runs is better encoded once
// per save by its owner and written with SaveEncoded.
func (s *Store) Save(c *conference.Conference, changes ...conference.Change) error {
	if c == nil {
		return errors.New("store: nil conference")
	}
	assign := c.ID == ""
	now := s.opts.Now()
	err := s.update(func(tx *bbolt.Tx) error {
		confs, err := bucket(tx, bucketConferences)
		if err != nil {
			return err
		}
		if assign {
			if c.ID, err = freshID(confs); err != nil {
				return err
			}
		}
		return putConference(tx, s.cd, c, changes, now)
	})
	if err != nil && assign {
		c.ID = "" // nothing was saved under it
	}
	return err
}

// SaveEncoded writes a conference its owner encoded (Encoder.Encode) as
// Save does. Its whole search text is written later (searchlater.go).
func (s *Store) SaveEncoded(e *Encoded, changes ...conference.Change) error {
	if e == nil {
		return errors.New("store: nil conference")
	}
	err := s.update(func(tx *bbolt.Tx) error {
		return putEncoded(tx, s.cd, e, changes, s.opts.Now())
	})
	if err == nil && e.pending {
		s.pending.add(e.id)
	}
	return err
}

// freshID draws conference IDs until one is unused.
func freshID(confs *bbolt.Bucket) (conference.ID, error) {
	for range 100 {
		id := conference.NewID()
		if confs.Get([]byte(id)) == nil {
			return id, nil
		}
	}
	return "", errors.New("store: no free conference ID")
}

// putConference writes c with its summary, its indexes (the whole search
// text) and audit entries for changes: for the writes of one conference
// at a time (Save, import, migration, the tracker).
func putConference(tx *bbolt.Tx, cd *codec, c *conference.Conference, changes []conference.Change, now time.Time) error {
	return putEncoded(tx, cd, prepare(c, false), changes, now)
}

// putEncoded writes the encoded conference e with its summary, indexes
// and audit entries for changes.
func putEncoded(tx *bbolt.Tx, cd *codec, e *Encoded, changes []conference.Change, now time.Time) error {
	key := []byte(e.id)
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	sums, err := bucket(tx, bucketSummaries)
	if err != nil {
		return err
	}
	data, err := cd.encode(bucketConferences, key, e.value)
	if err != nil {
		return err
	}
	if err := confs.Put(key, data); err != nil {
		return err
	}
	if err := putOrder(tx, cd, bytes.Clone(sums.Get(key)), e.sum); err != nil {
		return err
	}
	if data, err = cd.encode(bucketSummaries, key, e.sum); err != nil {
		return err
	}
	if err := sums.Put(key, data); err != nil {
		return err
	}
	if err := indexConference(tx, cd, e, now); err != nil {
		return err
	}
	if err := syncCooperation(tx, cd, e.coop); err != nil {
		return err
	}
	if len(changes) == 0 {
		return nil
	}
	audit, err := bucket(tx, bucketAudit)
	if err != nil {
		return err
	}
	return appendAuditEntries(audit, cd, key, changes, now)
}

// appendAuditEntries appends an entry for each change to the audit log of
// the conference under key (audit is the audit bucket).
func appendAuditEntries(audit *bbolt.Bucket, cd *codec, key []byte, changes []conference.Change, now time.Time) error {
	log, err := audit.CreateBucketIfNotExists(key)
	if err != nil {
		return err
	}
	name := auditBucketName(key)
	for _, ch := range changes {
		seq, err := log.NextSequence()
		if err != nil {
			return err
		}
		k := binary.BigEndian.AppendUint64(nil, seq)
		entry := conference.AuditEntry{At: now, Op: ch.Op, Path: ch.Path, Arg: ch.Arg}
		data, err := cd.encode(name, k, entry)
		if err != nil {
			return err
		}
		if err := log.Put(k, data); err != nil {
			return err
		}
	}
	return nil
}

// Audit returns the conference's audit log, oldest first.
func (s *Store) Audit(id conference.ID) ([]conference.AuditEntry, error) {
	var out []conference.AuditEntry
	err := s.view(func(tx *bbolt.Tx) error {
		confs, err := bucket(tx, bucketConferences)
		if err != nil {
			return err
		}
		key := []byte(id)
		if confs.Get(key) == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		audit, err := bucket(tx, bucketAudit)
		if err != nil {
			return err
		}
		log := audit.Bucket(key)
		if log == nil {
			return nil
		}
		name := auditBucketName(key)
		return log.ForEach(func(k, v []byte) error {
			var e conference.AuditEntry
			if err := s.cd.decode(name, k, v, &e); err != nil {
				return damage(err)
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// Delete removes the conference, its summary and its audit log in one
// transaction, then rewrites the file so that none of its text survives in
// free pages. When only the rewrite fails the error is a *RewriteError
// (errors.Is ErrNotCompacted) and the next Open rewrites the file.
func (s *Store) Delete(id conference.ID) error {
	if err := s.Verified(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	key := []byte(id)
	err := guard(s.path, func() error {
		return s.db.Update(func(tx *bbolt.Tx) error {
			confs, err := bucket(tx, bucketConferences)
			if err != nil {
				return err
			}
			if confs.Get(key) == nil {
				return fmt.Errorf("%w: %s", ErrNotFound, id)
			}
			sums, err := bucket(tx, bucketSummaries)
			if err != nil {
				return err
			}
			audit, err := bucket(tx, bucketAudit)
			if err != nil {
				return err
			}
			err = audit.DeleteBucket(key)
			if errors.Is(err, berrors.ErrBucketNotFound) {
				err = nil
			}
			return errors.Join(err, unorder(tx, s.cd, sums.Get(key)), confs.Delete(key), sums.Delete(key), unindexConference(tx, key),
				putRewriteDue(tx, RewriteDelete))
		})
	})
	if err != nil {
		return err
	}
	return s.rewriteLocked(RewriteDelete).Err
}

// bucket returns a top-level bucket; a missing one means a damaged store.
func bucket(tx *bbolt.Tx, name []byte) (*bbolt.Bucket, error) {
	b := tx.Bucket(name)
	if b == nil {
		return nil, damage(fmt.Errorf("bucket %q is missing", name))
	}
	return b, nil
}
