package store

import (
	"errors"
	"strconv"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// RetentionDays is the retention period: conferences older than this many
// days are listed for export and deletion. 0 means none (the default).
func (s *Store) RetentionDays() (int, error) {
	days := 0
	err := s.view(func(tx *bbolt.Tx) error {
		meta, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		v := meta.Get(keyRetention)
		if v == nil {
			return nil
		}
		if days, err = strconv.Atoi(string(v)); err != nil || days < 0 {
			return damage(errors.New("invalid retention period"))
		}
		return nil
	})
	return days, err
}

// ErrInvalidRetention: a retention period is a number of days, 0 or more.
var ErrInvalidRetention = errors.New("store: invalid retention period")

// SetRetentionDays sets the retention period; 0 removes it.
func (s *Store) SetRetentionDays(days int) error {
	if days < 0 {
		return ErrInvalidRetention
	}
	return s.update(func(tx *bbolt.Tx) error {
		meta, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		if days == 0 {
			return meta.Delete(keyRetention)
		}
		return meta.Put(keyRetention, strconv.AppendInt(nil, int64(days), 10))
	})
}

// PastRetention returns the conferences of list (in its order) dated more
// than days before today: those the retention period says to export and
// delete. With no retention period (days 0) it returns none.
func PastRetention(list []conference.Summary, days int, today conference.Date) []conference.Summary {
	if days <= 0 {
		return nil
	}
	cutoff := today.AddDays(-days)
	var out []conference.Summary
	for _, s := range list {
		if !s.Date.IsZero() && s.Date.Before(cutoff) {
			out = append(out, s)
		}
	}
	return out
}
