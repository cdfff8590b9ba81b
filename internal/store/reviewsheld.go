package store

import (
	"cmp"
	"errors"
	"slices"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// HeldReview is a review date fulfilled: the conference that set it and
// the date it was set for. A conference's summary forgets the date once
// its review is held (nothing is due), but a calendar that imported it
// earlier must learn that it is off (internal/calendar).
type HeldReview struct {
	ID    conference.ID
	Title string
	Date  conference.Date
}

// ReviewsHeld returns the review dates fulfilled by a follow-up held
// since: of the conferences that have a follow-up, those that had a review
// date and whose review was held. Only those conferences are read.
func (s *Store) ReviewsHeld() ([]HeldReview, error) {
	var out []HeldReview
	err := s.view(func(tx *bbolt.Tx) error {
		seen := map[conference.ID]bool{}
		if err := eachFollowUp(tx, s.cd, func(_, of conference.ID) { seen[of] = true }); err != nil {
			return err
		}
		for id := range seen {
			c, err := s.readConference(tx, []byte(id))
			switch {
			case errors.Is(err, ErrNotFound):
				continue // deleted since; its follow-up names it
			case err != nil:
				return err
			}
			if !c.NextReview.IsZero() && !c.ReviewHeld.IsZero() {
				out = append(out, HeldReview{ID: c.ID, Title: c.Title(), Date: c.NextReview})
			}
		}
		return nil
	})
	slices.SortFunc(out, func(a, b HeldReview) int { return cmp.Compare(a.ID, b.ID) })
	return out, err
}
