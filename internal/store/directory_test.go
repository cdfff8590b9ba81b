package store

import (
	"errors"
	"slices"
	"testing"

	"kofa/internal/conference"
)

func dirNames(t *testing.T, s *Store) []string {
	t.Helper()
	entries, err := s.Directory()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name+" / "+e.Institution)
	}
	return out
}

func TestSavingAConferenceAddsItsProfessionalsToTheDirectory(t *testing.T) {
	s := openTemp(t)
	c := conference.New("", conference.KindCase, t0)
	c.AddParticipant(conference.Participant{Name: "Jürgen Müller", Institution: "Jugendamt Nord", Discipline: "Sozialarbeit"})
	c.AddParticipant(conference.Participant{Name: "Jana S.", Family: true, Relationship: "Mutter"})
	c.AddParticipant(conference.Participant{Name: " ", Institution: "Kita"})
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, s); !slices.Equal(got, []string{"Jürgen Müller / Jugendamt Nord"}) {
		t.Fatalf("directory %v (no family members, no blank names)", got)
	}
	entries, _ := s.Directory()
	if entries[0].Discipline != "Sozialarbeit" || entries[0].ID == "" {
		t.Errorf("entry %+v", entries[0])
	}

	// The same person in another spelling is not added twice; a new one is.
	d := conference.New("", conference.KindCase, t0)
	d.AddParticipant(conference.Participant{Name: "juergen mueller", Institution: "JUGENDAMT NORD"})
	d.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume"})
	if err := s.Save(d); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, s); !slices.Equal(got, []string{"Aylin Demir / Kita Sonnenblume", "Jürgen Müller / Jugendamt Nord"}) {
		t.Errorf("directory %v", got)
	}

	// Someone removed from the directory does not come back with every
	// save of a conference they sit in, only when added to one again.
	if err := s.DeleteDirectoryEntry(entries[0].ID); err != nil {
		t.Fatal(err)
	}
	c.Facts = "geändert"
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := dirNames(t, s); !slices.Equal(got, []string{"Aylin Demir / Kita Sonnenblume"}) {
		t.Errorf("after deleting and saving again: %v", got)
	}
}

func TestDirectoryEntriesAreEditable(t *testing.T) {
	s := openTemp(t)
	e := DirectoryEntry{Name: "Claudia Neumann", Institution: "Kinderschutzzentrum", Phone: "030 1"}
	if err := s.SaveDirectoryEntry(&e); err != nil {
		t.Fatal(err)
	}
	if e.ID == "" {
		t.Fatal("no ID assigned")
	}
	e.Email = "c.neumann@example.org"
	if err := s.SaveDirectoryEntry(&e); err != nil {
		t.Fatal(err)
	}
	entries, _ := s.Directory()
	if len(entries) != 1 || entries[0] != e {
		t.Errorf("directory %+v, want %+v", entries, e)
	}
	dup := DirectoryEntry{Name: "claudia neumann", Institution: "kinderschutzzentrum"}
	if err := s.SaveDirectoryEntry(&dup); !errors.Is(err, ErrDuplicateEntry) {
		t.Errorf("duplicate: %v", err)
	}
	if err := s.SaveDirectoryEntry(&DirectoryEntry{Name: "  "}); !errors.Is(err, ErrNameMissing) {
		t.Errorf("blank name: %v", err)
	}
	if err := s.SaveDirectoryEntry(&DirectoryEntry{ID: "d99", Name: "X"}); !errors.Is(err, ErrEntryNotFound) {
		t.Errorf("unknown ID: %v", err)
	}
	if err := s.DeleteDirectoryEntry(e.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDirectoryEntry(e.ID); !errors.Is(err, ErrEntryNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

func TestReplaceDirectoryIsAllOrNothing(t *testing.T) {
	s := openTemp(t)
	keep := DirectoryEntry{Name: "Aylin Demir", Institution: "Kita"}
	if err := s.SaveDirectoryEntry(&keep); err != nil {
		t.Fatal(err)
	}
	bad := []DirectoryEntry{{Name: "Neu"}, {Name: ""}}
	if err := s.ReplaceDirectory(bad); !errors.Is(err, ErrNameMissing) {
		t.Fatalf("bad list: %v", err)
	}
	twice := []DirectoryEntry{{Name: "Groß"}, {Name: "gross"}}
	if err := s.ReplaceDirectory(twice); !errors.Is(err, ErrDuplicateEntry) {
		t.Fatalf("list with a duplicate: %v", err)
	}
	if got := dirNames(t, s); !slices.Equal(got, []string{"Aylin Demir / Kita"}) {
		t.Fatalf("a refused list changed the directory: %v", got)
	}
	keep.Phone = "1"
	if err := s.ReplaceDirectory([]DirectoryEntry{keep, {Name: "Thomas Groß", Institution: "Polizei"}}); err != nil {
		t.Fatal(err)
	}
	entries, _ := s.Directory()
	if len(entries) != 2 || entries[0] != keep || entries[1].ID == "" || entries[1].ID == keep.ID {
		t.Errorf("after replace: %+v", entries)
	}
}

func TestRetentionSetting(t *testing.T) {
	s := openTemp(t)
	if days, err := s.RetentionDays(); err != nil || days != 0 {
		t.Fatalf("default retention %d, %v; want none", days, err)
	}
	if err := s.SetRetentionDays(3650); err != nil {
		t.Fatal(err)
	}
	if days, _ := s.RetentionDays(); days != 3650 {
		t.Errorf("retention %d, want 3650", days)
	}
	if err := s.SetRetentionDays(-1); !errors.Is(err, ErrInvalidRetention) {
		t.Errorf("negative: %v", err)
	}
	if err := s.SetRetentionDays(0); err != nil {
		t.Fatal(err)
	}
	if days, _ := s.RetentionDays(); days != 0 {
		t.Errorf("retention after off: %d", days)
	}
}

// TestTheDirectoryKeepsTheInstitutionType: a name taken from the
// directory filled the institution but not its type; the directory now
// knows the type a conference recorded, and learns it for an entry that
// lacked it (one imported from a CSV file).
func TestTheDirectoryKeepsTheInstitutionType(t *testing.T) {
	s := openTemp(t)
	if err := s.ReplaceDirectory([]DirectoryEntry{{Name: "Aylin Demir", Institution: "Kita Sonnenblume"}}); err != nil {
		t.Fatal(err)
	}
	c := conference.New("", conference.KindCase, t0)
	c.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord"})
	c.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"})
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	entries, err := s.Directory()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, e := range entries {
		types[e.Name] = e.InstitutionType
	}
	if types["Petra Albers"] != "asd" || types["Aylin Demir"] != "kita" || len(entries) != 2 {
		t.Errorf("directory %+v, want the types recorded and no entry twice", entries)
	}
}
