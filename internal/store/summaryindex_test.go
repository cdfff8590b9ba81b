package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// TestListReadsOnlyTheSummaryIndex pins issue 2's "listing decodes no full
// conference": with every value in the conferences bucket garbled (or
// gone), List still succeeds and returns every summary, newest first, both
// on the open handle and after reopening the store. Get shows that the
// damage is real.
func TestListReadsOnlyTheSummaryIndex(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(b *bbolt.Bucket, k []byte) error
		getErr func(error) bool
	}{
		{"garbled", func(b *bbolt.Bucket, k []byte) error {
			return b.Put(k, []byte("\x00not a conference at all{{{"))
		}, func(err error) bool { _, ok := errors.AsType[*DamagedError](err); return ok }},
		{"removed", func(b *bbolt.Bucket, k []byte) error {
			return b.Delete(k)
		}, func(err error) bool { return errors.Is(err, ErrNotFound) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kofa.db")
			s, err := Open(path, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = s.Close() }()
			var ids []conference.ID
			for day := range 5 {
				c := richConference("", "summary index", day)
				if err := s.Save(c); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, c.ID)
			}
			want, err := s.List()
			if err != nil || len(want) != len(ids) {
				t.Fatalf("List before the damage: %d summaries, %v", len(want), err)
			}

			err = s.update(func(tx *bbolt.Tx) error {
				b := tx.Bucket(bucketConferences)
				var keys [][]byte
				if err := b.ForEach(func(k, _ []byte) error {
					keys = append(keys, slices.Clone(k))
					return nil
				}); err != nil {
					return err
				}
				if len(keys) != len(ids) {
					t.Fatalf("conferences bucket holds %d values, want %d", len(keys), len(ids))
				}
				for _, k := range keys {
					if err := tt.damage(b, k); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Get(ids[0]); !tt.getErr(err) {
				t.Fatalf("Get after the damage: %v; the test did not damage the conference", err)
			}

			check := func(when string, s *Store) {
				t.Helper()
				got, err := s.List()
				if err != nil {
					t.Fatalf("List %s: %v; it decoded a full conference", when, err)
				}
				if !slices.EqualFunc(got, want, func(a, b conference.Summary) bool {
					return a.ID == b.ID && a.CaseCode == b.CaseCode && a.Date == b.Date && a.Status == b.Status
				}) {
					t.Errorf("List %s = %+v, want %+v", when, got, want)
				}
			}
			check("on the open store", s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, err = Open(path, testOptions())
			if err != nil {
				t.Fatalf("reopening: %v", err)
			}
			check("after reopening", s)
		})
	}
}
