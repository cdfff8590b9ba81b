package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// v1Fixture is a store as kofa with schema 1 wrote it: no summaries
// bucket. It is checked in so the migration is tested against real old
// bytes, not against what today's code thinks old bytes looked like.
const v1Fixture = "testdata/schema-v1.db"

// TestWriteFixtures regenerates the checked-in old-version stores. Run it
// once, on purpose: KOFA_WRITE_FIXTURES=1 go test -run TestWriteFixtures
func TestWriteFixtures(t *testing.T) {
	if os.Getenv("KOFA_WRITE_FIXTURES") != "1" {
		t.Skip("set KOFA_WRITE_FIXTURES=1 to rewrite testdata/*.db")
	}
	tmp := filepath.Join(t.TempDir(), "v1.db")
	if err := writeV1Store(tmp); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(v1Fixture, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// v1Conferences are the two conferences in the v1 fixture.
func v1Conferences() []*conference.Conference {
	day := time.Date(2025, 11, 3, 10, 0, 0, 0, time.UTC)
	a := conference.New("k7m2qxa9", conference.KindCase, day)
	a.CaseCode = "F-2025-017"
	a.Facts = "Altbestand: Kita meldet Auffälligkeiten."
	a.AddAction(conference.Action{What: "Hausbesuch", Due: conference.DateOf(day).AddDays(7)})
	b := conference.New("p3r8tuvw", conference.KindNetwork, day.AddDate(0, 0, 14))
	b.Topic = "Netzwerktreffen Frühe Hilfen"
	return []*conference.Conference{a, b}
}

func writeV1Store(path string) error {
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range bucketsAt(1) {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keySchema, []byte("1")); err != nil {
			return err
		}
		if err := meta.Put(keyCreated, []byte("2025-11-03T10:00:00Z")); err != nil {
			return err
		}
		for _, c := range v1Conferences() {
			key := []byte(c.ID)
			data, err := plain.encode(bucketConferences, key, c)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketConferences).Put(key, data); err != nil {
				return err
			}
			log, err := tx.Bucket(bucketAudit).CreateBucket(key)
			if err != nil {
				return err
			}
			seq, _ := log.NextSequence()
			entry, err := plain.encode(auditBucketName(key), []byte{0, 0, 0, 0, 0, 0, 0, byte(seq)},
				conference.AuditEntry{At: c.CreatedAt, Op: conference.OpCreate})
			if err != nil {
				return err
			}
			if err := log.Put([]byte{0, 0, 0, 0, 0, 0, 0, byte(seq)}, entry); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}
