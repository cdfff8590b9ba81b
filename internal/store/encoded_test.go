package store

import (
	"encoding/json"
	"testing"

	"kofa/internal/conference"
)

// saveEncoded encodes c with enc and saves it, as the TUI's saver does.
func saveEncoded(t *testing.T, s *Store, enc *Encoder, c *conference.Conference, changes ...conference.Change) {
	t.Helper()
	e, err := enc.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveEncoded(e, changes...); err != nil {
		t.Fatal(err)
	}
}

// sameConference fails unless got and want hold the same data.
func sameConference(t *testing.T, what string, got, want *conference.Conference) {
	t.Helper()
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("%s: stored conference differs from the one encoded", what)
	}
}

// TestSaveEncodedStoresWhatSaveStores: a conference encoded by its owner
// and written later is stored, listed, audited, searched and taught to
// the directory as Save does it, in a plain and an encrypted store.
func TestSaveEncodedStoresWhatSaveStores(t *testing.T) {
	t.Parallel()
	for name, s := range map[string]*Store{"plain": openTemp(t), "encrypted": openEncrypted(t)} {
		t.Run(name, func(t *testing.T) {
			c := richConference(conference.NewID(), "Wombat", 4)
			saveEncoded(t, s, NewEncoder(), c, conference.Change{Op: conference.OpCreate, Path: "conference"})
			got, err := s.Get(c.ID)
			if err != nil {
				t.Fatal(err)
			}
			sameConference(t, name, got, c)
			if list, err := s.List(); err != nil || len(list) != 1 || list[0].ID != c.ID || list[0].OpenActions != c.Summary().OpenActions {
				t.Errorf("list %v (%v), want the conference's summary", list, err)
			}
			if audit, err := s.Audit(c.ID); err != nil || len(audit) != 1 || audit[0].Op != conference.OpCreate {
				t.Errorf("audit %v (%v), want the create entry", audit, err)
			}
			if hits, err := s.Search("wombat"); err != nil || len(hits) != 1 {
				t.Errorf("search: %d hits (%v), want the conference", len(hits), err)
			}
			dir, err := s.Directory()
			if err != nil || len(dir) == 0 {
				t.Errorf("directory %v (%v), want the participants", dir, err)
			}
		})
	}
}

// TestEncodedSharesNoMemoryWithTheConference: what the owner changes after
// encoding, before the writer runs, is not what is written; the next
// encoding carries it.
func TestEncodedSharesNoMemoryWithTheConference(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	enc := NewEncoder()
	c := richConference(conference.NewID(), "Okapi", 5)
	before, _ := json.Marshal(c)
	e, err := enc.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	c.Contributions[0].Text = "changed after encoding"
	c.Participants[0].Name = "Somebody Else"
	c.Actions = append(c.Actions, conference.Action{ID: "late", What: "late"})
	if err := s.SaveEncoded(e); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var want conference.Conference
	if err := json.Unmarshal(before, &want); err != nil {
		t.Fatal(err)
	}
	sameConference(t, "encoded before the change", got, &want)
	saveEncoded(t, s, enc, c)
	if got, err = s.Get(c.ID); err != nil {
		t.Fatal(err)
	}
	sameConference(t, "encoded after the change", got, c)
}

func TestEncodeRefusesAConferenceWithoutID(t *testing.T) {
	t.Parallel()
	if _, err := NewEncoder().Encode(conference.New("", conference.KindCase, t0)); err == nil {
		t.Error("encoded a conference without ID")
	}
}
