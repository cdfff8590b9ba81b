package store

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
	"kofa/internal/textfold"
)

// ErrActionNotFound: the conference has no action with that ID.
var ErrActionNotFound = errors.New("store: action not found")

// TrackedAction is an open action in the tracker ("Wiedervorlage"): what
// is due, who owes it, and which conference agreed it.
type TrackedAction struct {
	ConferenceID conference.ID
	ActionID     string
	// Title is the conference's case code or topic; ConfDate its date.
	Title       string
	ConfDate    conference.Date
	What        string
	Owner       string // the owner's name
	Institution string
	Due         conference.Date
	FollowUp    string // FollowUpOpen or FollowUpPartly
}

// DaysOverdue is how many days the action is past its due date on today;
// zero or less when it is not overdue or has no due date.
func (a TrackedAction) DaysOverdue(today conference.Date) int {
	if a.Due.IsZero() {
		return 0
	}
	return a.Due.DaysUntil(today)
}

// ActionQuery filters the tracker. Owner and Institution match as a part
// of the name, ignoring case, accents and umlaut spelling. Today decides
// what is overdue; zero means the store's clock.
type ActionQuery struct {
	Overdue     bool
	Owner       string
	Institution string
	Today       conference.Date
}

// OpenActions lists the open actions of all conferences: overdue first,
// the longest overdue at the top, then by due date; actions without a due
// date come last, and actions due the same day come by conference (ID)
// and in the conference's order. An action that a follow-up conference
// has reviewed as done, not done (and carried forward) or obsolete is no
// longer open. It reads only the actions index, never a whole conference.
func (s *Store) OpenActions(q ActionQuery) ([]TrackedAction, error) {
	today := q.Today
	if today.IsZero() {
		today = conference.DateOf(s.opts.Now())
	}
	owner, inst := newMatcher(q.Owner), newMatcher(q.Institution)
	var (
		rows   collector[TrackedAction]
		closed = map[string]bool{}
	)
	err := s.view(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketActions)
		if err != nil {
			return err
		}
		var idx actionIndex
		return b.ForEach(func(k, v []byte) error {
			if err := s.cd.decode(bucketActions, k, v, &idx); err != nil {
				return damage(err)
			}
			for _, origin := range idx.Closed {
				closed[origin] = true
			}
			for _, a := range idx.Open {
				if q.Overdue && (a.Due.IsZero() || !a.Due.Before(today)) {
					continue
				}
				if !owner.match(a.Owner) || !inst.match(a.Institution) {
					continue
				}
				rows.add(TrackedAction{
					ConferenceID: conference.ID(k), ActionID: a.ID, Title: idx.Title, ConfDate: idx.ConfDate,
					What: a.What, Owner: a.Owner, Institution: a.Institution, Due: a.Due, FollowUp: a.FollowUp,
				})
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return sortTracker(&rows, func(a *TrackedAction) bool {
		return len(closed) > 0 && closed[string(a.ConferenceID)+"/"+a.ActionID]
	}), nil
}

// sortTracker orders the rows by due date, earliest (so: longest overdue)
// first, undated last; rows due the same day keep the order they were read
// in (by conference ID, then as the conference lists its actions), which is
// stable. It sorts packed integer keys rather than the rows themselves:
// moving tens of thousands of 160-byte rows around cost more than
// reading them. Rows for which drop reports true are left out.
func sortTracker(rows *collector[TrackedAction], drop func(*TrackedAction) bool) []TrackedAction {
	keys := make([]uint64, 0, rows.len())
	i := 0
	rows.each(func(a *TrackedAction) {
		if !drop(a) {
			keys = append(keys, dueKey(a.Due)<<32|uint64(i))
		}
		i++
	})
	if len(keys) == 0 {
		return nil
	}
	slices.Sort(keys)
	positions := make([]int, len(keys))
	for i, k := range keys {
		positions[i] = int(uint32(k))
	}
	return rows.pick(positions)
}

// dueKey grows with the date; an unset date sorts after every real one.
func dueKey(d conference.Date) uint64 {
	if d.IsZero() {
		return math.MaxUint32
	}
	y := min(max(d.Year, 0), 1<<20)
	return uint64(y)<<9 | uint64(d.Month)<<5 | uint64(d.Day)
}

// matcher tests names against a filter; owners and institutions repeat
// across conferences, so each is folded once per query.
type matcher struct {
	needle textfold.Folded
	seen   map[string]bool
}

func newMatcher(filter string) *matcher {
	f := textfold.Fold(filter)
	if f.Empty() {
		return nil
	}
	return &matcher{needle: f, seen: map[string]bool{}}
}

func (m *matcher) match(s string) bool {
	if m == nil {
		return true
	}
	ok, done := m.seen[s]
	if !done {
		ok = m.needle.In(textfold.Haystack(s))
		m.seen[s] = ok
	}
	return ok
}

// MarkActionDone records that an action was done on the day, with a note,
// from the tracker: one transaction that saves the conference with an
// audit entry. A zero day means today by the store's clock.
func (s *Store) MarkActionDone(id conference.ID, actionID string, on conference.Date, note string) error {
	now := s.opts.Now()
	if on.IsZero() {
		on = conference.DateOf(now)
	}
	return s.update(func(tx *bbolt.Tx) error {
		confs, err := bucket(tx, bucketConferences)
		if err != nil {
			return err
		}
		data := confs.Get([]byte(id))
		if data == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		var c conference.Conference
		if err := s.cd.decode(bucketConferences, []byte(id), data, &c); err != nil {
			return damage(err)
		}
		a := c.Action(actionID)
		if a == nil {
			return fmt.Errorf("%w: %s/%s", ErrActionNotFound, id, actionID)
		}
		a.FollowUp, a.FollowUpDate, a.FollowUpNote = conference.FollowUpDone, on, note
		c.Touch(now)
		path := "actions/" + actionID + "/follow_up"
		return putConference(tx, s.cd, &c, []conference.Change{{Op: conference.OpUpdate, Path: path, Arg: conference.FollowUpDone}}, now)
	})
}
