package store

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

func summaryIDs(list []conference.Summary) []conference.ID {
	out := make([]conference.ID, len(list))
	for i, s := range list {
		out[i] = s.ID
	}
	return out
}

// assertNewestIsListsHead checks Newest(n) against the first n of List for
// a few n.
func assertNewestIsListsHead(t *testing.T, s *Store, what string) {
	t.Helper()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 3, len(list), len(list) + 5} {
		got, err := s.Newest(n)
		if err != nil {
			t.Fatalf("%s: Newest(%d): %v", what, n, err)
		}
		want := list[:min(n, len(list))]
		if !slices.Equal(summaryIDs(got), summaryIDs(want)) {
			t.Fatalf("%s: Newest(%d) = %v, List begins %v", what, n, summaryIDs(got), summaryIDs(want))
		}
	}
}

// TestNewestFollowsEveryChange saves, changes (dates and last-change
// times both move a conference in the list) and deletes conferences at
// random; after each step Newest gives what List begins with.
func TestNewestFollowsEveryChange(t *testing.T) {
	s := openTemp(t)
	r := rand.New(rand.NewPCG(21, 22))
	var ids []conference.ID
	for step := range 60 {
		switch op := r.IntN(5); {
		case op < 3 || len(ids) == 0:
			// Several on one day, and times that tie to the second.
			c := richConference("", "x", r.IntN(4))
			c.UpdatedAt = t0.Add(time.Duration(r.IntN(3)) * time.Second)
			if err := s.Save(c); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, c.ID)
		case op == 3:
			c, err := s.Get(ids[r.IntN(len(ids))])
			if err != nil {
				t.Fatal(err)
			}
			c.Date = c.Date.AddDays(r.IntN(5) - 2)
			c.UpdatedAt = c.UpdatedAt.Add(time.Duration(r.IntN(5)-2) * time.Hour)
			if err := s.Save(c); err != nil {
				t.Fatal(err)
			}
		default:
			i := r.IntN(len(ids))
			if err := s.Delete(ids[i]); err != nil {
				t.Fatal(err)
			}
			ids = slices.Delete(ids, i, i+1)
		}
		if step%6 == 5 {
			assertNewestIsListsHead(t, s, "step")
		}
	}
	assertNewestIsListsHead(t, s, "end")
}

// TestEncryptedStoreKeepsNoOrderIndex: the order index's keys hold dates,
// so an encrypted store keeps it empty; Newest still answers.
func TestEncryptedStoreKeepsNoOrderIndex(t *testing.T) {
	s := openTemp(t)
	for day := range 4 {
		if err := s.Save(richConference("", "x", day)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(richConference("", "y", 9)); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := s.view(func(tx *bbolt.Tx) error {
		n = tx.Bucket(bucketOrder).Stats().KeyN
		return nil
	})
	if err != nil || n != 0 {
		t.Errorf("the encrypted store's order index holds %d keys (%v)", n, err)
	}
	assertNewestIsListsHead(t, s, "encrypted")
}

func TestMigrationBuildsTheOrderIndex(t *testing.T) {
	path, _ := copyFixture(t, v2Fixture)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	assertNewestIsListsHead(t, s, "after the upgrade")
}
