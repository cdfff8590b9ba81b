package tuitest

import (
	"fmt"
	"slices"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// The fake's register of cooperation agreements. A network meeting saved
// brings its records into it when they are the later change, as the store
// does for changes made elsewhere (store/agreements.go; the store also
// takes back what a meeting undoes, which the fake leaves out).

// Agreements implements tui.Repository: the register, sorted as the
// store sorts it.
func (r *Repo) Agreements() ([]conference.CooperationAgreement, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]conference.CooperationAgreement, 0, len(r.agreements))
	for _, a := range r.agreements {
		out = append(out, a.Copy())
	}
	slices.SortFunc(out, conference.CompareAgreements)
	return out, nil
}

// SaveAgreement implements tui.Repository.
func (r *Repo) SaveAgreement(a *conference.CooperationAgreement) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failNext > 0 {
		r.failNext--
		return ErrInjected
	}
	if a.ID == "" {
		a.ID = string(conference.NewID())
	}
	if r.agreements == nil {
		r.agreements = map[string]conference.CooperationAgreement{}
	}
	r.agreements[a.ID] = a.Copy()
	return nil
}

// DeleteAgreement implements tui.Repository.
func (r *Repo) DeleteAgreement(id string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.agreements[id]; !ok {
		return fmt.Errorf("%w: %s", store.ErrAgreementNotFound, id)
	}
	delete(r.agreements, id)
	return nil
}

// PutAgreement stores a directly (test setup).
func (r *Repo) PutAgreement(a conference.CooperationAgreement) {
	if err := r.SaveAgreement(&a); err != nil {
		panic(err)
	}
}

// syncAgreements takes the records of network meeting c that are later
// than the register's versions; r.mu is held.
func (r *Repo) syncAgreements(c *conference.Conference) {
	for _, a := range c.Cooperation {
		if cur, ok := r.agreements[a.ID]; ok && !a.UpdatedAt.After(cur.UpdatedAt) {
			continue
		}
		if r.agreements == nil {
			r.agreements = map[string]conference.CooperationAgreement{}
		}
		r.agreements[a.ID] = a.Copy()
	}
}
