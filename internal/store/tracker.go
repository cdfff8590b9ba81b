package store

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/textfold"
)

// ErrActionNotFound: the conference has no action with that ID.
var ErrActionNotFound = errors.New("store: action not found")

// TrackedAction is an action in the tracker ("Wiedervorlage"): what is
// due, who owes it, which conference agreed it, and what became of it.
type TrackedAction struct {
	ConferenceID conference.ID
	ActionID     string
	// Number is the action's place in its conference (1, 2, ...), as the
	// minutes number it.
	Number int
	// Title is the conference's case code or topic; ConfDate its date.
	Title       string
	ConfDate    conference.Date
	What        string
	Owner       string // the owner's name
	Institution string
	Due         conference.Date
	// Open is conference.ActionOpen; History the action's status history,
	// oldest first.
	Open    bool
	History []conference.StatusEntry
	// Agreement is the state of the owner's yes, as the conference shows
	// it (conference.Action.Agreement).
	Agreement conference.AgreementState
}

// Status returns the action's current status code (FollowUpOpen when
// nothing was recorded).
func (a TrackedAction) Status() string {
	if len(a.History) == 0 {
		return conference.FollowUpOpen
	}
	return a.History[len(a.History)-1].Status
}

// DaysOverdue is how many days the action is past its due date on today;
// zero or less when it is not overdue, done, or has no due date.
func (a TrackedAction) DaysOverdue(today conference.Date) int {
	if !a.Open {
		return 0
	}
	return conference.DaysOverdue(a.Due, today)
}

// ActionQuery filters the tracker. Owner and Institution match as a part
// of the name, ignoring case, accents and umlaut spelling. Today decides
// what is overdue; zero means the store's clock. All includes the actions
// no longer open (done, not done, obsolete, carried forward).
type ActionQuery struct {
	Overdue     bool
	Owner       string
	Institution string
	Today       conference.Date
	All         bool
}

// OpenActions lists the open actions of all conferences (with q.All every
// action, the open ones first): overdue first, the longest overdue at the
// top, then by due date; actions without a due date come last, and actions
// due the same day come by conference (ID) and in the conference's order.
// An action is open as conference.ActionOpen says: an action a follow-up
// conference reviewed as done, not done or obsolete, or carried forward,
// is closed in its own conference's history (propagate.go). It reads only
// the actions index, never a whole conference.
func (s *Store) OpenActions(q ActionQuery) ([]TrackedAction, error) {
	today := q.Today
	if today.IsZero() {
		today = conference.DateOf(s.opts.Now())
	}
	owner, inst := newMatcher(q.Owner), newMatcher(q.Institution)
	var rows collector[TrackedAction]
	err := s.eachActionIndex(func(id conference.ID, idx *actionIndex) {
		for i, a := range idx.Actions {
			if !a.Open && !q.All {
				continue
			}
			if q.Overdue && (!a.Open || !conference.Overdue(a.Due, today)) {
				continue
			}
			if !owner.match(a.Owner) || !inst.match(a.Institution) {
				continue
			}
			rows.add(cleanTracked(TrackedAction{
				ConferenceID: id, ActionID: a.ID, Number: i + 1, Title: idx.Title, ConfDate: idx.ConfDate,
				What: a.What, Owner: a.Owner, Institution: a.Institution, Due: a.Due, Open: a.Open, History: a.History,
				Agreement: a.Agreement,
			}))
		}
	})
	if err != nil {
		return nil, err
	}
	return sortTracker(&rows), nil
}

// eachActionIndex hands every conference's actions index to fn, by
// conference ID, in one read transaction: the follow-up list's actions
// and duties read nothing else. idx is reused from one call to the next.
func (s *Store) eachActionIndex(fn func(id conference.ID, idx *actionIndex)) error {
	return s.view(func(tx *bbolt.Tx) error {
		b, err := bucket(tx, bucketActions)
		if err != nil {
			return err
		}
		var idx actionIndex
		return b.ForEach(func(k, v []byte) error {
			if err := s.cd.decode(bucketActions, k, v, &idx); err != nil {
				return damage(err)
			}
			fn(conference.ID(k), &idx)
			return nil
		})
	})
}

// sortTracker orders the rows by due date, earliest (so: longest overdue)
// first, undated last, the open ones before the others; rows due the same
// day keep the order they were read in (by conference ID, then as the
// conference lists its actions), which is stable. It sorts packed integer
// keys rather than the rows themselves: moving tens of thousands of
// 160-byte rows around cost more than reading them.
func sortTracker(rows *collector[TrackedAction]) []TrackedAction {
	keys := make([]uint64, 0, rows.len())
	i := 0
	rows.each(func(a *TrackedAction) {
		closed := uint64(0)
		if !a.Open {
			closed = 1 << 63
		}
		keys = append(keys, closed|dueKey(a.Due)<<32|uint64(i))
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

// RecordActionStatus appends a status to the history of an action, from
// the follow-up list or the command line: one transaction that saves the
// conference with an audit entry, and shows the status in the review of a
// follow-up not held yet. The entry is stamped with the store's clock; a
// zero day means today. A day after today is refused
// (conference.ErrStatusInFuture), one more than a year back unless forced
// (conference.ErrStatusLongAgo). Earlier entries stay as they were.
func (s *Store) RecordActionStatus(id conference.ID, actionID string, e conference.StatusEntry, force bool) error {
	now := s.opts.Now()
	e.At = now
	if e.On.IsZero() {
		e.On = conference.DateOf(now)
	}
	return s.update(func(tx *bbolt.Tx) error {
		c, err := s.readConference(tx, []byte(id))
		if err != nil {
			return err
		}
		c.ID = id
		if err := c.RecordStatus(actionID, e, force); errors.Is(err, conference.ErrActionUnknown) {
			return fmt.Errorf("%w: %s/%s", ErrActionNotFound, id, actionID)
		} else if err != nil {
			return err
		}
		c.Touch(now)
		path := "actions/" + actionID + "/history"
		if err := putConference(tx, s.cd, c, []conference.Change{{Op: conference.OpUpdate, Path: path, Arg: e.Status}}, now); err != nil {
			return err
		}
		return propagateStatus(tx, s.cd, c, actionID, now)
	})
}

// FollowUpsOf returns the conferences that follow the conference id (a
// second follow-up is usually a mistake: kofa followup asks first).
func (s *Store) FollowUpsOf(id conference.ID) ([]conference.ID, error) {
	var out []conference.ID
	err := s.view(func(tx *bbolt.Tx) (err error) {
		out, err = followUpsOf(tx, s.cd, id)
		return err
	})
	return out, err
}

// cleanTracked cleans the texts of a row of the follow-up list as the
// store cleans all it reads (unmarshal): the index repeats texts of the
// conference, which may come from a store written by something else.
func cleanTracked(a TrackedAction) TrackedAction {
	a.ActionID = sanitize.Line(a.ActionID)
	a.Title, a.What = sanitize.Line(a.Title), sanitize.Line(a.What)
	a.Owner, a.Institution = sanitize.Line(a.Owner), sanitize.Line(a.Institution)
	for i := range a.History {
		if e := a.History[i]; e.CleanText() > 0 {
			a.History = slices.Clone(a.History) // the index's entries stay as read
			a.History[i] = e
		}
	}
	return a
}
