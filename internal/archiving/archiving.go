// Package archiving makes the archive of conferences with their audit
// logs (the format of package export) from the store and records in each
// conference's audit log that it was written. It is the one code behind
// `kofa archive export` and the app's offer to archive a conference
// before deleting it.
package archiving

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/privatefile"
)

// Store is the part of the store an archive is read from and its writing
// recorded in; *store.Store satisfies it.
type Store interface {
	Get(id conference.ID) (*conference.Conference, error)
	Audit(id conference.ID) ([]conference.AuditEntry, error)
	Save(c *conference.Conference, changes ...conference.Change) error
}

// Archive is an archive made and not written yet.
type Archive struct {
	// Data is the archive file's content.
	Data  []byte
	items []export.ArchivedConference
}

// Len is the number of conferences in the archive.
func (a *Archive) Len() int { return len(a.items) }

// Make reads the conferences ids with their audit logs and encodes the
// archive. A conference the store does not have is the store's error
// (store.ErrNotFound).
func Make(s Store, ids []conference.ID) (*Archive, error) {
	items := make([]export.ArchivedConference, 0, len(ids))
	for _, id := range ids {
		c, err := s.Get(id)
		if err != nil {
			return nil, err
		}
		audit, err := s.Audit(id)
		if err != nil {
			return nil, err
		}
		items = append(items, export.ArchivedConference{Conference: c, Audit: audit})
	}
	data, err := export.EncodeArchive(export.NewArchive(items...))
	if err != nil {
		return nil, err
	}
	return &Archive{Data: data, items: items}, nil
}

// Record notes in the audit log of each conference in the archive that
// the archive was written, with its hash. It is recorded after the
// archive was made, so the archive holds the audit log as it was: export,
// import and export again give the same bytes.
func (a *Archive) Record(s Store) error {
	hash := export.Hash(a.Data)
	for _, item := range a.items {
		if err := s.Save(item.Conference, conference.Change{Op: conference.OpExport, Path: "archive", Arg: "sha256:" + hash}); err != nil {
			return err
		}
	}
	return nil
}

// FileName is the name an archive of c is offered under: the minutes'
// name (date and case code or topic, never a person's name) with
// "_archive.json".
func FileName(c *conference.Conference) string {
	return strings.TrimSuffix(export.FileName(c, ""), ".md") + "_archive.json"
}

// WriteInto makes the archive of the conference id and writes it into
// dir under FileName (file mode 0600; a file in the way is never
// replaced: the name gets a number instead), then records it. It returns
// the file's path. An error after the file was written (recording it)
// comes with the path.
func WriteInto(s Store, id conference.ID, dir string) (string, error) {
	a, err := Make(s, []conference.ID{id})
	if err != nil {
		return "", err
	}
	name := FileName(a.items[0].Conference)
	base := strings.TrimSuffix(name, ".json")
	for n := 1; ; n++ {
		path := filepath.Join(dir, name)
		err := privatefile.Write(path, a.Data, false)
		switch {
		case err == nil:
			return path, a.Record(s)
		case !errors.Is(err, privatefile.ErrExists) || n >= 100:
			return "", err
		}
		name = fmt.Sprintf("%s_%d.json", base, n+1)
	}
}
