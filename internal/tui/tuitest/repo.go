// Package tuitest holds what the TUI tests share: an in-memory repository
// with fault injection, a fake clock whose timers fire when the test says,
// and a driver that runs commands synchronously and feeds their messages
// back into Update. Nothing here sleeps.
package tuitest

import (
	"encoding/json"
	"errors"
	"slices"
	"sync"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// ErrNotFound is the fake's "no such conference".
var ErrNotFound = errors.New("tuitest: conference not found")

// ErrInjected is what a failing Save returns.
var ErrInjected = errors.New("tuitest: injected save failure")

// Repo is an in-memory conference store. Conferences are kept as JSON so
// that nothing the caller holds aliases stored data. It is safe for
// concurrent use (teatest runs commands on goroutines).
type Repo struct {
	mu       sync.Mutex
	data     map[conference.ID][]byte
	audit    map[conference.ID][]conference.Change
	failNext int
	saves    int

	directory  []store.DirectoryEntry
	agreements map[string]conference.CooperationAgreement
	dirSeq     int                   // IDs given to new directory entries
	keyboard   *store.DirectoryEntry // the person at the keyboard (keyboard.go)
	retention  int
}

// NewRepo returns an empty repository.
func NewRepo() *Repo {
	return &Repo{data: map[conference.ID][]byte{}, audit: map[conference.ID][]conference.Change{}}
}

// FailNextSaves makes the next n calls of Save fail with ErrInjected.
func (r *Repo) FailNextSaves(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failNext = n
}

// Saves counts the successful saves.
func (r *Repo) Saves() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.saves
}

// Audit returns the changes recorded for a conference.
func (r *Repo) Audit(id conference.ID) []conference.Change {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.audit[id])
}

// Put stores c directly (test setup).
func (r *Repo) Put(c *conference.Conference) {
	if err := r.Save(c); err != nil {
		panic(err)
	}
}

// List implements tui.Repository.
func (r *Repo) List() ([]conference.Summary, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]conference.Summary, 0, len(r.data))
	for _, data := range r.data {
		var c conference.Conference
		if err := json.Unmarshal(data, &c); err != nil {
			return nil, err
		}
		out = append(out, c.Summary())
	}
	slices.SortFunc(out, conference.Newer)
	return out, nil
}

// Get implements tui.Repository.
func (r *Repo) Get(id conference.ID) (*conference.Conference, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	data, ok := r.data[id]
	if !ok {
		return nil, ErrNotFound
	}
	var c conference.Conference
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// SaveEncoded implements tui.Repository: it stores the conference e holds.
func (r *Repo) SaveEncoded(e *store.Encoded, changes ...conference.Change) error {
	c, err := e.Conference()
	if err != nil {
		return err
	}
	return r.Save(c, changes...)
}

// Save implements tui.Repository.
func (r *Repo) Save(c *conference.Conference, changes ...conference.Change) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failNext > 0 {
		r.failNext--
		return ErrInjected
	}
	if c.ID == "" {
		c.ID = conference.NewID()
	}
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	r.data[c.ID] = data
	r.audit[c.ID] = append(r.audit[c.ID], changes...)
	r.saves++
	r.syncAgreements(c)
	return r.propagate(c)
}

// propagate records the review of follow-up c in the conference it
// follows, and that the review was held, as the store does
// (store/propagate.go); the fake stamps it with c's last change.
func (r *Repo) propagate(c *conference.Conference) error {
	data, ok := r.data[c.FollowUpOf]
	if c.FollowUpOf == "" || !ok {
		return nil
	}
	var prev conference.Conference
	if err := json.Unmarshal(data, &prev); err != nil {
		return err
	}
	changed := prev.ApplyReviews(c.ID, c.Date, c.ReviewOutcomes(), c.UpdatedAt)
	if c.Status != conference.StatusPreparing && prev.ReviewHeld.IsZero() {
		prev.ReviewHeld, changed = c.Date, true
	}
	if !changed {
		return nil
	}
	data, err := json.Marshal(&prev)
	if err != nil {
		return err
	}
	r.data[prev.ID] = data
	return nil
}

// Delete implements tui.Repository.
func (r *Repo) Delete(id conference.ID) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.data[id]; !ok {
		return ErrNotFound
	}
	delete(r.data, id)
	delete(r.audit, id)
	return nil
}

// Newest implements tui.Repository.
func (r *Repo) Newest(n int) ([]conference.Summary, error) {
	list, err := r.List()
	return list[:min(n, len(list))], err
}
