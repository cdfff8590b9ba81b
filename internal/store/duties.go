package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// The follow-up list shows, next to the actions, what else a conference
// leaves someone to do: the feedback owed to a reporting professional and
// every document of the distribution not given yet (conference.OpenDuties,
// the one rule). They travel in the actions index, so the list never
// decodes a conference.

// ErrDutyNotFound: the conference has no open duty of that kind and ID.
var ErrDutyNotFound = errors.New("store: duty not found")

// indexedDuty is one open duty in the actions index.
type indexedDuty struct {
	Kind, ID, Recipient, Document string
	// Owner and Institution name who owes it.
	Owner, Institution string
	Due                conference.Date
}

// dutiesOf returns the open duties of c as the index keeps them.
func dutiesOf(c *conference.Conference) []indexedDuty {
	duties := c.OpenDuties()
	if len(duties) == 0 {
		return nil
	}
	out := make([]indexedDuty, 0, len(duties))
	for _, d := range duties {
		x := indexedDuty{Kind: d.Kind, ID: d.ID, Recipient: d.Recipient, Document: d.Document, Due: d.Due}
		if p := c.Participant(d.OwnerID); p != nil {
			x.Owner, x.Institution = p.Name, p.Institution
		}
		out = append(out, x)
	}
	return out
}

func (idx *actionIndex) appendDuties(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(idx.Duties)))
	for _, d := range idx.Duties {
		for _, s := range []string{d.Kind, d.ID, d.Recipient, d.Document, d.Owner, d.Institution} {
			b = appendString(b, s)
		}
		b = appendDate(b, d.Due)
	}
	return b
}

// readDuties reads the duties of a format 4 value; str reads one string
// as UnmarshalBinary does (sharing the value's one copy).
func (idx *actionIndex) readDuties(r *summaryReader, str func() string) {
	n := r.count()
	for range n {
		var d indexedDuty
		d.Kind, d.ID, d.Recipient, d.Document, d.Owner, d.Institution = str(), str(), str(), str(), str(), str()
		d.Due = r.date()
		if r.err != nil {
			return
		}
		idx.Duties = append(idx.Duties, d)
	}
}

// addDuties (7 → 8) writes every conference's actions index again in
// format 4, with its open duties: the same rewrite as the 6 → 7 step.
func addDuties(tx *bbolt.Tx, cd *codec) error {
	return reindexActions(tx, cd)
}

// TrackedDuty is an open duty in the follow-up list.
type TrackedDuty struct {
	ConferenceID conference.ID
	// Title is the conference's case code or topic; ConfDate its date.
	Title    string
	ConfDate conference.Date
	// Kind is conference.DutyFeedback or conference.DutyDistribution; ID
	// the reporting professional's or the distribution entry's ID.
	Kind, ID string
	// Recipient is who is owed it, Document the variant.
	Recipient, Document string
	Owner, Institution  string
	Due                 conference.Date
}

// DaysOverdue is how many days the duty is past its due date on today;
// zero or less when it is not overdue or has no due date.
func (d TrackedDuty) DaysOverdue(today conference.Date) int {
	return conference.DaysOverdue(d.Due, today)
}

// OpenDuties lists the open duties of all conferences that match q (owner
// and institution as for actions; q.Overdue keeps those past their due
// date; q.All changes nothing: a settled duty is no longer kept), the
// longest overdue first, undated last. It reads only the actions index.
func (s *Store) OpenDuties(q ActionQuery) ([]TrackedDuty, error) {
	today := q.Today
	if today.IsZero() {
		today = conference.DateOf(s.opts.Now())
	}
	owner, inst := newMatcher(q.Owner), newMatcher(q.Institution)
	var out []TrackedDuty
	err := s.eachActionIndex(func(id conference.ID, idx *actionIndex) {
		for _, d := range idx.Duties {
			if q.Overdue && !conference.Overdue(d.Due, today) {
				continue
			}
			if !owner.match(d.Owner) || !inst.match(d.Institution) {
				continue
			}
			out = append(out, cleanDuty(TrackedDuty{
				ConferenceID: id, Title: idx.Title, ConfDate: idx.ConfDate, Kind: d.Kind, ID: d.ID,
				Recipient: d.Recipient, Document: d.Document, Owner: d.Owner, Institution: d.Institution, Due: d.Due,
			}))
		}
	})
	slices.SortStableFunc(out, func(a, b TrackedDuty) int {
		ka, kb := dueKey(a.Due), dueKey(b.Due)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	return out, err
}

// cleanDuty cleans the texts of a row as the store cleans all it reads.
func cleanDuty(d TrackedDuty) TrackedDuty {
	d.Title, d.ID, d.Recipient, d.Document = sanitize.Line(d.Title), sanitize.Line(d.ID), sanitize.Line(d.Recipient), sanitize.Line(d.Document)
	d.Owner, d.Institution = sanitize.Line(d.Owner), sanitize.Line(d.Institution)
	return d
}

// SettleDuty records that a duty of the conference id is done: a document
// of the distribution given on day, or the feedback owed to a reporting
// professional given on day or, with a reason, declined. One transaction
// with an audit entry; a zero day means today.
func (s *Store) SettleDuty(id conference.ID, kind, dutyID string, day conference.Date, reason string) error {
	now := s.opts.Now()
	if day.IsZero() {
		day = conference.DateOf(now)
	}
	return s.update(func(tx *bbolt.Tx) error {
		c, err := s.readConference(tx, []byte(id))
		if err != nil {
			return err
		}
		c.ID = id
		var change conference.Change
		switch kind {
		case conference.DutyDistribution:
			if !c.MarkGiven(dutyID, day, "") {
				return fmt.Errorf("%w: %s/%s", ErrDutyNotFound, id, dutyID)
			}
			change = conference.Change{Op: conference.OpUpdate, Path: "distribution/" + dutyID + "/given", Arg: day.String()}
		case conference.DutyFeedback:
			if !c.SettleFeedback(dutyID, day, reason) {
				return fmt.Errorf("%w: %s/%s", ErrDutyNotFound, id, dutyID)
			}
			field, arg := "feedback_given", day.String()
			if reason != "" {
				field, arg = "no_feedback_reason", ""
			}
			change = conference.Change{Op: conference.OpUpdate, Path: "participants/" + dutyID + "/report/" + field, Arg: arg}
		default:
			return fmt.Errorf("%w: %s/%s", ErrDutyNotFound, id, dutyID)
		}
		c.Touch(now)
		return putConference(tx, s.cd, c, []conference.Change{change}, now)
	})
}
