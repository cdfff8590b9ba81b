package store

import (
	"encoding/binary"
	"errors"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// The home screen shows the newest conferences first, and its first frame
// needs only a screenful of them. The summaries are keyed by ID, so the
// newest can only be found by reading and sorting all of them (10 ms for
// 10,000, more on a cold start). The order index keys every conference by
// its place in the list, so that Newest reads one screenful.
//
// Its keys hold the conference's date and the time of its last change, in
// the clear: an encrypted store keeps the index empty, so that no date can
// be read without the passphrase, and Newest falls back to sorting.

// orderKeyLen is the length of an order key without the ID.
const orderKeyLen = 16

// orderKey is the key of s in the order index: ascending keys run as
// conference.Newer does (date, then last change, newest first; then ID),
// the order sortNewestFirst gives.
func orderKey(s conference.Summary) []byte {
	day := uint32(s.Date.Year)*512 + uint32(s.Date.Month)*32 + uint32(s.Date.Day)
	k := make([]byte, 0, orderKeyLen+len(s.ID))
	k = binary.BigEndian.AppendUint32(k, ^day)
	// A signed second flipped at its sign bit sorts as unsigned; negated,
	// newer comes first.
	k = binary.BigEndian.AppendUint64(k, ^(uint64(s.UpdatedAt.Unix()) ^ 1<<63))
	k = binary.BigEndian.AppendUint32(k, ^uint32(s.UpdatedAt.Nanosecond()))
	return append(k, s.ID...)
}

// putOrder moves the conference from its old place in the order index
// (old: its summary as stored before, nil when new) to that of summary s.
// An encrypted store (cd != nil) keeps no order index.
func putOrder(tx *bbolt.Tx, cd *codec, old []byte, s conference.Summary) error {
	if cd != nil {
		return nil
	}
	order, err := bucket(tx, bucketOrder)
	if err != nil {
		return err
	}
	if err := deleteOrder(order, old); err != nil {
		return err
	}
	return order.Put(orderKey(s), nil)
}

// deleteOrder removes the order key of the stored summary old (plain
// bytes; nil: none).
func deleteOrder(order *bbolt.Bucket, old []byte) error {
	if old == nil {
		return nil
	}
	prev, err := parseSummary(old)
	if err != nil {
		return damage(err)
	}
	return order.Delete(orderKey(prev))
}

// unorder removes the conference whose stored summary is old from the
// order index of a plain store.
func unorder(tx *bbolt.Tx, cd *codec, old []byte) error {
	if cd != nil || old == nil {
		return nil
	}
	order, err := bucket(tx, bucketOrder)
	if err != nil {
		return err
	}
	return deleteOrder(order, old)
}

// Newest returns the summaries of the n newest conferences (all, if
// fewer), in List's order. It reads n entries of the order index, or in
// an encrypted store all summaries.
func (s *Store) Newest(n int) ([]conference.Summary, error) {
	if s.cd != nil {
		list, err := s.List()
		return list[:min(n, len(list))], err
	}
	var out []conference.Summary
	err := s.view(func(tx *bbolt.Tx) error {
		order, err := bucket(tx, bucketOrder)
		if err != nil {
			return err
		}
		sums, err := bucket(tx, bucketSummaries)
		if err != nil {
			return err
		}
		c := order.Cursor()
		for k, _ := c.First(); k != nil && len(out) < n; k, _ = c.Next() {
			if len(k) <= orderKeyLen {
				return damage(errors.New("order key without an ID"))
			}
			id := k[orderKeyLen:]
			v := sums.Get(id)
			if v == nil {
				return damage(errors.New("order key without a summary"))
			}
			var sum conference.Summary
			if err := s.cd.decode(bucketSummaries, id, v, &sum); err != nil {
				return damage(err)
			}
			out = append(out, sum)
		}
		return nil
	})
	return out, err
}

// addOrder (3 → 4) builds the order index of a plain store from the
// summaries. From schema 4 on a search value may also be pending
// (searchlater.go), which a kofa of schema 3 would take for damage.
func addOrder(tx *bbolt.Tx, cd *codec) error {
	order, err := tx.CreateBucketIfNotExists(bucketOrder)
	if err != nil || cd != nil {
		return err
	}
	sums, err := bucket(tx, bucketSummaries)
	if err != nil {
		return err
	}
	return sums.ForEach(func(_, v []byte) error {
		s, err := parseSummary(v)
		if err != nil {
			return damage(err)
		}
		return order.Put(orderKey(s), nil)
	})
}
