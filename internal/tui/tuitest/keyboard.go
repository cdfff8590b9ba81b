package tuitest

import (
	"strings"

	"kofa/internal/store"
)

// KeyboardPerson implements tui.Repository: the person remembered at the
// keyboard, if any.
func (r *Repo) KeyboardPerson() (store.DirectoryEntry, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.keyboard == nil {
		return store.DirectoryEntry{}, false, nil
	}
	return *r.keyboard, true, nil
}

// SetKeyboardPerson implements tui.Repository; an empty name forgets.
// (The store also adds the person to the directory; the fake only
// remembers.)
func (r *Repo) SetKeyboardPerson(e store.DirectoryEntry) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if strings.TrimSpace(e.Name) == "" {
		r.keyboard = nil
		return nil
	}
	r.keyboard = &e
	return nil
}
