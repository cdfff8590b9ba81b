package cli

import (
	"errors"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// withConference opens the store and reads the conference with id for the
// commands that act on one conference; a missing store or conference is
// one message, which says where the IDs are.
func (inv *invocation) withConference(id conference.ID, fn func(*store.Store, *conference.Conference) error) error {
	return inv.withConferenceOr("cli.conference.not_found", id, fn)
}

// withConferenceOr is withConference with a message of the command's own
// (notFoundKey, with the ID for its %s) for a conference not found.
func (inv *invocation) withConferenceOr(notFoundKey string, id conference.ID, fn func(*store.Store, *conference.Conference) error) error {
	notFound := failf(inv.tr.T(notFoundKey, sanitize.Line(string(id))))
	return inv.withExistingStore(
		func(string) error { return notFound },
		func(s *store.Store) error {
			c, err := s.Get(id)
			if errors.Is(err, store.ErrNotFound) {
				return notFound
			}
			if err != nil {
				return err
			}
			return fn(s, c)
		})
}
