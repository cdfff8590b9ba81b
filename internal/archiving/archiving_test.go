package archiving

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/export"
)

// memStore keeps conferences and their audit logs in memory.
type memStore struct {
	confs map[conference.ID]*conference.Conference
	audit map[conference.ID][]conference.AuditEntry
}

func (s *memStore) Get(id conference.ID) (*conference.Conference, error) {
	c, ok := s.confs[id]
	if !ok {
		return nil, os.ErrNotExist
	}
	return c, nil
}

func (s *memStore) Audit(id conference.ID) ([]conference.AuditEntry, error) { return s.audit[id], nil }

func (s *memStore) Save(c *conference.Conference, changes ...conference.Change) error {
	for _, ch := range changes {
		s.audit[c.ID] = append(s.audit[c.ID], conference.AuditEntry{At: time.Unix(0, 0).UTC(), Op: ch.Op, Path: ch.Path, Arg: ch.Arg})
	}
	return nil
}

func store(t *testing.T) (*memStore, conference.ID) {
	t.Helper()
	day := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	id := conference.NewID()
	c := conference.New(id, conference.KindCase, day)
	c.CaseCode = "K-2026-117"
	c.AddAction(conference.Action{What: "Hausbesuch"})
	return &memStore{confs: map[conference.ID]*conference.Conference{id: c},
		audit: map[conference.ID][]conference.AuditEntry{id: {{At: day, Op: conference.OpCreate}}}}, id
}

// The archive written into a folder is the archive Make makes (what kofa
// archive export writes), readable by the import, never written over an
// earlier one, and recorded with its hash after it was made.
func TestWriteIntoWritesTheArchiveBesideEarlierOnes(t *testing.T) {
	t.Parallel()
	s, id := store(t)
	dir := t.TempDir()
	want, err := Make(s, []conference.ID{id})
	if err != nil {
		t.Fatal(err)
	}
	first, err := WriteInto(s, id, dir)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(first) != "2026-11-22_K-2026-117_archive.json" {
		t.Errorf("file name %q", filepath.Base(first))
	}
	data, _ := os.ReadFile(first)
	if !bytes.Equal(data, want.Data) {
		t.Error("the file is not the archive Make makes")
	}
	if a, err := export.DecodeArchive(data); err != nil || len(a.Conferences) != 1 || len(a.Conferences[0].Audit) != 1 {
		t.Fatalf("archive read back: %v %+v", err, a)
	}
	log := s.audit[id]
	if last := log[len(log)-1]; last.Op != conference.OpExport || last.Arg != "sha256:"+export.Hash(data) {
		t.Errorf("recorded %+v, want the archive's hash", last)
	}
	second, err := WriteInto(s, id, dir)
	if err != nil || second == first || filepath.Base(second) != "2026-11-22_K-2026-117_archive_2.json" {
		t.Fatalf("second archive %q (%v), want one beside the first", second, err)
	}
	if again, _ := os.ReadFile(first); !bytes.Equal(again, data) {
		t.Error("the second archive changed the first file")
	}
}
