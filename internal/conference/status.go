package conference

import (
	"errors"
	"time"
)

// StatusEntry is one step of what became of an agreed action: who
// recorded which status, when, and why. An action's status is the history
// of these entries, oldest first; nothing recorded later replaces what was
// recorded before, so the record shows every step (marked done in the
// follow-up list, then reviewed at the next conference).
type StatusEntry struct {
	// Status is a FollowUp* code.
	Status string `json:"status"`
	// On is the day it happened (the done date); At is when it was
	// recorded. An entry migrated from kofa before the history has no At.
	On Date      `json:"on"`
	At time.Time `json:"at,omitzero"`
	// By is who recorded it: a name, or the account at the keyboard.
	By   string `json:"by,omitempty"`
	Note string `json:"note,omitempty"`
	// In is the follow-up conference whose review recorded the entry,
	// with its date (InDate) so the entry reads on its own when that
	// conference is deleted. CarriedTo is the number of the action there
	// that carries this one forward ("fortgeführt als #N"), 0 when none,
	// -1 when that action was removed again.
	In        ID   `json:"in,omitempty"`
	InDate    Date `json:"in_date,omitzero"`
	CarriedTo int  `json:"carried_to,omitempty"`
}

// ActionStatus is one entry of a conference's status log: a StatusEntry
// of one of its actions. The history lives in one list beside the actions
// rather than inside each, so that an action stays a plain comparable
// value (editors and the store compare actions to find what changed).
type ActionStatus struct {
	ActionID string `json:"action_id"`
	StatusEntry
}

// Closes reports whether the entry ends the action's life in the
// follow-up list: done, not done or obsolete, or carried forward (the new
// action goes on in its place).
func (e StatusEntry) Closes() bool {
	return e.CarriedTo != 0 || !(e.Status == FollowUpOpen || e.Status == FollowUpPartly)
}

// History returns the status history of the action, oldest first.
func (c *Conference) History(actionID string) []StatusEntry {
	var out []StatusEntry
	for _, s := range c.StatusLog {
		if s.ActionID == actionID {
			out = append(out, s.StatusEntry)
		}
	}
	return out
}

// Latest returns the last entry of the action's history.
func (c *Conference) Latest(actionID string) (StatusEntry, bool) {
	for i := len(c.StatusLog) - 1; i >= 0; i-- {
		if c.StatusLog[i].ActionID == actionID {
			return c.StatusLog[i].StatusEntry, true
		}
	}
	return StatusEntry{}, false
}

// ActionStatus returns the action's current status: the last entry of its
// history, FollowUpOpen when there is none.
func (c *Conference) ActionStatus(actionID string) string {
	e, _ := c.Latest(actionID)
	return e.Status
}

// ActionOpen reports whether the action still needs doing. It is the one
// definition of "open" that the list of conferences, home, the follow-up
// list and the minutes all count with: the latest status is open or
// partly done, and the action was not carried forward.
func (c *Conference) ActionOpen(actionID string) bool {
	e, ok := c.Latest(actionID)
	return !ok || !e.Closes()
}

// closing returns the IDs of actions whose latest entry closes them (nil
// when the log is empty): ActionOpen for every action at once.
func (c *Conference) closing() map[string]bool {
	if len(c.StatusLog) == 0 {
		return nil
	}
	latest := make(map[string]StatusEntry, len(c.StatusLog))
	for _, s := range c.StatusLog {
		latest[s.ActionID] = s.StatusEntry
	}
	closed := make(map[string]bool, len(latest))
	for id, e := range latest {
		if e.Closes() {
			closed[id] = true
		}
	}
	return closed
}

// OpenActionList returns the actions still to be done, in order.
func (c *Conference) OpenActionList() []Action {
	closed := c.closing()
	var out []Action
	for _, a := range c.Actions {
		if !closed[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// OpenActions counts actions still to be done.
func (c *Conference) OpenActions() int {
	closed := c.closing()
	n := 0
	for _, a := range c.Actions {
		if !closed[a.ID] {
			n++
		}
	}
	return n
}

// StatusAt returns the conference with its status log cut at t: the
// record as it stood then (the minutes of a conference closed at t). An
// entry without a recording time (migrated) counts by the day it
// happened, and one without either as recorded before t.
func (c *Conference) StatusAt(t time.Time) *Conference {
	out := *c
	out.StatusLog = nil
	for _, s := range c.StatusLog {
		if s.recordedBy(t) {
			out.StatusLog = append(out.StatusLog, s)
		}
	}
	return &out
}

// HistoryAfter returns the entries of the action recorded after t (see
// StatusAt): what became of it since the minutes were closed.
func (c *Conference) HistoryAfter(actionID string, t time.Time) []StatusEntry {
	var out []StatusEntry
	for _, s := range c.StatusLog {
		if s.ActionID == actionID && !s.recordedBy(t) {
			out = append(out, s.StatusEntry)
		}
	}
	return out
}

func (e StatusEntry) recordedBy(t time.Time) bool {
	switch {
	case !e.At.IsZero():
		return !e.At.After(t)
	case !e.On.IsZero():
		return !e.On.After(DateOf(t))
	}
	return true
}

// Errors of RecordStatus.
var (
	// ErrStatusInFuture: a status cannot be dated after today.
	ErrStatusInFuture = errors.New("conference: status dated in the future")
	// ErrStatusLongAgo: a status dated more than a year back needs to be
	// confirmed (force).
	ErrStatusLongAgo = errors.New("conference: status dated more than a year back")
	// ErrStatusUnknown: not a FollowUp* code.
	ErrStatusUnknown = errors.New("conference: unknown status")
	// ErrActionUnknown: the conference has no action with that ID.
	ErrActionUnknown = errors.New("conference: unknown action")
)

// CheckStatusDay says whether a status may be dated on the day, given
// today: never after today, and more than a year back only when forced
// (a typo such as 2025 for 2026 is more likely than a year-old report).
func CheckStatusDay(on, today Date, force bool) error {
	switch {
	case on.After(today):
		return ErrStatusInFuture
	case !force && on.Before(today.AddDays(-365)):
		return ErrStatusLongAgo
	}
	return nil
}

// RecordStatus appends an entry to the history of the action, after
// checking its code and its day (CheckStatusDay against the day of e.At).
// Earlier entries stay as they were.
func (c *Conference) RecordStatus(actionID string, e StatusEntry, force bool) error {
	if c.Action(actionID) == nil {
		return ErrActionUnknown
	}
	if !contains(FollowUps, e.Status) {
		return ErrStatusUnknown
	}
	if err := CheckStatusDay(e.On, DateOf(e.At), force); err != nil {
		return err
	}
	c.AddStatus(actionID, e)
	return nil
}

// AddStatus appends an entry to the action's history as given, unchecked
// (RecordStatus checks first): for data that was checked where it was
// recorded.
func (c *Conference) AddStatus(actionID string, e StatusEntry) {
	c.StatusLog = append(c.StatusLog, ActionStatus{ActionID: actionID, StatusEntry: e})
}

// ApplyReviews records in the history of c's actions what the review of
// its follow-up (conference in, held on inDate) says, as its
// ReviewOutcomes list it: one entry per action and reviewing conference,
// changed in place while the review changes, removed when the review is
// reset to "not reviewed" or no longer lists the action. A new entry is
// recorded at now. It reports whether anything changed.
func (c *Conference) ApplyReviews(in ID, inDate Date, outcomes []ReviewOutcome, now time.Time) bool {
	before := map[string]StatusEntry{} // the latest entry not of this review
	for _, s := range c.StatusLog {
		if s.In != in {
			before[s.ActionID] = s.StatusEntry
		}
	}
	want := make(map[string]StatusEntry, len(outcomes))
	for _, o := range outcomes {
		e := o.Entry
		if (e.Status == FollowUpOpen && e.CarriedTo == 0) || c.Action(o.ActionID) == nil {
			continue
		}
		if b, ok := before[o.ActionID]; ok && e.CarriedTo == 0 && b.Status == e.Status && b.Note == e.Note {
			continue // the review repeats what the history says (NewFollowUp copied it)
		}
		e.In, e.InDate = in, inDate
		want[o.ActionID] = e
	}
	changed := false
	kept := c.StatusLog[:0:0]
	for _, s := range c.StatusLog {
		if s.In != in {
			kept = append(kept, s)
			continue
		}
		e, ok := want[s.ActionID]
		if !ok {
			changed = true // reset or no longer reviewed
			continue
		}
		delete(want, s.ActionID)
		e.At = s.At // first recorded then; a review is one entry
		if s.StatusEntry != e {
			changed = true
		}
		kept = append(kept, ActionStatus{ActionID: s.ActionID, StatusEntry: e})
	}
	for _, o := range outcomes { // new entries in the order of the review
		if e, ok := want[o.ActionID]; ok {
			e.At = now
			kept = append(kept, ActionStatus{ActionID: o.ActionID, StatusEntry: e})
			changed = true
		}
	}
	if changed {
		c.StatusLog = kept
	}
	return changed
}

// UpgradeStatus upgrades a conference written before an action's status
// was a history: each action's single status, note and date (the Legacy*
// fields) become its first entry in the status log, and the old fields are
// cleared. It is the one place the upgrade happens; the store and the
// archive import call it on every conference they decode (a conference
// written since has nothing to upgrade, and costs one pass over its
// actions).
func UpgradeStatus(c *Conference) {
	var log []ActionStatus
	for i := range c.Actions {
		a := &c.Actions[i]
		if a.LegacyStatus == "" && a.LegacyNote == "" && a.LegacyDate.IsZero() {
			continue
		}
		if a.LegacyStatus != "" || a.LegacyNote != "" {
			log = append(log, ActionStatus{ActionID: a.ID, StatusEntry: StatusEntry{Status: a.LegacyStatus, Note: a.LegacyNote, On: a.LegacyDate}})
		}
		a.LegacyStatus, a.LegacyNote, a.LegacyDate = "", "", Date{}
	}
	if len(log) > 0 && len(c.StatusLog) == 0 {
		c.StatusLog = log
	}
}
