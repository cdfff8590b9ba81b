package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// v2Fixture is a store as kofa with schema 2 wrote it: summaries, but no
// actions, search or directory buckets. Checked in, like the v1 fixture.
const v2Fixture = "testdata/schema-v2.db"

// TestWriteV2Fixture regenerates the schema 2 fixture. Run it once, on
// purpose: KOFA_WRITE_FIXTURES=1 go test -run TestWriteV2Fixture
func TestWriteV2Fixture(t *testing.T) {
	if os.Getenv("KOFA_WRITE_FIXTURES") != "1" {
		t.Skip("set KOFA_WRITE_FIXTURES=1 to rewrite testdata/schema-v2.db")
	}
	tmp := filepath.Join(t.TempDir(), "v2.db")
	if err := writeV2Store(tmp); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(v2Fixture, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// v2Conferences are the conferences in the v2 fixture: a case with an
// overdue and a done action, and a network meeting.
func v2Conferences() []*conference.Conference {
	day := time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)
	a := conference.New("m4k8q2ra", conference.KindCase, day)
	a.CaseCode = "F-2026-003"
	a.Facts = "Bestand v2: Schule meldet häufige Fehlzeiten."
	owner := a.AddParticipant(conference.Participant{Name: "Jürgen Müller", Institution: "Jugendamt Süd", Discipline: "Sozialarbeit"}).ID
	a.AddParticipant(conference.Participant{Name: "Maria K.", Family: true, Relationship: "Mutter"})
	a.AddAction(conference.Action{What: "Gespräch mit der Klassenlehrerin", OwnerID: owner, Due: conference.DateOf(day).AddDays(7)})
	a.AddAction(conference.Action{What: "Erledigtes", OwnerID: owner, Due: conference.DateOf(day).AddDays(3), LegacyStatus: conference.FollowUpDone})
	b := conference.New("t6v9w3xz", conference.KindNetwork, day.AddDate(0, 0, 14))
	b.Topic = "Netzwerktreffen Schulabsentismus"
	b.AddParticipant(conference.Participant{Name: "Aylin Demir", Institution: "Kita Sonnenblume"})
	return []*conference.Conference{a, b}
}

func writeV2Store(path string) error { return writeV2StoreOf(path, v2Conferences()) }

// writeV2StoreOf writes a schema-2 store of the conferences as they are
// (an action's Legacy fields as the old follow-up fields).
func writeV2StoreOf(path string, confs []*conference.Conference) error {
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		return err
	}
	var cd *codec // plain
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range bucketsAt(2) {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keySchema, []byte("2")); err != nil {
			return err
		}
		if err := meta.Put(keyCreated, []byte("2026-01-12T10:00:00Z")); err != nil {
			return err
		}
		for _, c := range confs {
			key := []byte(c.ID)
			data, err := cd.encode(bucketConferences, key, c)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketConferences).Put(key, data); err != nil {
				return err
			}
			if data, err = cd.encode(bucketSummaries, key, c.Summary()); err != nil {
				return err
			}
			if err := tx.Bucket(bucketSummaries).Put(key, data); err != nil {
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

func TestOpenMigratesSchema2ByBuildingTheIndexes(t *testing.T) {
	path, original := copyFixture(t, v2Fixture)
	if got := len(original); got == 0 {
		t.Fatal("empty fixture")
	}
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.MigrationBackup() == "" {
		t.Error("no backup before the upgrade")
	}
	want := v2Conferences()
	today := conference.DateOf(time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
	list, err := s.OpenActions(ActionQuery{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ConferenceID != want[0].ID || list[0].Owner != "Jürgen Müller" ||
		list[0].Title != "F-2026-003" || list[0].DaysOverdue(today) != 13 {
		t.Errorf("tracker after the upgrade: %+v", list)
	}
	ids, fields := searchIDs(t, s, "fehlzeiten")
	if !slices.Equal(ids, []conference.ID{want[0].ID}) || fields[0] != SearchFieldText {
		t.Errorf("search after the upgrade: %v %v", ids, fields)
	}
	if ids, _ := searchIDs(t, s, "schulabsentismus"); !slices.Equal(ids, []conference.ID{want[1].ID}) {
		t.Errorf("search for the topic after the upgrade: %v", ids)
	}
	if got := dirNames(t, s); !slices.Equal(got, []string{"Aylin Demir / Kita Sonnenblume", "Jürgen Müller / Jugendamt Süd"}) {
		t.Errorf("directory after the upgrade: %v", got)
	}
}

func TestSchema1StillMigratesAllTheWay(t *testing.T) {
	path, _ := copyFixture(t, v1Fixture)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.view(func(tx *bbolt.Tx) error {
		for _, name := range bucketsAt(SchemaVersion) {
			if tx.Bucket(name) == nil {
				t.Errorf("bucket %s missing after the upgrade from schema 1", name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The v1 case has one open action without an owner.
	list, err := s.OpenActions(ActionQuery{Today: conference.Date{Year: 2025, Month: 11, Day: 3}})
	if err != nil || len(list) != 1 || list[0].What != "Hausbesuch" {
		t.Errorf("tracker after the upgrade from schema 1: %+v, %v", list, err)
	}
	if ids, _ := searchIDs(t, s, "auffalligkeiten"); len(ids) != 1 {
		t.Errorf("search after the upgrade from schema 1: %v", ids)
	}
}
