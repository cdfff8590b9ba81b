package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// agreedConference has three actions: agreed at the conference, carried
// forward from an earlier one, and not agreed.
func agreedConference(t *testing.T) *conference.Conference {
	t.Helper()
	c := conference.New("agree001", conference.KindCase, t0)
	c.CaseCode = "K-1"
	owner := c.AddParticipant(conference.Participant{Name: "Petra Albers"}).ID
	due := conference.DateOf(t0).AddDays(7)
	agreed := c.AddAction(conference.Action{What: "Hausbesuch", OwnerID: owner, Due: due, ReportBack: "Anruf"}).ID
	if probs := c.Agree(agreed, t0.Add(time.Hour)); probs != nil {
		t.Fatal(probs)
	}
	c.AddAction(conference.Action{What: "U9", OwnerID: owner, Due: due, CarriedFrom: "prev0001/a3"})
	c.AddAction(conference.Action{What: "Elterngespräch", OwnerID: owner, Due: due})
	return c
}

func agreements(t *testing.T, s *Store) map[string]conference.AgreementState {
	t.Helper()
	list, err := s.OpenActions(ActionQuery{Today: conference.DateOf(t0)})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]conference.AgreementState{}
	for _, a := range list {
		out[a.What] = a.Agreement
	}
	return out
}

// TestFollowUpListKnowsTheAgreement: the follow-up list gets each action's
// agreement as the minutes show it.
func TestFollowUpListKnowsTheAgreement(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	if err := s.Save(agreedConference(t)); err != nil {
		t.Fatal(err)
	}
	want := map[string]conference.AgreementState{
		"Hausbesuch": conference.AgreedHere, "U9": conference.AgreedEarlier, "Elterngespräch": conference.NotAgreed,
	}
	if got := agreements(t, s); len(got) != 3 || got["Hausbesuch"] != want["Hausbesuch"] ||
		got["U9"] != want["U9"] || got["Elterngespräch"] != want["Elterngespräch"] {
		t.Errorf("agreements %v, want %v", got, want)
	}
}

// TestMigrationToSchema7RewritesTheActionsIndex: a store of schema 6 gets
// its actions index written anew, with the agreements.
func TestMigrationToSchema7RewritesTheActionsIndex(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(agreedConference(t)); err != nil {
		t.Fatal(err)
	}
	// As schema 6 left it: a value of the old format (here: none at all).
	err = s.update(func(tx *bbolt.Tx) error {
		return errors.Join(tx.Bucket(bucketActions).Delete([]byte("agree001")),
			tx.Bucket(bucketMeta).Put(keySchema, formatVersion(6)))
	})
	if err := errors.Join(err, s.Close()); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if got := agreements(t, s); got["Hausbesuch"] != conference.AgreedHere || got["Elterngespräch"] != conference.NotAgreed {
		t.Errorf("after the migration: %v", got)
	}
}
