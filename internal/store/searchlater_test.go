package store

import (
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// searchEntryOf reads the stored search value of id.
func searchEntryOf(t *testing.T, s *Store, id conference.ID) searchEntry {
	t.Helper()
	var e searchEntry
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketSearch)
		if err != nil {
			return err
		}
		return s.cd.decode(bucketSearch, []byte(id), b.Get([]byte(id)), &e)
	})
	if err != nil {
		t.Fatal(err)
	}
	e.text = append(searchText(nil), e.text...) // out of the transaction
	return e
}

// TestSearchFindsWhatWasJustTypedAndClosingWritesTheText: while a
// conference is saved again and again, its search text waits, yet a
// search finds every word at once; closing the store writes the text.
func TestSearchFindsWhatWasJustTypedAndClosingWritesTheText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	c := richConference("", "Erdmännchen", 1)
	if err := s.Save(c, conference.Change{Op: conference.OpCreate}); err != nil {
		t.Fatal(err)
	}
	enc := NewEncoder()
	c.Facts += " Nachtrag über den Kaktusgarten"
	saveEncoded(t, s, enc, c, conference.Change{Op: conference.OpUpdate, Path: "facts"})
	if e := searchEntryOf(t, s, c.ID); !e.pending {
		t.Fatal("a save wrote the whole search text; it should wait")
	}
	for _, q := range []string{"kaktusgarten", "erdmaennchen", "Adler"} {
		if hits, err := s.Search(q); err != nil || len(hits) != 1 {
			t.Errorf("search %q while pending: %d hits, %v", q, len(hits), err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if e := searchEntryOf(t, s, c.ID); e.pending {
		t.Fatal("closing the store did not write the search text")
	}
	if hits, err := s.Search("Kaktusgarten"); err != nil || len(hits) != 1 {
		t.Errorf("search after closing: %d hits, %v", len(hits), err)
	}
}

// TestPendingSearchTextsSurviveACrash: a kofa that ends without closing
// its store leaves pending values; the next one still finds everything.
func TestPendingSearchTextsSurviveACrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	c := richConference(conference.NewID(), "Tapir", 2)
	saveEncoded(t, s, NewEncoder(), c)
	s.pending.take() // forgotten, as by a kofa that was killed
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if e := searchEntryOf(t, s, c.ID); !e.pending {
		t.Fatal("the test needs a pending value left behind")
	}
	if hits, err := s.Search("tapir"); err != nil || len(hits) != 1 {
		t.Errorf("search over a pending value left behind: %d hits, %v", len(hits), err)
	}
}

// TestDeletedConferenceIsNotSettled: a conference deleted after it was
// saved has nothing to write when the store closes.
func TestDeletedConferenceIsNotSettled(t *testing.T) {
	s := openTemp(t)
	c := richConference(conference.NewID(), "Gnu", 3)
	saveEncoded(t, s, NewEncoder(), c)
	if err := s.Delete(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.settleSearch(); err != nil {
		t.Fatalf("settling after a delete: %v", err)
	}
	if hits, _ := s.Search("gnu"); len(hits) != 0 {
		t.Errorf("a deleted conference is found: %v", hits)
	}
}
