package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.etcd.io/bbolt"

	"kofa/internal/directory"
)

// DirectoryEntry is a person of the partner directory.
type DirectoryEntry = directory.Entry

// Errors of the directory.
var (
	// ErrEntryNotFound: no directory entry with that ID.
	ErrEntryNotFound = errors.New("store: directory entry not found")
	// ErrDuplicateEntry: another entry has the same name and institution.
	ErrDuplicateEntry = errors.New("store: directory entry exists")
	// ErrNameMissing: a directory entry needs a name.
	ErrNameMissing = errors.New("store: directory entry without a name")
)

// Directory returns every entry, sorted by surname (directory.Compare).
func (s *Store) Directory() ([]DirectoryEntry, error) {
	var out []DirectoryEntry
	err := s.view(func(tx *bbolt.Tx) (err error) {
		out, err = readDirectory(tx, s.cd)
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, directory.Compare)
	return out, nil
}

// SaveDirectoryEntry adds the entry (when its ID is empty; it gets one) or
// replaces the entry with its ID. It refuses an entry without a name and
// one with the name and institution of another entry.
func (s *Store) SaveDirectoryEntry(e *DirectoryEntry) error {
	if e == nil || strings.TrimSpace(e.Name) == "" {
		return ErrNameMissing
	}
	return s.update(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketDirectory)
		if err != nil {
			return err
		}
		if e.ID != "" && b.Get([]byte(e.ID)) == nil {
			return fmt.Errorf("%w: %s", ErrEntryNotFound, e.ID)
		}
		all, err := readDirectory(tx, s.cd)
		if err != nil {
			return err
		}
		for _, o := range all {
			if o.ID != e.ID && o.Same(*e) {
				return ErrDuplicateEntry
			}
		}
		saved := *e
		if err := putEntry(b, s.cd, &saved); err != nil {
			return err
		}
		e.ID = saved.ID
		return nil
	})
}

// DeleteDirectoryEntry removes an entry. Conferences keep their
// participants; a person added to a conference again comes back.
func (s *Store) DeleteDirectoryEntry(id string) error {
	return s.update(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketDirectory)
		if err != nil {
			return err
		}
		if b.Get([]byte(id)) == nil {
			return fmt.Errorf("%w: %s", ErrEntryNotFound, id)
		}
		return b.Delete([]byte(id))
	})
}

// ReplaceDirectory makes entries the whole directory, in one transaction
// (a CSV import: all or nothing). Entries keep their IDs; those without
// one get a new ID. Entries without a name, or two with the same name and
// institution, are refused and nothing changes.
func (s *Store) ReplaceDirectory(entries []DirectoryEntry) error {
	seen := map[string]bool{}
	for _, e := range entries {
		if strings.TrimSpace(e.Name) == "" {
			return ErrNameMissing
		}
		if seen[e.Key()] {
			return fmt.Errorf("%w: twice in the list", ErrDuplicateEntry)
		}
		seen[e.Key()] = true
	}
	return s.update(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketDirectory)
		if err != nil {
			return err
		}
		// Delete by collected keys: deleting while iterating skips keys.
		var keys [][]byte
		if err := b.ForEach(func(k, _ []byte) error {
			keys = append(keys, slices.Clone(k))
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		for _, e := range entries {
			if err := putEntry(b, s.cd, &e); err != nil {
				return err
			}
		}
		return nil
	})
}

// addSeen adds the people of fresh that the directory does not know yet:
// the professionals of a conference (prepare leaves family members out,
// who never go into the directory). A known one who lacks the institution
// type gets it, so a name taken from the directory fills the type too.
func addSeen(tx *bbolt.Tx, cd *codec, fresh []DirectoryEntry) error {
	if len(fresh) == 0 {
		return nil
	}
	b, err := bucket(tx, bucketDirectory)
	if err != nil {
		return err
	}
	all, err := readDirectory(tx, cd)
	if err != nil {
		return err
	}
	known := make(map[string]*DirectoryEntry, len(all))
	for i := range all {
		known[all[i].Key()] = &all[i]
	}
	for _, e := range fresh {
		k := known[e.Key()]
		switch {
		case k == nil:
			known[e.Key()] = &e
		case k.InstitutionType == "" && e.InstitutionType != "":
			k.InstitutionType = e.InstitutionType
			e = *k
		default:
			continue
		}
		if err := putEntry(b, cd, &e); err != nil {
			return err
		}
	}
	return nil
}

func readDirectory(tx *bbolt.Tx, cd *codec) ([]DirectoryEntry, error) {
	b, err := bucket(tx, bucketDirectory)
	if err != nil {
		return nil, err
	}
	var out []DirectoryEntry
	err = b.ForEach(func(k, v []byte) error {
		var e entryValue
		if err := cd.decode(bucketDirectory, k, v, &e); err != nil {
			return damage(err)
		}
		e.ID = string(k)
		out = append(out, DirectoryEntry(e))
		return nil
	})
	return out, err
}

// putEntry writes e, giving it an ID (a counter: no personal data in
// keys) when it has none.
func putEntry(b *bbolt.Bucket, cd *codec, e *DirectoryEntry) error {
	if e.ID == "" {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		e.ID = "d" + strconv.FormatUint(seq, 10)
	}
	key := []byte(e.ID)
	v := entryValue(*e)
	data, err := cd.encode(bucketDirectory, key, &v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// entryValue is a directory entry as stored: JSON {"v":1,"e":<entry>}.
type entryValue directory.Entry

const directoryFormat = 1

type entryEnvelope struct {
	V int             `json:"v"`
	E directory.Entry `json:"e"`
}

func (v *entryValue) MarshalBinary() ([]byte, error) {
	return json.Marshal(entryEnvelope{V: directoryFormat, E: directory.Entry(*v)})
}

func (v *entryValue) UnmarshalBinary(data []byte) error {
	var env entryEnvelope
	if err := json.Unmarshal(data, &env); err != nil {
		return err
	}
	if env.V != directoryFormat {
		return fmt.Errorf("unknown directory entry format %d", env.V)
	}
	env.E.CleanText() // the read boundary, as unmarshal
	*v = entryValue(env.E)
	return nil
}
