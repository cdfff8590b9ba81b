package store

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// v4Fixture is a store as kofa with schema 4 wrote it: `kofa demo --db`
// of the build before legal bases were recorded per person (commit
// 5973cce), so its sample conference has one legal basis for the whole
// meeting (the mother's release), the contingency plan as one text and its
// worries rated on the area scale. Checked in, like the older fixtures:
// the migration is tested against real old bytes.
const v4Fixture = "testdata/schema-v4.db"

func TestSchema4MigratesToLegalBasesPerPerson(t *testing.T) {
	t.Parallel()
	path, _ := copyFixture(t, v4Fixture)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.MigrationBackup() == "" {
		t.Error("no backup before the upgrade from schema 4")
	}
	list, err := s.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("list after the upgrade: %v, %v", list, err)
	}
	id := list[0].ID
	c, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}

	// The mother's release is now the basis of each professional; the
	// mother needs none for her own data.
	for _, p := range c.Participants {
		switch {
		case p.Family && len(p.LegalBases) > 0:
			t.Errorf("%s (family) got a legal basis", p.Name)
		case !p.Family && (len(p.LegalBases) != 1 || p.LegalBases[0].Basis != conference.LegalConsent ||
			!strings.HasPrefix(p.LegalBases[0].ReleasedBy, "Mutter") || p.LegalBases[0].Date.IsZero()):
			t.Errorf("%s: legal bases %+v, want the mother's release", p.Name, p.LegalBases)
		}
	}
	if len(c.CrisisPlan) != 1 || !strings.HasPrefix(c.CrisisPlan[0].What, "Kommt Kind (6)") {
		t.Errorf("crisis plan %+v, want the old contingency plan as its entry", c.CrisisPlan)
	}
	for _, r := range c.Risks {
		if r.Intensity == "" || r.LegacySeverity != "" {
			t.Errorf("worry %s: intensity %q, old severity %q", r.ID, r.Intensity, r.LegacySeverity)
		}
	}

	// The stored value is in the current model, so no read upgrades it
	// again; search still finds what the old basis said.
	err = s.view(func(tx *bbolt.Tx) error {
		raw := tx.Bucket(bucketConferences).Get([]byte(id))
		for _, old := range []string{`"legal_basis"`, `"contingency_plan"`, `"severity"`} {
			if bytes.Contains(raw, []byte(old)) {
				t.Errorf("the stored conference still holds %s", old)
			}
		}
		var stored struct {
			C *conference.Conference `json:"c"`
		}
		if err := json.Unmarshal(raw, &stored); err != nil {
			return err
		}
		if conference.Upgrade(stored.C) {
			t.Error("the stored conference still needed an upgrade")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ids, _ := searchIDs(t, s, "schriftlich"); len(ids) != 1 {
		t.Errorf("search for the old basis's note after the upgrade: %v", ids)
	}
}
