package store

import (
	"errors"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// closedCaseWithDuties stores a closed case conference in which a doctor
// reported (owed feedback) and two documents are to be given, one of them
// already given.
func closedCaseWithDuties(t *testing.T, s *Store) *conference.Conference {
	t.Helper()
	c := conference.New("", conference.KindCase, t0)
	c.CaseCode = "F-7"
	c.Date = trackerDay
	lead := c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "Jugendamt",
		Roles: []string{conference.RoleCaseLead}}).ID
	doctor := c.AddParticipant(conference.Participant{Name: "Dr. Weber", Roles: []string{conference.RoleReporter},
		Report: conference.Report{Profession: conference.ProfessionDoctor}}).ID
	c.AddDistribution(conference.Distribution{ParticipantID: doctor, Variant: conference.MinutesFull})
	given := c.AddDistribution(conference.Distribution{Recipient: "Polizei", Variant: conference.MinutesNotice}).ID
	c.MarkGiven(given, trackerDay, conference.GivenEmail)
	c.Start(t0)
	c.Close(t0.Add(90 * 60e9))
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	_ = lead
	return c
}

func TestFollowUpListHoldsTheOpenDuties(t *testing.T) {
	s := openTemp(t)
	c := closedCaseWithDuties(t, s)
	list, err := s.OpenDuties(ActionQuery{Today: trackerDay})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("duties %+v, want the feedback and the minutes not given", list)
	}
	feedback := list[0] // dated, so first
	if feedback.Kind != conference.DutyFeedback || feedback.Recipient != "Dr. Weber" || feedback.Owner != "Petra Albers" ||
		feedback.Due != trackerDay.AddDays(conference.FeedbackDays) || feedback.ConferenceID != c.ID || feedback.Title != "F-7" {
		t.Errorf("feedback duty %+v", feedback)
	}
	if d := list[1]; d.Kind != conference.DutyDistribution || d.Document != conference.MinutesFull || !d.Due.IsZero() {
		t.Errorf("document duty %+v", d)
	}
	if got, _ := s.OpenDuties(ActionQuery{Today: trackerDay.AddDays(15), Overdue: true}); len(got) != 1 || got[0].Kind != conference.DutyFeedback {
		t.Errorf("overdue: %+v, want the feedback only", got)
	}
	if got, _ := s.OpenDuties(ActionQuery{Today: trackerDay, Owner: "albers"}); len(got) != 2 {
		t.Errorf("by owner: %d duties", len(got))
	}
	if got, _ := s.OpenDuties(ActionQuery{Today: trackerDay, Owner: "weber"}); len(got) != 0 {
		t.Errorf("someone else's: %+v", got)
	}
}

func TestSettlingADutyTakesItOffTheList(t *testing.T) {
	s := openTemp(t)
	c := closedCaseWithDuties(t, s)
	doctor := c.Reporters()[0].ID
	if err := s.SettleDuty(c.ID, conference.DutyFeedback, doctor, trackerDay.AddDays(2), ""); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(c.ID)
	if got.Participant(doctor).Report.FeedbackGiven != trackerDay.AddDays(2) {
		t.Error("the feedback given is not stored")
	}
	list, _ := s.OpenDuties(ActionQuery{Today: trackerDay})
	if len(list) != 1 || list[0].Kind != conference.DutyDistribution {
		t.Fatalf("after the feedback: %+v", list)
	}
	if err := s.SettleDuty(c.ID, conference.DutyDistribution, list[0].ID, conference.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.OpenDuties(ActionQuery{Today: trackerDay}); len(list) != 0 {
		t.Errorf("still listed: %+v", list)
	}
	if err := s.SettleDuty(c.ID, conference.DutyDistribution, "v999", trackerDay, ""); !errors.Is(err, ErrDutyNotFound) {
		t.Errorf("an unknown duty: %v", err)
	}
	var audited bool
	entries, err := s.Audit(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Path == "participants/"+doctor+"/report/feedback_given" {
			audited = true
		}
	}
	if !audited {
		t.Error("the feedback given is not in the audit log")
	}
}

// TestActionsIndexOfFormat3ReadsWithoutDuties: a value written before the
// duties (schema 7) still reads, and migrating to schema 8 writes the
// duties into it.
func TestActionsIndexOfFormat3ReadsWithoutDuties(t *testing.T) {
	s := openTemp(t)
	c := closedCaseWithDuties(t, s)
	// Write the index as a kofa of schema 7 did: format 3, no duties.
	idx := actionIndexOf(c)
	idx.Duties = nil
	plain, err := idx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	plain = plain[:len(plain)-1] // the empty duty count format 3 lacks
	plain[0] = 3
	var back actionIndex
	if err := back.UnmarshalBinary(plain); err != nil || back.Title != "F-7" || len(back.Duties) != 0 {
		t.Fatalf("format 3 read as %+v, %v", back, err)
	}
	err = s.db.Update(func(tx *bbolt.Tx) error {
		if err := s.cd.putChanged(tx.Bucket(bucketActions), bucketActions, []byte(c.ID), plain); err != nil {
			return err
		}
		return addDuties(tx, s.cd)
	})
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := s.OpenDuties(ActionQuery{Today: trackerDay}); len(list) != 2 {
		t.Errorf("after the migration: %d duties, want 2", len(list))
	}
}
