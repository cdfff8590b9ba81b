package store

import (
	"errors"
	"strconv"
	"strings"

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
		if days, err = strconv.Atoi(string(v)); err != nil || !conference.ValidRetention(days) {
			return damage(errors.New("invalid retention period"))
		}
		return nil
	})
	return days, err
}

// ErrInvalidRetention: a retention period is a number of days, 0 to
// conference.MaxRetentionDays.
var ErrInvalidRetention = errors.New("store: invalid retention period")

// SetRetentionDays sets the retention period; 0 removes it.
func (s *Store) SetRetentionDays(days int) error {
	if !conference.ValidRetention(days) {
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

// The person at the keyboard is remembered per store as a reference to
// their partner-directory entry: the meta bucket is not encrypted, so it
// holds only the entry's ID (a counter), never a name.

// KeyboardPerson returns the person kofa remembers as the one at the
// keyboard of this store, who facilitates and takes the minutes unless
// the opening says otherwise. ok is false when nobody is remembered, or
// their directory entry was deleted since.
func (s *Store) KeyboardPerson() (e DirectoryEntry, ok bool, err error) {
	err = s.view(func(tx *bbolt.Tx) error {
		meta, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		id := meta.Get(keyKeyboard)
		if id == nil {
			return nil
		}
		dir, err := bucket(tx, bucketDirectory)
		if err != nil {
			return err
		}
		v := dir.Get(id)
		if v == nil {
			return nil // deleted from the directory: forgotten
		}
		var ev entryValue
		if err := s.cd.decode(bucketDirectory, id, v, &ev); err != nil {
			return damage(err)
		}
		e, ok = DirectoryEntry(ev), true
		e.ID = string(id)
		return nil
	})
	return e, ok, err
}

// SetKeyboardPerson remembers e as the person at the keyboard: the
// directory entry with e's name and institution, added when the directory
// does not know them yet. A name left empty forgets the person.
func (s *Store) SetKeyboardPerson(e DirectoryEntry) error {
	return s.update(func(tx *bbolt.Tx) error {
		meta, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		if strings.TrimSpace(e.Name) == "" {
			return meta.Delete(keyKeyboard)
		}
		all, err := readDirectory(tx, s.cd)
		if err != nil {
			return err
		}
		id := ""
		for _, o := range all {
			if o.Same(e) {
				id = o.ID
				break
			}
		}
		if id == "" {
			dir, err := bucket(tx, bucketDirectory)
			if err != nil {
				return err
			}
			fresh := DirectoryEntry{Name: e.Name, Institution: e.Institution, Discipline: e.Discipline}
			if err := putEntry(dir, s.cd, &fresh); err != nil {
				return err
			}
			id = fresh.ID
		}
		return meta.Put(keyKeyboard, []byte(id))
	})
}
