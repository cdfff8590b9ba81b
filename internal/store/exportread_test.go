package store

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"kofa/internal/conference"
)

// manyConferences saves n conferences of about 20 KB each, so that
// reading them all takes several chunks (chunkBytes), and returns their
// IDs in the order saved.
func manyConferences(t *testing.T, s *Store, n int) []conference.ID {
	t.Helper()
	ids := make([]conference.ID, n)
	for i := range n {
		c := richConference("", fmt.Sprintf("Nr. %d %s", i, strings.Repeat("Füllung ", 1200)), i)
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
		ids[i] = c.ID
	}
	return ids
}

func TestForEachConferenceDecodesEachOnce(t *testing.T) {
	for name, open := range map[string]func(*testing.T) *Store{
		"plain":     func(t *testing.T) *Store { return openTemp(t) },
		"encrypted": openEncrypted,
	} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ids := manyConferences(t, s, 120)
			var mu sync.Mutex
			seen := map[conference.ID]int{}
			err := s.ForEachConference(ids, 3, func(c *conference.Conference) error {
				want, err := s.Get(c.ID)
				if err != nil {
					return err
				}
				if !reflect.DeepEqual(c, want) {
					return fmt.Errorf("%s differs from Get", c.ID)
				}
				mu.Lock()
				seen[c.ID]++
				mu.Unlock()
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(seen) != len(ids) {
				t.Errorf("saw %d conferences, want %d", len(seen), len(ids))
			}
			for id, n := range seen {
				if n != 1 {
					t.Errorf("%s seen %d times", id, n)
				}
			}
		})
	}
}

func TestForEachConferenceMissingIDIsNotFound(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 3)
	err := s.ForEachConference(append(ids, "nosuchid"), 2, func(*conference.Conference) error { return nil })
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
}

func TestForEachConferenceReturnsTheFirstErrorOfFn(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 60)
	stop := errors.New("stop here")
	err := s.ForEachConference(ids, 2, func(c *conference.Conference) error {
		if c.ID == ids[10] {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want fn's error", err)
	}
}

func TestForEachConferenceRaisesAPanicOfFnInTheCaller(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 5)
	type boom struct{}
	defer func() {
		if r := recover(); r != (boom{}) {
			t.Errorf("recovered %v, want the panic of fn", r)
		}
	}()
	_ = s.ForEachConference(ids, 1, func(*conference.Conference) error { panic(boom{}) })
	t.Error("ForEachConference returned after fn panicked")
}

func TestAppendAuditAddsEntriesAndLeavesTheConferences(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 80)
	before := map[conference.ID]*conference.Conference{}
	logs := map[conference.ID][]conference.AuditEntry{}
	for _, id := range ids {
		c, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		before[id] = c
		if logs[id], err = s.Audit(id); err != nil {
			t.Fatal(err)
		}
	}
	// Two records per conference: more than one transaction's worth.
	var records []AuditRecord
	for round := range 2 {
		for _, id := range ids {
			records = append(records, AuditRecord{ID: id, Change: conference.Change{
				Op: conference.OpExport, Path: "minutes/full", Arg: fmt.Sprintf("sha256:%s-%d", id, round)}})
		}
	}
	if len(records) <= auditChunk {
		t.Fatalf("%d records fit one transaction", len(records))
	}
	if err := s.AppendAudit(records); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		got, err := s.Audit(id)
		if err != nil {
			t.Fatal(err)
		}
		old := logs[id]
		if len(got) != len(old)+2 || !slices.Equal(got[:len(old)], old) {
			t.Fatalf("%s: audit log %d entries, want the %d before and two more", id, len(got), len(old))
		}
		for round, e := range got[len(old):] {
			if e.Op != conference.OpExport || e.Path != "minutes/full" || e.Arg != fmt.Sprintf("sha256:%s-%d", id, round) || e.At.IsZero() {
				t.Errorf("%s: entry %+v", id, e)
			}
		}
		c, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(c, before[id]) {
			t.Errorf("%s: the conference changed", id)
		}
	}
	for _, sum := range list {
		if want := before[sum.ID].Summary(); !reflect.DeepEqual(sum, want) {
			t.Errorf("summary %+v, want %+v", sum, want)
		}
	}
}

func TestAppendAuditOfAMissingConferenceIsNotFound(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 2)
	err := s.AppendAudit([]AuditRecord{{ID: ids[0]}, {ID: "nosuchid"}})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
	if log, _ := s.Audit(ids[0]); slices.ContainsFunc(log, func(e conference.AuditEntry) bool { return e.Op == "" }) {
		t.Error("the transaction with the missing conference was written in part")
	}
}
