package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// agreement is an agreement in force between two institutions, changed
// at t0 + minutes.
func agreement(subject string, minutes int) conference.CooperationAgreement {
	day := conference.DateOf(t0)
	return conference.CooperationAgreement{
		Subject: subject,
		Partners: []conference.AgreementPartner{
			{Institution: "Jugendamt Nord", Contact: "Petra Albers"}, {Institution: "Kita Sonnenblume", Contact: "Aylin Demir"},
		},
		SignedOn: day.AddDays(-300), ReviewBy: day.AddDays(60), Status: conference.AgreementInForce,
		UpdatedAt: t0.Add(time.Duration(minutes) * time.Minute),
	}
}

// networkMeeting is a network meeting to record agreements in.
func networkMeeting(t *testing.T, s *Store) *conference.Conference {
	t.Helper()
	c := conference.New("", conference.KindNetwork, t0)
	c.Topic = "Runder Tisch"
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	return c
}

// registered returns the register's agreement with the ID, nil when none.
func registered(t *testing.T, s *Store, id string) *conference.CooperationAgreement {
	t.Helper()
	a, err := s.Agreement(id)
	if errors.Is(err, ErrAgreementNotFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAStoreWithoutTheRegisterHasNoAgreements(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	err := s.view(func(tx *bbolt.Tx) error {
		if tx.Bucket(bucketAgreements) != nil {
			t.Error("a new store has the register before anything was written to it")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Agreements()
	if err != nil || len(list) != 0 {
		t.Fatalf("agreements %v, %v", list, err)
	}
	if _, err := s.Agreement("k2v8m4qa"); !errors.Is(err, ErrAgreementNotFound) {
		t.Errorf("Agreement of an empty register: %v", err)
	}
	// A case conference's save does not make the register.
	if err := s.Save(richConference("", "x", 0)); err != nil {
		t.Fatal(err)
	}
	_ = s.view(func(tx *bbolt.Tx) error {
		if tx.Bucket(bucketAgreements) != nil {
			t.Error("a case conference made the register")
		}
		return nil
	})
}

func TestTheRegisterSavesListsAndDeletes(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	a := agreement("Meldewege", 0)
	if err := s.SaveAgreement(&a); err != nil {
		t.Fatal(err)
	}
	if !conference.ValidID(a.ID) || !a.CreatedAt.Equal(a.UpdatedAt) {
		t.Fatalf("new agreement got ID %q, created %v", a.ID, a.CreatedAt)
	}
	b := agreement("Polizei", 1)
	b.ReviewBy = conference.DateOf(t0).AddDays(-3)
	if err := s.SaveAgreement(&b); err != nil {
		t.Fatal(err)
	}
	list, err := s.Agreements()
	if err != nil || len(list) != 2 || list[0].Subject != "Polizei" || list[1].Partners[1].Contact != "Aylin Demir" {
		t.Fatalf("list %+v, %v: want the one due first", list, err)
	}
	a.Note, a.UpdatedAt = "neu gefasst", t0.Add(time.Hour)
	if err := s.SaveAgreement(&a); err != nil || registered(t, s, a.ID).Note != "neu gefasst" {
		t.Fatalf("update: %v", err)
	}
	if err := s.DeleteAgreement(a.ID); err != nil {
		t.Fatal(err)
	}
	if registered(t, s, a.ID) != nil {
		t.Error("deleted agreement still there")
	}
	if err := s.DeleteAgreement(a.ID); !errors.Is(err, ErrAgreementNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if err := s.SaveAgreement(&a); !errors.Is(err, ErrAgreementNotFound) {
		t.Errorf("saving a deleted agreement under its ID: %v", err)
	}
	if list, _ := s.Agreements(); len(list) != 1 {
		t.Errorf("list after delete: %+v", list)
	}
}

// madeAndReviewed saves a registered agreement, then a network meeting
// that makes an agreement and reviews the registered one with outcome;
// it returns the meeting, the registered agreement as it was before, and
// the one made.
func madeAndReviewed(t *testing.T, s *Store, outcome string) (c *conference.Conference, old, made conference.CooperationAgreement) {
	t.Helper()
	old = agreement("Meldewege", 0)
	if err := s.SaveAgreement(&old); err != nil {
		t.Fatal(err)
	}
	c = networkMeeting(t, s)
	made = agreement("Kinderklinik", 10)
	made.ID, made.CreatedIn = "n5k7a2qb", c.ID
	c.RecordAgreement(made)
	reviewed := old.Copy()
	reviewed.Review(conference.AgreementReview{On: conference.DateOf(t0), In: c.ID, Outcome: outcome}, t0.Add(11*time.Minute))
	c.RecordAgreement(reviewed)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	return c, old, made
}

// TestAMeetingsAgreementsReachTheRegister makes an agreement in a
// meeting and reviews a registered one there; both reach the register
// with the meeting's save.
func TestAMeetingsAgreementsReachTheRegister(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	_, old, made := madeAndReviewed(t, s, conference.ReviewRevise)
	if got := registered(t, s, made.ID); got == nil || got.Subject != "Kinderklinik" {
		t.Errorf("made in the meeting: %+v", got)
	}
	if got := registered(t, s, old.ID); got == nil || got.Status != conference.AgreementRevising || len(got.Reviews) != 1 {
		t.Errorf("reviewed in the meeting: %+v", got)
	}
}

// TestALaterChangeOnTheRegisterOutlivesTheMeetingsNextSave changes an
// agreement on its own screen after the meeting changed it: the meeting
// saved again (its follow-up list, say) leaves it as it is now.
func TestALaterChangeOnTheRegisterOutlivesTheMeetingsNextSave(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c := networkMeeting(t, s)
	a := agreement("Meldewege", 10)
	a.ID = "n5k7a2qb"
	c.RecordAgreement(a)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	later := *registered(t, s, a.ID)
	later.Note, later.UpdatedAt = "vom Register", t0.Add(time.Hour)
	if err := s.SaveAgreement(&later); err != nil {
		t.Fatal(err)
	}
	c.Place = "Rathaus"
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := registered(t, s, a.ID); got.Note != "vom Register" {
		t.Errorf("the meeting's older record overwrote the register: %+v", got)
	}
	// The meeting changes it again, later: now the meeting's wins.
	again := c.CooperationAgreement(a.ID)
	again.Note, again.UpdatedAt = "im Treffen", t0.Add(2*time.Hour)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := registered(t, s, a.ID); got.Note != "im Treffen" {
		t.Errorf("the meeting's later change did not reach the register: %+v", got)
	}
}

// TestUndoingInTheMeetingTakesItBackInTheRegister records an agreement
// made and one reviewed in the meeting, then takes both records back
// (undo): the one made goes, the one reviewed is as before.
func TestUndoingInTheMeetingTakesItBackInTheRegister(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c, old, made := madeAndReviewed(t, s, conference.ReviewEnd)
	// A second change in the same meeting keeps what came before it.
	c.CooperationAgreement(old.ID).Note = "zweite Änderung"
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	c.Cooperation = nil
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := registered(t, s, made.ID); got != nil {
		t.Errorf("the agreement made in the meeting stayed: %+v", got)
	}
	if got := registered(t, s, old.ID); got == nil || !got.Equal(old) {
		t.Errorf("the reviewed agreement is %+v, want it as before the meeting", got)
	}
}

func TestADeletedAgreementStaysDeletedWhenTheMeetingIsSavedAgain(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c := networkMeeting(t, s)
	a := agreement("Meldewege", -10) // changed in the meeting before it was deleted
	a.ID = "n5k7a2qb"
	c.RecordAgreement(a)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAgreement(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := registered(t, s, a.ID); got != nil {
		t.Errorf("the meeting brought a deleted agreement back: %+v", got)
	}
}

func TestTheRegisterIsSealedInAnEncryptedStore(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	s.opts.KDF = testKDF
	a := agreement("Meldewege", 0)
	a.Partners[0].Contact = "Kontakt-Marker-4711"
	if err := s.SaveAgreement(&a); err != nil {
		t.Fatal(err)
	}
	if !fileContains(t, s.Path(), "Kontakt-Marker-4711") {
		t.Fatal("marker not in the plain file: the test proves nothing")
	}
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, s.Path(), []string{"Kontakt-Marker-4711", "Kita Sonnenblume"})
	b := agreement("Polizei-Marker-0815", 1)
	if err := s.SaveAgreement(&b); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, s.Path(), []string{"Polizei-Marker-0815"})
	list, err := s.Agreements()
	if err != nil || len(list) != 2 || !slices.ContainsFunc(list, func(x conference.CooperationAgreement) bool {
		return x.Partners[0].Contact == "Kontakt-Marker-4711"
	}) {
		t.Errorf("register after encrypting: %+v, %v", list, err)
	}
}

// TestTheRegisterIsReadClean writes terminal controls into an agreement
// (as an edited file or an import could): what is read has none.
func TestTheRegisterIsReadClean(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	a := agreement("Melde\x1b]0;pwned\x07wege", 0)
	a.Partners[0].Contact = "Petra\u202eAlbers"
	a.Note = "Zeile 1\r\nZeile\u009b2"
	a.Reviews = []conference.AgreementReview{{On: conference.DateOf(t0), Outcome: conference.ReviewConfirmed, Note: "ok\x1b[2J"}}
	if err := s.SaveAgreement(&a); err != nil {
		t.Fatal(err)
	}
	got := registered(t, s, a.ID)
	if got.Subject != "Meldewege" || got.Partners[0].Contact != "PetraAlbers" || got.Note != "Zeile 1\nZeile" || got.Reviews[0].Note != "ok" {
		t.Errorf("read %+v", got)
	}
	list, _ := s.Agreements()
	if list[0].Subject != "Meldewege" {
		t.Errorf("listed %q", list[0].Subject)
	}
}

// TestANetworkMeetingIsFoundByItsAgendaAndAgreements searches for words
// of an agenda item's decisions and of an agreement's partner.
func TestANetworkMeetingIsFoundByItsAgendaAndAgreements(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	c := networkMeeting(t, s)
	c.AddAgendaItem(conference.AgendaItem{Title: "Fachtag", Decisions: "Stadthalle Nordviertel reservieren"})
	a := agreement("Meldewege", 0)
	a.ID, a.Partners[1].Institution = "n5k7a2qb", "Kita Pusteblume"
	c.RecordAgreement(a)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"nordviertel", "pusteblume"} {
		if hits, err := s.Search(q); err != nil || len(hits) != 1 || hits[0].Summary.ID != c.ID {
			t.Errorf("search %q: %+v, %v", q, hits, err)
		}
	}
}
