package conference

// The participants' own ratings of one child, for a case with siblings
// (issue 13): each child is rated on their own, like the case as a whole
// is when it has one child.

// SetRating records (or replaces) a participant's own rating of the child.
func (r *ChildResult) SetRating(x Rating) { setRating(&r.Ratings, x) }

// RatingOf returns the participant's own rating of the child, if given.
func (r ChildResult) RatingOf(participantID string) (Rating, bool) {
	return ratingOf(r.Ratings, participantID)
}

// childAssessed reports whether anything of a child's result is recorded.
func (c *Conference) childAssessed() bool {
	for _, r := range c.ChildResults {
		if len(r.Ratings) > 0 || r.Category != "" || len(r.HarmForms) > 0 {
			return true
		}
	}
	return false
}

// setRating records r in ratings, replacing the participant's earlier one.
func setRating(ratings *[]Rating, r Rating) {
	for i := range *ratings {
		if (*ratings)[i].ParticipantID == r.ParticipantID {
			(*ratings)[i] = r
			return
		}
	}
	*ratings = append(*ratings, r)
}

// ratingOf returns the participant's rating among ratings, if given.
func ratingOf(ratings []Rating, participantID string) (Rating, bool) {
	for _, r := range ratings {
		if r.ParticipantID == participantID {
			return r, true
		}
	}
	return Rating{}, false
}
