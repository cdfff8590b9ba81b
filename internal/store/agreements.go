package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// The register of cooperation agreements (bucket agreements, see
// schema.go). The bucket came after schema 5 without a new schema: it is
// made by the first write that needs it, and a store without it has no
// agreements. Older kofas of the same schema leave it alone; Encrypt and
// ChangePassphrase seal every bucket, this one too.
//
// An agreement is changed in two places: on its own screen (and the
// command line), which writes the register at once (SaveAgreement), and
// in a network meeting, which records the agreement as the meeting leaves
// it in the conference (Conference.Cooperation). Every save of a network
// meeting brings the register up to date with that record
// (syncCooperation), by one rule: the last place that changed an
// agreement owns it until someone else changes it. A meeting's record
// wins over the register's version when the register's came from that
// same meeting (its own earlier save, or its undo), or when the record is
// the later change. So a meeting re-saved later (a status recorded in the
// follow-up list) never undoes a change made on the agreement's screen
// since, and undoing in the meeting what the meeting did takes it back in
// the register too: an agreement it made goes, one it changed returns to
// how it was before. An agreement deleted from the register leaves a
// tombstone (its ID and when, nothing else), so that no meeting brings it
// back with an older record.

// Errors of the register.
var (
	// ErrAgreementNotFound: no agreement with that ID.
	ErrAgreementNotFound = errors.New("store: cooperation agreement not found")
)

// agreementValue is an agreement as the register stores it: the agreement,
// the meeting that last wrote it ("" for its own screen), the version
// before that meeting first changed it (nil when the meeting made it), or
// only the time it was deleted. JSON {"v":1,"a":...,"src":...,"prior":...}.
type agreementValue struct {
	A       *conference.CooperationAgreement `json:"a,omitempty"`
	Src     conference.ID                    `json:"src,omitempty"`
	Prior   *conference.CooperationAgreement `json:"prior,omitempty"`
	Deleted time.Time                        `json:"deleted,omitzero"`
}

const agreementFormat = 1

type agreementEnvelope struct {
	V int `json:"v"`
	agreementValue
}

// MarshalBinary implements encoding.BinaryMarshaler for the codec.
func (v *agreementValue) MarshalBinary() ([]byte, error) {
	return json.Marshal(agreementEnvelope{V: agreementFormat, agreementValue: *v})
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler for the codec.
func (v *agreementValue) UnmarshalBinary(data []byte) error {
	var env agreementEnvelope
	if err := json.Unmarshal(data, &env); err != nil {
		return err
	}
	if env.V != agreementFormat {
		return fmt.Errorf("unknown agreement format %d", env.V)
	}
	if env.A == nil && env.Deleted.IsZero() {
		return errors.New("no agreement in the value")
	}
	*v = env.agreementValue
	return nil
}

// clean cleans the texts of what was read (CooperationAgreement.CleanText).
func (v *agreementValue) clean() {
	for _, a := range []*conference.CooperationAgreement{v.A, v.Prior} {
		if a != nil {
			a.CleanText()
		}
	}
}

// gone reports whether the value is a tombstone.
func (v *agreementValue) gone() bool { return v.A == nil }

// Agreements returns the register, sorted as conference.CompareAgreements
// (reviews due first, ended ones last).
func (s *Store) Agreements() ([]conference.CooperationAgreement, error) {
	var out []conference.CooperationAgreement
	err := s.view(func(tx *bbolt.Tx) error {
		return eachAgreement(tx, s.cd, func(_ []byte, v *agreementValue) error {
			if !v.gone() {
				out = append(out, *v.A)
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, conference.CompareAgreements)
	return out, nil
}

// Agreement returns the agreement with the ID, or ErrAgreementNotFound.
func (s *Store) Agreement(id string) (*conference.CooperationAgreement, error) {
	var out *conference.CooperationAgreement
	err := s.view(func(tx *bbolt.Tx) error {
		v, err := getAgreement(tx, s.cd, id)
		if err != nil {
			return err
		}
		if v == nil || v.gone() {
			return fmt.Errorf("%w: %s", ErrAgreementNotFound, id)
		}
		out = v.A
		return nil
	})
	return out, err
}

// SaveAgreement writes an agreement changed on its own screen or the
// command line: a new one (no ID) gets an ID and its creation time.
// UpdatedAt is the caller's. An agreement deleted meanwhile is not made
// again under its ID: ErrAgreementNotFound.
func (s *Store) SaveAgreement(a *conference.CooperationAgreement) error {
	if a == nil {
		return errors.New("store: nil agreement")
	}
	return s.update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketAgreements)
		if err != nil {
			return err
		}
		fresh := a.ID == ""
		if fresh {
			if a.ID, err = freshAgreementID(b); err != nil {
				return err
			}
			if a.CreatedAt.IsZero() {
				a.CreatedAt = a.UpdatedAt
			}
		}
		cur, err := getAgreement(tx, s.cd, a.ID)
		if err != nil {
			return err
		}
		if !fresh && (cur == nil || cur.gone()) {
			return fmt.Errorf("%w: %s", ErrAgreementNotFound, a.ID)
		}
		saved := a.Copy()
		return putAgreement(b, s.cd, a.ID, &agreementValue{A: &saved})
	})
}

// DeleteAgreement removes the agreement from the register, leaving its
// tombstone (stamped with the store's clock).
func (s *Store) DeleteAgreement(id string) error {
	return s.update(func(tx *bbolt.Tx) error {
		cur, err := getAgreement(tx, s.cd, id)
		if err != nil {
			return err
		}
		if cur == nil || cur.gone() {
			return fmt.Errorf("%w: %s", ErrAgreementNotFound, id)
		}
		b := tx.Bucket(bucketAgreements)
		return putAgreement(b, s.cd, id, &agreementValue{Deleted: s.opts.Now()})
	})
}

// freshAgreementID draws IDs until one is unused (a tombstone's too).
func freshAgreementID(b *bbolt.Bucket) (string, error) {
	for range 100 {
		id := string(conference.NewID())
		if b.Get([]byte(id)) == nil {
			return id, nil
		}
	}
	return "", errors.New("store: no free agreement ID")
}

// getAgreement reads the register's value for id: nil when there is
// none (or no register yet).
func getAgreement(tx *bbolt.Tx, cd *codec, id string) (*agreementValue, error) {
	b := tx.Bucket(bucketAgreements)
	if b == nil || id == "" {
		return nil, nil
	}
	data := b.Get([]byte(id))
	if data == nil {
		return nil, nil
	}
	var v agreementValue
	if err := cd.decode(bucketAgreements, []byte(id), data, &v); err != nil {
		return nil, damage(err)
	}
	v.clean()
	return &v, nil
}

// eachAgreement calls fn with every value of the register (none when
// there is no register yet).
func eachAgreement(tx *bbolt.Tx, cd *codec, fn func(key []byte, v *agreementValue) error) error {
	b := tx.Bucket(bucketAgreements)
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, data []byte) error {
		var v agreementValue
		if err := cd.decode(bucketAgreements, k, data, &v); err != nil {
			return damage(err)
		}
		v.clean()
		return fn(k, &v)
	})
}

func putAgreement(b *bbolt.Bucket, cd *codec, id string, v *agreementValue) error {
	key := []byte(id)
	data, err := cd.encode(bucketAgreements, key, v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// cooperation is what a save of a network meeting carries for the
// register: plain data, so that it travels in an Encoded.
type cooperation struct {
	id   conference.ID
	list []conference.CooperationAgreement
}

// cooperationOf is the record of c's agreements, nil when c is no network
// meeting (only a network meeting changes agreements).
func cooperationOf(c *conference.Conference) *cooperation {
	if c.Kind != conference.KindNetwork {
		return nil
	}
	out := &cooperation{id: c.ID, list: make([]conference.CooperationAgreement, 0, len(c.Cooperation))}
	for _, a := range c.Cooperation {
		out.list = append(out.list, a.Copy())
	}
	return out
}

// syncCooperation brings the register up to date with what the meeting
// recorded (see the comment at the top of this file).
func syncCooperation(tx *bbolt.Tx, cd *codec, m *cooperation) error {
	if m == nil || (len(m.list) == 0 && tx.Bucket(bucketAgreements) == nil) {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketAgreements)
	if err != nil {
		return err
	}
	recorded := make(map[string]bool, len(m.list))
	for i := range m.list {
		a := &m.list[i]
		recorded[a.ID] = true
		cur, err := getAgreement(tx, cd, a.ID)
		if err != nil {
			return err
		}
		next, ok := meetingWrites(m.id, a, cur)
		if ok {
			if err := putAgreement(b, cd, a.ID, next); err != nil {
				return err
			}
		}
	}
	// What the meeting wrote and no longer records (undone, removed)
	// goes back to how it was before the meeting.
	type undo struct {
		key  []byte
		back *conference.CooperationAgreement
	}
	var undos []undo
	err = eachAgreement(tx, cd, func(k []byte, v *agreementValue) error {
		if !v.gone() && v.Src == m.id && !recorded[string(k)] {
			undos = append(undos, undo{slices.Clone(k), v.Prior})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, u := range undos {
		if u.back == nil {
			err = b.Delete(u.key)
		} else {
			err = putAgreement(b, cd, string(u.key), &agreementValue{A: u.back})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// meetingWrites decides what the register holds for agreement a as
// meeting m recorded it, given what it holds now (cur, nil for nothing);
// ok is false when it stays as it is.
func meetingWrites(m conference.ID, a *conference.CooperationAgreement, cur *agreementValue) (*agreementValue, bool) {
	switch {
	case cur == nil:
		return &agreementValue{A: a, Src: m}, true
	case cur.gone():
		if !a.UpdatedAt.After(cur.Deleted) {
			return nil, false // deleted after the meeting's change
		}
		return &agreementValue{A: a, Src: m}, true
	case cur.Src == m:
		if cur.A.Equal(*a) {
			return nil, false
		}
		return &agreementValue{A: a, Src: m, Prior: cur.Prior}, true
	case a.UpdatedAt.After(cur.A.UpdatedAt):
		return &agreementValue{A: a, Src: m, Prior: cur.A}, true
	}
	return nil, false // changed elsewhere since: that version stays
}
