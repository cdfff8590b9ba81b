package tuitest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"kofa/internal/directory"
	"kofa/internal/store"
)

// SaveDirectoryEntry implements tui.Repository like the store: an entry
// without an ID is added and gets one, an entry with an ID replaces it;
// an entry without a name, or with the name and institution of another,
// is refused with the store's errors. The directory stays in the store's
// order (name, then institution).
func (r *Repo) SaveDirectoryEntry(e *store.DirectoryEntry) error {
	if e == nil || strings.TrimSpace(e.Name) == "" {
		return store.ErrNameMissing
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	at := -1
	for i, o := range r.directory {
		if o.ID == e.ID && e.ID != "" {
			at = i
		} else if o.Same(*e) {
			return store.ErrDuplicateEntry
		}
	}
	switch {
	case e.ID != "" && at < 0:
		return fmt.Errorf("%w: %s", store.ErrEntryNotFound, e.ID)
	case at >= 0:
		r.directory[at] = *e
	default:
		r.dirSeq++
		e.ID = "d" + strconv.Itoa(100+r.dirSeq) // apart from the IDs tests set
		r.directory = append(r.directory, *e)
	}
	slices.SortFunc(r.directory, directory.Compare)
	return nil
}

// DeleteDirectoryEntry implements tui.Repository.
func (r *Repo) DeleteDirectoryEntry(id string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	i := slices.IndexFunc(r.directory, func(e store.DirectoryEntry) bool { return e.ID == id })
	if i < 0 {
		return fmt.Errorf("%w: %s", store.ErrEntryNotFound, id)
	}
	r.directory = slices.Delete(r.directory, i, i+1)
	return nil
}
